/* mem.c: the allocator behind values (collected) and the syntax tree (arena). */
#include "base/mem.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef NIXEL_NO_GC
#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <gc/gc_inline.h>
#endif

#ifndef NIXEL_NO_GC
#include <stdbool.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

/* The collector gets its heap from mmap. On Linux with transparent huge pages in
 * "madvise" mode, asking for huge pages replaces thousands of page faults (a quarter of a
 * short evaluation's time) by a few dozen. Only the first big mapping, the initial heap,
 * gets the advice, not the heap's growth: on a virtual machine that hands free memory back
 * to its host (free page reporting, as on the machines nixel is measured on), a huge page
 * the host has taken back is slow to fault in. Right after a Nix evaluation, render
 * old-200-containers took 687-1182 ms with the advice on every mapping, 527-760 ms with it
 * on the initial heap only, 541-582 ms with none; but without any, the evaluations that fit
 * in the initial heap fault page by page (strings 72 -> 95 ms, attrs-update 124 -> 157 ms;
 * bench/README.md, step 25). This definition of mmap takes the place of the C library's for
 * calls from libgc; it passes everything through and only adds the advice. */
void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
    static bool advised;
    long r = syscall(SYS_mmap, addr, len, prot, flags, fd, off);
    if (r < 0 && r > -4096) {
        errno = (int)-r;
        return MAP_FAILED;
    }
    void *p = (void *)r;
    if (!advised && (flags & MAP_ANONYMOUS) && !(flags & MAP_STACK) && len >= ((size_t)2 << 20)) {
        advised = true;
        madvise(p, len, MADV_HUGEPAGE);
    }
    return p;
}

/* gc.h declares this only for clients built with GC_THREADS; the library has it. */
GC_API void GC_CALL GC_set_markers_count(unsigned);
#endif

#ifndef NIXEL_INITIAL_HEAP_MB
#define NIXEL_INITIAL_HEAP_MB 96
#endif

/* The heap limit of --max-heap (0: none). */
static size_t max_heap;
#ifdef NIXEL_NO_GC
/* Nothing is freed without the collector, so the bytes asked for are the heap. */
static size_t allocated;
#endif

_Noreturn void mem_fail(size_t n)
{
    if (max_heap) fprintf(stderr, "error: out of memory: the heap limit of %zu bytes (--max-heap or NIXEL_MAX_HEAP) is reached (allocating %zu bytes)\n", max_heap, n);
    else fprintf(stderr, "error: out of memory (allocating %zu bytes)\n", n);
    exit(1);
}

/* Before mem_init, so that the initial heap stays within the limit too. */
void mem_set_max_heap(size_t bytes)
{
    max_heap = bytes;
}

#ifndef NIXEL_NO_GC
/* When to collect. The first collection comes when the initial heap is full; each one
 * measures the survival: how much of what was allocated since the one before is still
 * live. A program that keeps most of what it allocates (module evaluation) gains little
 * from collecting: each collection marks the whole growing live heap to free the rest.
 * modules-real-2025 (nixpkgs' evalModules) keeps 53-56% and collected three times, the
 * last marking 164 MiB; so after a collection with a survival above 45% the next one waits
 * until the heap has grown to gc_cap, the heap CppNix starts with (min(384 MiB, a quarter
 * of RAM)), where it rarely collects at all. Below 45% (derivations: 31-33%, most
 * workloads under 15%) Boehm's rule stays: the next collection after about twice the live
 * data is allocated (free space divisor 1), which keeps garbage-heavy evaluations small.
 * modules-real-2025: 4,002 M -> 2,872 M instructions (Nix: 2,968 M), 3 collections -> 1,
 * peak 258 -> 340 MiB (Nix: 435 MiB); bench/README.md has the rest. */
static size_t gc_cap;
static size_t last_live, last_total;  /* as the last collection left them */
static void carve_after_collection(void);
static size_t carve_allocd;             /* bytes the carving steps allocated (below) */

static void GC_CALLBACK add_size(void *obj, size_t bytes, void *sum)
{
    (void)obj;
    *(size_t *)sum += bytes;
}

