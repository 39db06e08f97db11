/* mem.h: every allocation nixel makes goes through here.
 *
 * Values live in a garbage-collected heap (Boehm GC). The syntax tree, symbol names and
 * sources live in arenas that are never freed while the program runs. Building with
 * NIXEL_NO_GC points everything at plain malloc, so AddressSanitizer sees every byte. */
#ifndef NIXEL_MEM_H
#define NIXEL_MEM_H

#include <stddef.h>

void mem_init(void);
/* Tells the collector that the stack now in use (after a switch to a stack of nixel's own)
 * ends at base, its highest address: it scans from there down to the current frame. */
void mem_use_stack(void *base);
/* Collectable memory that may hold pointers to other collectable memory. Zeroed. */
void *mem_alloc(size_t n);

enum { MEM_GRANULE = 16, MEM_SMALL_CLASSES = 16 };
/* The collector adds one byte to every object (so that a pointer just past its end does
 * not keep the next one alive): a class of k granules holds requests of up to k*16-1
 * bytes. A 24-byte value takes 32 bytes; asking for 32 would take 48. */
static inline size_t mem_small_class(size_t n) { return (n + MEM_GRANULE) / MEM_GRANULE; }

#ifndef NIXEL_NO_GC
/* The fast path of mem_alloc for small objects, inline (values, environments): a pop
 * from a free list of the size class. */
extern void *mem_small_free[MEM_SMALL_CLASSES + 1];
void *mem_small_refill(size_t cls);
static inline void *mem_alloc_small(size_t n)
{
    size_t cls = mem_small_class(n);
    void **p = mem_small_free[cls];
    if (!p) return mem_small_refill(cls);
    mem_small_free[cls] = *p;
    *p = 0; /* objects come cleared but for the link word */
    return p;
}
#else
#define mem_alloc_small mem_alloc
#endif
/* Collectable memory that never holds pointers (string bytes). Not zeroed. */
void *mem_alloc_atomic(size_t n);
/* Grow a block from mem_alloc. */
void *mem_realloc(void *p, size_t n);
/* Memory that lives until exit and is scanned for pointers (syntax tree, tables). Zeroed. */
void *mem_arena(size_t n);
char *mem_strndup(const char *s, size_t n);
/* Limits the collected heap to bytes (nixel's --max-heap), called before mem_init: past
 * it an allocation fails as when the system is out of memory. */
void mem_set_max_heap(size_t bytes);
/* Exit 1 with a message when the system is out of memory or the heap limit is reached. */
_Noreturn void mem_fail(size_t n);

#endif
