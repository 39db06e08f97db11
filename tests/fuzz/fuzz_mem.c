/* fuzz_mem.c: the allocator of the fuzzing build, in place of base/mem.c (same mem.h).
 * Every allocation is its own malloc block, so AddressSanitizer sees the bounds of each
 * syntax tree node (an arena chunk would hide an overflow into the next node), and what
 * one input allocates is freed after it: a run of millions of inputs stays small.
 * Blocks allocated before the first fuzz_mem_mark() (start-up) are kept for good. */
#include "base/mem.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void **live;          /* blocks to free at the next release */
static size_t nlive, caplive;
static bool tracking;

_Noreturn void mem_fail(size_t n)
{
    fprintf(stderr, "error: out of memory (allocating %zu bytes)\n", n);
    exit(1);
}

void mem_init(void) {}

static void *track(void *p, size_t n)
{
    if (!p) mem_fail(n);
    if (!tracking) return p;
    if (nlive == caplive) {
        caplive = caplive ? caplive * 2 : 4096;
        live = realloc(live, caplive * sizeof *live);
        if (!live) mem_fail(caplive * sizeof *live);
    }
    live[nlive++] = p;
    return p;
}

void *mem_alloc(size_t n) { return track(calloc(1, n ? n : 1), n); }
void *mem_alloc_atomic(size_t n) { return track(malloc(n ? n : 1), n); }
void *mem_arena(size_t n) { return track(calloc(1, n ? n : 1), n); }

void *mem_realloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) mem_fail(n);
    for (size_t i = nlive; i-- > 0;)
        if (live[i] == p) { live[i] = q; return q; }
    return track(q, n);
}

char *mem_strndup(const char *s, size_t n)
{
    char *p = mem_arena(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

/* From here on, allocations belong to the current input. */
void fuzz_mem_mark(void) { tracking = true; }

/* Frees everything allocated since the mark. */
void fuzz_mem_release(void)
{
    for (size_t i = 0; i < nlive; i++) free(live[i]);
    nlive = 0;
}