/* Called at the end of a collection, the collector's lock held (GC_set_min_bytes_allocd
 * only sets the least allocation between two collections, which the collector reads
 * afresh after each one). Counting the live bytes walks the mark bits: 17 M instructions
 * for modules-real-2025's 36 MiB, against ~190 M for marking them. Past gc_cap the
 * heap, which never shrinks, is left to Boehm's rule and the walk is skipped. */
static void drop_atomic_lists(void);

static void GC_CALLBACK on_collection(GC_EventType e)
{
    if (e == GC_EVENT_MARK_START) drop_atomic_lists();
    if (e != GC_EVENT_RECLAIM_END) return;
    carve_after_collection();
    size_t heap = GC_get_heap_size();
    if (heap >= gc_cap) {
        GC_set_min_bytes_allocd(1);
        return;
    }
    size_t live = 0;
    GC_enumerate_reachable_objects_inner(add_size, &live);
    size_t total = GC_get_total_bytes() - carve_allocd;
    size_t allocd = total - last_total, grown = live > last_live ? live - last_live : 0;
    last_total = total, last_live = live;
    int wait = grown / 9 > allocd / 20;
    GC_set_min_bytes_allocd(wait ? gc_cap - heap : 1);
}

static void set_cap(void)
{
    gc_cap = (size_t)384 << 20;
    long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
    if (pages > 0 && page > 0 && (size_t)pages / 4 * (size_t)page < gc_cap)
        gc_cap = (size_t)pages / 4 * (size_t)page;
    /* past max_heap the collector fails an allocation without collecting first */
    if (max_heap && max_heap / 2 < gc_cap) gc_cap = max_heap / 2;
}

/* Carving the free space. libgc keeps free heap blocks in 61 lists by size: one list per
 * size up to 31 blocks, then wider ones, the last for everything from 256 blocks up. Its
 * GC_allochblk (allchblk.c, bdwgc 8.2) looks for n blocks in list n, then in every list
 * from n+1 up, one call each; while the heap grows, all the free space is one chunk in
 * the last list, so each 4 KiB block walks 59 empty lists (~3,200 instructions;
 * modules-real-2025: 75,000 blocks for small objects, 241 M instructions, 8% of the
 * evaluation; attrs-update: 100,000 sets of one or two blocks, 29%). So nixel cuts the
 * free space into chunks of 31 blocks, each followed by a pinned one-block "spacer" that
 * keeps the chunks from coalescing again: a block then comes from the first lists (16
 * calls on average while a chunk is used up).
 *
 * A step carves CARVE_STEP chunks: it allocates a 31-block object and a spacer for each,
 * checks that the spacer landed right after its object, and then frees the objects. A
 * spacer lands in the smallest free chunk: while holes or chunks of the step before are
 * left, that is elsewhere, and the step stops there (after a collection it takes some
 * allocating before the holes are used up: tries come 16 to 64 blocks apart). The next
 * step comes when the collector's free space has shrunk by what the step carved (polled
 * with GC_get_free_bytes once the program has allocated that much), so that a short
 * evaluation carves little. During a step the collector is disabled and the heap may
 * not grow (GC_set_max_heap_size to 1 byte): an allocation that finds no free chunk big
 * enough returns NULL instead of collecting or growing the heap, and the step stops.
 *
 * The spacers are atomic and uncollectable, never written (on huge pages they still cost
 * 1/32 of the carved heap in memory, elsewhere nothing). After each collection they are all
 * freed, so that the blocks it freed coalesce as without carving (objects above 31 blocks
 * need such chunks); carving starts again where the free chunks are big enough. The steps'
 * own allocations are kept out of on_collection's figures. Without a heap limit only:
 * under one every block may count.
 *
 * Why so: the big objects are collectable (freeing an uncollectable large object lowers
 * the collector's count of uncollectable bytes, which allocating it had not raised, and
 * the step would count as allocation toward the next collection); a step stays at 1 MiB
 * because the collector remembers the most ever held in large objects and, once a
 * collection is due, keeps that much free space for them. Measured (callgrind, bdwgc
 * 8.2.2): modules-real-2025 2,960 -> 2,818 M instructions (GC_allochblk 241 -> 109 M),
 * attrs-update 1,182 -> 992 M, fixpoint 556 -> 531 M, deep 1,305 -> 1,265 M,
 * derivations 5,820 -> 5,776 M; peak +2-4% where the heap grows (modules-real-2025
 * 324 -> 333 MiB, Nix 435), collections unchanged. */
