/* grow.h: the one way to grow an array by doubling.
 *
 * An array is a pointer, a count of elements in use and a capacity. Growing doubles the
 * capacity (from a first size when it is empty) until the needed count fits. Each array
 * keeps the allocator it always had: GROW and GROW_TO copy into a new block from a
 * mem_alloc-like function (mem_alloc, mem_alloc_atomic, mem_arena: the old block is left
 * to the collector or the arena), GROW_REALLOC resizes with a realloc-like one
 * (mem_realloc, or malloc's in code that keeps its memory outside the collector). */
#ifndef NIXEL_GROW_H
#define NIXEL_GROW_H

#include "base/mem.h"

#include <stdint.h>
#include <string.h>

/* The capacity after growing from cap so that need elements fit. */
static inline size_t grow_cap(size_t cap, size_t need, size_t first)
{
    size_t c = cap ? cap : first;
    while (c < need) {
        if (c > SIZE_MAX / 2) mem_fail(need);
        c *= 2;
    }
    return c;
}

/* A block of cap elements from alloc holding a copy of the n elements of arr. */
static inline void *grow_copy(void *(*alloc)(size_t), const void *arr, size_t n, size_t cap,
                              size_t elem)
{
    void *p = alloc(cap * elem);
    if (n) memcpy(p, arr, n * elem);
    return p;
}

/* The growing itself, out of line (grow.c) and cold: where the test before it is inlined
 * (the stack of values being forced grows on every thunk), the hot path stays as small as
 * a hand-written one. The new capacity goes to *new_cap. */
__attribute__((cold)) void *grow_block(void *(*alloc)(size_t), const void *arr, size_t n,
                                       size_t cap, size_t need, size_t first, size_t elem,
                                       size_t *new_cap);
__attribute__((cold)) void *grow_realloc_block(void *(*realloc_fn)(void *, size_t), void *arr,
                                               size_t cap, size_t need, size_t first,
                                               size_t elem, size_t *new_cap);

/* Room for need elements in arr, of which n are in use. */
#define GROW_TO(alloc, arr, n, cap, need, first)                                   \
    do {                                                                           \
        if ((size_t)(need) > (size_t)(cap)) {                                      \
            size_t grow_c_;                                                        \
            (arr) = grow_block((alloc), (arr), (n), (cap), (need), (first),        \
                               sizeof *(arr), &grow_c_);                           \
            (cap) = grow_c_;                                                       \
        }                                                                          \
    } while (0)

/* Room for one more: the common case, one comparison. */
#define GROW(alloc, arr, n, cap, first) GROW_TO(alloc, arr, n, cap, (size_t)(n) + 1, first)

/* Room for one more with a realloc-like function (the elements stay in place if they
 * can). */
#define GROW_REALLOC(realloc_fn, arr, n, cap, first)                               \
    do {                                                                           \
        if ((n) >= (cap)) {                                                        \
            size_t grow_c_;                                                        \
            (arr) = grow_realloc_block((realloc_fn), (arr), (cap), (size_t)(n) + 1, \
                                       (first), sizeof *(arr), &grow_c_);          \
            (cap) = grow_c_;                                                       \
        }                                                                          \
    } while (0)

#endif
