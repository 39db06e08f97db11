/* mem.c: the allocator behind values (collected) and the syntax tree (arena). */
#include "base/mem.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef NIXEL_NO_GC
#include <gc/gc.h>
#include <gc/gc_mark.h>
#endif

#ifndef NIXEL_NO_GC
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

/* The collector gets its heap from mmap. On Linux with transparent huge pages in
 * "madvise" mode, asking for huge pages on those big mappings replaces thousands of page
 * faults (a quarter of a short evaluation's time) by a few dozen. This definition of
 * mmap takes the place of the C library's for calls from libgc; it passes everything
 * through and only adds the advice on large anonymous mappings. */
void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
    long r = syscall(SYS_mmap, addr, len, prot, flags, fd, off);
    if (r < 0 && r > -4096) {
        errno = (int)-r;
        return MAP_FAILED;
    }
    void *p = (void *)r;
    if ((flags & MAP_ANONYMOUS) && len >= ((size_t)2 << 20)) madvise(p, len, MADV_HUGEPAGE);
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
static void GC_CALLBACK on_collection(GC_EventType e)
{
    if (e != GC_EVENT_RECLAIM_END) return;
    size_t heap = GC_get_heap_size();
    if (heap >= gc_cap) {
        GC_set_min_bytes_allocd(1);
        return;
    }
    size_t live = 0;
    GC_enumerate_reachable_objects_inner(add_size, &live);
    size_t total = GC_get_total_bytes();
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
#endif

void mem_init(void)
{
#ifndef NIXEL_NO_GC
    /* One marker: on a small machine the collector's helper threads mostly made the
     * evaluation wait for them (measured: 15% more wall time on a module evaluation). */
    GC_set_markers_count(1);
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
 * GC_malloc_many refills in batches: the collector's own path takes a lock and a
 * thread-local lookup per object, which dominated the profile. nixel is single-threaded. */
void *mem_small_free[MEM_SMALL_CLASSES + 1];

void *mem_small_refill(size_t cls)
{
    void *p = GC_malloc_many(cls * MEM_GRANULE - 1);
    if (!p) mem_fail(cls * MEM_GRANULE);
    mem_small_free[cls] = GC_NEXT(p);
    GC_NEXT(p) = NULL;
    return p;
}

void *mem_alloc(size_t n)
{
    if (n && mem_small_class(n) <= MEM_SMALL_CLASSES) return mem_alloc_small(n);
    return checked(GC_MALLOC(n), n);
}
void *mem_alloc_atomic(size_t n) { return checked(GC_MALLOC_ATOMIC(n), n); }
void *mem_realloc(void *p, size_t n) { return checked(GC_REALLOC(p, n), n); }
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