enum {
    CARVE_BLOCK = 4096,                 /* libgc's HBLKSIZE on Linux */
    CARVE_CHUNK = 31 * CARVE_BLOCK,     /* the largest size with a free list of its own */
    CARVE_STEP = 8,                     /* chunks per step: 1 MiB */
    CARVE_RETRY = 16 * CARVE_BLOCK,     /* the wait after a failed step, doubling... */
    CARVE_RETRY_MAX = 64 * CARVE_BLOCK, /* ...up to this */
};
static int carve_on, carve_release_due;
static long carve_due;                  /* bytes to allocate before looking again */
static size_t carve_until = (size_t)-1; /* the free bytes the next step waits for */
static size_t carve_retry = CARVE_RETRY;
static size_t carve_heap;               /* the heap size the collector last reported */
static void **spacers;
static size_t n_spacers, spacers_cap;

/* Called by the collector, its lock held: nothing may be allocated or freed here. */
static void carve_after_collection(void)
{
    carve_release_due = 1;
    carve_until = (size_t)-1;
    carve_due = 0;
    carve_retry = CARVE_RETRY;
}

/* The heap grew: its free space by as much, what the next step waits for is the same. */
static void GC_CALLBACK carve_after_growth(GC_word heap)
{
    if (carve_until != (size_t)-1) carve_until += heap - carve_heap;
    carve_heap = heap;
}

static int higher_first(const void *a, const void *b)
{
    char *x = *(char *const *)a, *y = *(char *const *)b;
    return (x < y) - (x > y);
}

/* From the highest address down: a freed block coalesces with a free block after it by a
 * look-up, but finds a free block before it by walking back over that block's blocks,
 * which, coalesced with the chunks released before, would grow with each spacer
 * (attrs-update: 13,000 instructions per spacer in address order). */
static void release_spacers(void)
{
    qsort(spacers, n_spacers, sizeof *spacers, higher_first);
    for (size_t i = 0; i < n_spacers; i++) GC_free(spacers[i]);
    n_spacers = 0;
    carve_release_due = 0;
}

static int keep_spacer(void *s)
{
    if (n_spacers == spacers_cap) {
        size_t cap = spacers_cap ? 2 * spacers_cap : 1024;
        void **p = realloc(spacers, cap * sizeof *p);
        if (!p) return 0;
        spacers = p, spacers_cap = cap;
    }
    spacers[n_spacers++] = s;
    return 1;
}

/* One chunk: a 31-block object with a spacer right after it. The object is returned, to
 * be freed once the step's spacers are all placed (freed earlier, its chunk would be where
 * the next spacer lands). NULL when the free space here is not one big chunk. */
static void *carve_chunk(void)
{
    /* sizes that fill exactly 31 and 1 blocks with the collector's extra byte */
    char *big = GC_malloc_atomic(CARVE_CHUNK - 16);
    if (!big) return NULL;
    carve_allocd += CARVE_CHUNK;
    char *spacer = GC_malloc_atomic_uncollectable(CARVE_BLOCK - 16);
    if (spacer) carve_allocd += CARVE_BLOCK;
    if (spacer == big + CARVE_CHUNK && keep_spacer(spacer)) return big;
    if (spacer) GC_free(spacer);
    GC_free(big);
    return NULL;
}

static int carve_chunks(void)
{
    void *big[CARVE_STEP];
    int n = 0;
    GC_disable();
    GC_set_max_heap_size(1);
    while (n < CARVE_STEP && (big[n] = carve_chunk())) n++;
    for (int i = 0; i < n; i++) GC_free(big[i]);
    GC_set_max_heap_size(0);
    GC_enable();
    return n;
}

/* Waits until the free space is down by bytes. */
static void carve_wait(size_t free, size_t bytes)
{
    carve_until = free > bytes ? free - bytes : 0;
    carve_due = (long)bytes;
}

