/* grow.c: the out-of-line half of grow.h, where an array actually grows. */
#include "base/grow.h"

void *grow_block(void *(*alloc)(size_t), const void *arr, size_t n, size_t cap, size_t need,
                 size_t first, size_t elem, size_t *new_cap)
{
    *new_cap = grow_cap(cap, need, first);
    return grow_copy(alloc, arr, n, *new_cap, elem);
}

void *grow_realloc_block(void *(*realloc_fn)(void *, size_t), void *arr, size_t cap,
                         size_t need, size_t first, size_t elem, size_t *new_cap)
{
    *new_cap = grow_cap(cap, need, first);
    return realloc_fn(arr, *new_cap * elem);
}
