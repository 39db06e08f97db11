/* fuzz_mem.c: the allocator of the fuzzing builds, in place of base/mem.c (same mem.h).
 * Every allocation is its own malloc block, so AddressSanitizer sees the bounds of each
 * syntax tree node or value (an arena chunk would hide an overflow into the next one),
 * and what one input allocates is freed after it: a run of millions of inputs stays
 * small. Blocks allocated before the first fuzz_mem_mark() (start-up) are kept for good.
 *
 * Each block starts with a header linking it into the list of the current input's
 * blocks, so that growing one and freeing them all cost no search. The evaluation
 * harnesses also cap what one input may hold (fuzz_mem_set_cap): past the soft cap a
 * callback asks the evaluation to stop (it unwinds through its error path), and a
 * request that would pass the hard cap calls a callback that must not return. */
#include "base/mem.h"

#include <stdalign.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/fuzz/fuzz.h"

/* What a block costs beyond its size: the header and AddressSanitizer's redzones. The caps
 * count it, so that a million tiny values weigh what they take from the machine. */
enum { BLOCK_OVERHEAD = 64 };

typedef struct Block {
    alignas(16) struct Block *prev, *next;  /* in the current input's list, if tracked */
    size_t size;
    bool tracked;
} Block;

static Block live = { .prev = &live, .next = &live }; /* the current input's blocks */
static bool tracking;
static size_t held;                   /* bytes the current input holds, overheads included */
static size_t soft_cap, hard_cap;     /* 0: no cap */
static void (*on_soft)(void);
static void (*on_hard)(void);
static bool soft_called;

_Noreturn void mem_fail(size_t n)
{
    fprintf(stderr, "error: out of memory (allocating %zu bytes)\n", n);
    exit(1);
}

void mem_init(void) {}

static void link_block(Block *b)
{
    b->tracked = tracking;
    if (!tracking) return;
    b->next = &live;
    b->prev = live.prev;
    live.prev->next = b;
    live.prev = b;
    held += b->size + BLOCK_OVERHEAD;
}

static void unlink_block(Block *b)
{
    if (!b->tracked) return;
    b->prev->next = b->next;
    b->next->prev = b->prev;
    held -= b->size + BLOCK_OVERHEAD;
}

/* Called before the input's holding grows by n bytes. */
static void check_cap(size_t n)
{
    if (!tracking) return;
    if (hard_cap && (n > hard_cap || held > hard_cap - n) && on_hard) on_hard();
    if (soft_cap && n + held > soft_cap && on_soft && !soft_called) {
        soft_called = true;
        on_soft();
    }
}

static void *new_block(size_t n, bool zero)
{
    check_cap(n > SIZE_MAX - BLOCK_OVERHEAD ? SIZE_MAX : n + BLOCK_OVERHEAD);
    Block *b = zero ? calloc(1, sizeof *b + n) : malloc(sizeof *b + n);
    if (!b) mem_fail(n);
    b->size = n;
    link_block(b);
    return b + 1;
}

void *mem_alloc(size_t n) { return new_block(n, true); }
void *mem_alloc_atomic(size_t n) { return new_block(n, false); }
void *mem_arena(size_t n) { return new_block(n, true); }

void *mem_realloc(void *p, size_t n)
{
    if (!p) return new_block(n, false);
    Block *b = (Block *)p - 1;
    if (n > b->size) check_cap(n - b->size);
    unlink_block(b);
    bool was_tracked = b->tracked;
    Block *q = realloc(b, sizeof *q + n);
    if (!q) mem_fail(n);
    q->size = n;
    if (was_tracked) link_block(q);
    return q + 1;
}

char *mem_strndup(const char *s, size_t n)
{
    char *p = mem_arena(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

void fuzz_mem_mark(void) { tracking = true; }

void fuzz_mem_release(void)
{
    for (Block *b = live.next, *next; b != &live; b = next) {
        next = b->next;
        free(b);
    }
    live.next = live.prev = &live;
    held = 0;
    soft_called = false;
}

void fuzz_mem_set_cap(size_t soft, void (*soft_cb)(void), size_t hard, void (*hard_cb)(void))
{
    soft_cap = soft, on_soft = soft_cb;
    hard_cap = hard, on_hard = hard_cb;
}