static void carve_step(void)
{
    if (carve_release_due) release_spacers();
    size_t free = GC_get_free_bytes();
    if (free > carve_until) {   /* the last step's chunks are not used up yet */
        carve_due = (long)(free - carve_until);
        return;
    }
    int n = carve_chunks();
    free = GC_get_free_bytes();
    if (n) {
        carve_wait(free, (size_t)n * CARVE_CHUNK);
        carve_retry = CARVE_RETRY;
    } else {
        carve_wait(free, carve_retry);
        if (carve_retry < CARVE_RETRY_MAX) carve_retry *= 2;
    }
}

/* A second marker thread. Marking a large live heap is most of a big collection:
 * render new-2000-users' third collection marks 160 MiB, 220 ms alone and 115 ms with two
 * markers (the render's wall median 0.79 -> 0.69 s, modules-real-2025 0.43 -> 0.41 s, user
 * time unchanged). The collector starts its helpers only when asked (GC_start_mark_threads),
 * and nixel asks once the program has allocated MARKERS_AFTER bytes: small evaluations, which
 * never collect, do not pay for the thread (~0.1 ms of startup). One processor: no helper. */
enum { MARKERS = 2, MARKERS_AFTER = 32 << 20 };
static size_t until_markers;            /* bytes left to allocate before starting them; 0: never */

static void init_markers(void)
{
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    unsigned n = cpus >= MARKERS ? MARKERS : 1;
    GC_set_markers_count(n);            /* before GC_INIT */
    until_markers = n > 1 ? MARKERS_AFTER : 0;
}

static void markers_count(size_t n)
{
    if (until_markers > n) {
        until_markers -= n;
        return;
    }
    until_markers = 0;
    GC_start_mark_threads();
}

/* Counts the heap the program takes: toward the start of the markers, and toward the next
 * look for carving (an object above half a block has blocks of its own, with the
 * collector's extra byte; attrs-update's sets of 2-4 KiB take 4 KiB each). */
static inline void count_allocated(size_t n)
{
    if (until_markers) markers_count(n);
    if (!carve_on) return;
    if (n > CARVE_BLOCK / 2) n = (n + CARVE_BLOCK) & ~(size_t)(CARVE_BLOCK - 1);
    carve_due -= (long)n;
    if (carve_due <= 0) carve_step();
}
#endif

void mem_init(void)
{
#ifndef NIXEL_NO_GC
    init_markers();
    GC_INIT();
    /* the collector's warnings ("Out of Memory! Returning NULL!") are not nixel's output:
     * a failed allocation is reported by mem_fail */
    GC_set_warn_proc(GC_ignore_warn_proc);
    /* An initial heap big enough that small evaluations never collect; larger ones
     * collect when it is full, and on_collection decides from then on. 96 MiB, not 64:
     * at 64 the first collection came just before the end of fixpoint, deep, foldl and
     * strings, marking a heap half live to free a few MiB (fixpoint: 728 M -> 548 M
     * instructions without it, peak 73 -> 75 MiB), and it measured the survival of
     * `render --json` of old-200-containers while its modules were still loading (it then
     * waited for the cap, 417 MiB; 158 MiB now). 128 MiB put derivations' peak above
     * Nix's (160 against 149 MiB); 32 and 48 doubled the collections of the module
     * workloads (bench/README.md, step 12). */
    size_t initial = (size_t)NIXEL_INITIAL_HEAP_MB << 20;
    if (max_heap) {
        /* the collector collects harder near the limit and returns NULL past it */
        GC_set_max_heap_size(max_heap);
        if (initial > max_heap / 2) initial = max_heap / 2;
    }
    GC_expand_hp(initial);
    /* Let the heap grow by as much as it holds before the next collection (Boehm's rule
     * that on_collection keeps for evaluations that make garbage): evaluation keeps much of
     * what it allocates (thunks stay reachable), so collecting more often mostly re-marks
     * the same live data. */
    GC_set_free_space_divisor(1);
    set_cap();
    GC_set_on_collection_event(on_collection);
    if (!max_heap) {
        carve_on = 1;
        carve_heap = GC_get_heap_size();
        GC_set_on_heap_resize(carve_after_growth);
    }
#endif
}

#ifndef NIXEL_NO_GC
static void *set_stack_bottom(void *sb)
{
    GC_set_stackbottom(NULL, sb);
    return NULL;
}
#endif

void mem_use_stack(void *base)
{
#ifndef NIXEL_NO_GC
    struct GC_stack_base sb = { .mem_base = base };
    GC_call_with_alloc_lock(set_stack_bottom, &sb);   /* as gc.h asks */
#else
    (void)base;
#endif
}

static void *checked(void *p, size_t n)
{
    if (!p && n) mem_fail(n);
#ifdef NIXEL_NO_GC
    allocated += n;
    if (max_heap && allocated > max_heap) mem_fail(n);
#endif
    return p;
}

#ifndef NIXEL_NO_GC
/* Small objects (values, environments, small sets) come from per-size free lists that
 * GC_generic_malloc_many refills in batches: the collector's own path takes a lock and a
 * thread-local lookup per object, which dominated the profile. nixel is single-threaded. */
void *mem_small_free[MEM_SMALL_CLASSES + 1];

/* A block's worth of objects of class cls and the collector's kind, onto lists[cls]; returns
 * the first. GC_generic_malloc_many takes the whole size, the collector's extra byte included
 * (GC_malloc_many adds it to the size asked for). */
static void *refill(void **lists, size_t cls, int kind)
{
    void *p = NULL;
    GC_generic_malloc_many(cls * MEM_GRANULE, kind, &p);
    if (!p) mem_fail(cls * MEM_GRANULE);
    lists[cls] = GC_NEXT(p);
    GC_NEXT(p) = NULL;
    count_allocated(CARVE_BLOCK);
    return p;
}

void *mem_small_refill(size_t cls)
{
    return refill(mem_small_free, cls, GC_I_NORMAL);
}

void *mem_alloc(size_t n)
{
    if (n && mem_small_class(n) <= MEM_SMALL_CLASSES) return mem_alloc_small(n);
    count_allocated(n);
    return checked(GC_MALLOC(n), n);
}

/* Small pointer-free objects (string bytes) come from free lists of their own, refilled the
 * same way (GC_MALLOC_ATOMIC took ~50 instructions each: ints made 1.2 M of them). The
 * collector does not look inside such objects, so a list's links would not keep the
 * objects after its first: the lists are dropped when marking starts (GC_EVENT_MARK_START,
 * sent by GC_stopped_mark, the one way a collection marks without incremental mode), and
 * their objects are garbage like any other. */
static void *atomic_free[MEM_SMALL_CLASSES + 1];

static void drop_atomic_lists(void)
{
    memset(atomic_free, 0, sizeof atomic_free);
}

void *mem_alloc_atomic(size_t n)
{
    size_t cls = mem_small_class(n);
    if (n && cls <= MEM_SMALL_CLASSES) {
        void **p = atomic_free[cls];
        if (!p) return refill(atomic_free, cls, GC_I_PTRFREE);
        atomic_free[cls] = *p;
        *p = 0;   /* as the collector's own allocation leaves the link word */
        return p;
    }
    count_allocated(n);
    return checked(GC_MALLOC_ATOMIC(n), n);
}
void *mem_realloc(void *p, size_t n)
{
    count_allocated(n);
    return checked(GC_REALLOC(p, n), n);
}
#else
void *mem_alloc(size_t n) { return checked(calloc(1, n ? n : 1), n); }
void *mem_alloc_atomic(size_t n) { return checked(malloc(n ? n : 1), n); }
void *mem_realloc(void *p, size_t n) { return checked(realloc(p, n ? n : 1), n); }
#endif

/* The arena hands out pieces of big uncollectable chunks: the tree is allocated in tiny
 * nodes, and one chunk per 256 KiB keeps that cheap. */
enum { ARENA_CHUNK = 256 * 1024 };
static char *arena_next, *arena_end;

static void *arena_chunk(size_t n)
{
#ifndef NIXEL_NO_GC
    count_allocated(n);
    return checked(GC_MALLOC_UNCOLLECTABLE(n), n);
#else
    return checked(calloc(1, n), n);
#endif
}

void *mem_arena(size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n > ARENA_CHUNK / 4) return arena_chunk(n);
    if ((size_t)(arena_end - arena_next) < n) {
        arena_next = arena_chunk(ARENA_CHUNK);
        arena_end = arena_next + ARENA_CHUNK;
    }
    void *p = arena_next;
    arena_next += n;
    return p;
}

char *mem_strndup(const char *s, size_t n)
{
    char *p = mem_arena(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}
