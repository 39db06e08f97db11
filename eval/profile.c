/* profile.c: the profiler of `nixel eval --profile` (see profile.h).
 *
 * An Observer (observe.h) keeping a tree of call stacks: each node is a function called
 * from the stack of its parent, with its own time and number of calls. Time is charged
 * between any two events to the node then running, so the nodes' own times add up to the
 * whole run exactly. A function's total time counts from its outermost active call, so
 * recursion is not counted twice. */
#include "eval/profile.h"
#include "eval/observe.h"
#include "base/mem.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
    const void *key;    /* the ExprLambda or PrimOp */
    const char *name;   /* its frame: name@file:line:col, builtins.name */
    uint64_t self_ns, total_ns, calls;
    uint64_t start;     /* when its outermost active call began */
    uint32_t active;    /* its calls in progress */
} Func;

typedef struct Node {
    struct Node *parent;
    Func *fn;
    uint64_t self_ns, calls;
} Node;

typedef struct { Node *node; size_t depth; } Open;

struct Profile {
    Observer o;
    State *st;
    Func toplevel;
    Node root;
    Func **funcs;       /* hash by key */
    size_t nfuncs, cap_funcs;
    Node **nodes;       /* hash by (parent, fn) */
    size_t nnodes, cap_nodes;
    Node **all;         /* every node but the root, in the order made */
    size_t nall, cap_all;
    Open *stack;
    size_t nstack, cap_stack;
    Node *cur;
    uint64_t last;
};

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static size_t ptr_hash(const void *a, const void *b, size_t cap)
{
    return (((uintptr_t)a >> 3) * 0x9e3779b97f4a7c15u ^ ((uintptr_t)b >> 3) * 0xc2b2ae3d27d4eb4fu) >> 20 & (cap - 1);
}

/* ---- frames' names ---- */

/* A frame's text must hold no ';' (the separator) and no space (the count follows one). */
static const char *frame_text(Buf *b)
{
    for (size_t i = 0; i < b->len; i++)
        if (b->s[i] == ';' || b->s[i] == ' ') b->s[i] = '_';
    return buf_cstr(b);
}

static const char *fn_frame_name(const Value *fn)
{
    Buf b = {0};
    if (fn->type == T_LAMBDA) {
        const ExprLambda *l = fn->lambda.fn;
        buf_adds(&b, l->name != SYM_NONE ? sym_str(l->name) : "<lambda>");
        buf_addc(&b, '@');
        observe_pos(&b, l->h.pos);
    } else {
        buf_printf(&b, "builtins.%s", fn->primop->name);
    }
    return frame_text(&b);
}

/* ---- the tables ---- */

static Func *func_of(Profile *p, const Value *fn)
{
    while (fn->type == T_PRIMOP_APP) fn = fn->papp.left;
    const void *key = fn->type == T_LAMBDA ? (const void *)fn->lambda.fn : (const void *)fn->primop;
    if ((p->nfuncs + 1) * 2 > p->cap_funcs) {
        size_t cap = p->cap_funcs ? p->cap_funcs * 2 : 256;
        Func **t = mem_alloc(cap * sizeof *t);
        for (size_t i = 0; i < p->cap_funcs; i++) {
            if (!p->funcs[i]) continue;
            size_t h = ptr_hash(p->funcs[i]->key, NULL, cap);
            while (t[h]) h = (h + 1) & (cap - 1);
            t[h] = p->funcs[i];
        }
        p->funcs = t;
        p->cap_funcs = cap;
    }
    size_t h = ptr_hash(key, NULL, p->cap_funcs);
    for (; p->funcs[h]; h = (h + 1) & (p->cap_funcs - 1))
        if (p->funcs[h]->key == key) return p->funcs[h];
    Func *f = mem_alloc(sizeof *f);
    f->key = key;
    f->name = fn_frame_name(fn);
    p->funcs[h] = f;
    p->nfuncs++;
    return f;
}

static Node *node_of(Profile *p, Node *parent, Func *fn)
{
    if ((p->nnodes + 1) * 2 > p->cap_nodes) {
        size_t cap = p->cap_nodes ? p->cap_nodes * 2 : 1024;
        Node **t = mem_alloc(cap * sizeof *t);
        for (size_t i = 0; i < p->cap_nodes; i++) {
            Node *n = p->nodes[i];
            if (!n) continue;
            size_t h = ptr_hash(n->parent, n->fn, cap);
            while (t[h]) h = (h + 1) & (cap - 1);
            t[h] = n;
        }
        p->nodes = t;
        p->cap_nodes = cap;
    }
    size_t h = ptr_hash(parent, fn, p->cap_nodes);
    for (; p->nodes[h]; h = (h + 1) & (p->cap_nodes - 1))
        if (p->nodes[h]->parent == parent && p->nodes[h]->fn == fn) return p->nodes[h];
    Node *n = mem_alloc(sizeof *n);
    n->parent = parent;
    n->fn = fn;
    p->nodes[h] = n;
    p->nnodes++;
    p->all = observe_grow(p->all, p->nall, &p->cap_all, sizeof *p->all);
    p->all[p->nall++] = n;
    return n;
}

/* ---- the events ---- */

/* The time since the last event goes to the frame running. */
static void charge(Profile *p, uint64_t t)
{
    p->cur->self_ns += t - p->last;
    p->cur->fn->self_ns += t - p->last;
    p->last = t;
}

static void pop_frame(Profile *p, uint64_t t)
{
    Func *f = p->stack[--p->nstack].node->fn;
    if (--f->active == 0) f->total_ns += t - f->start;
    p->cur = p->nstack ? p->stack[p->nstack - 1].node : &p->root;
}

static void drop_stale(Profile *p, bool at_end, uint64_t t)
{
    while (p->nstack && observe_stale(p->st, p->stack[p->nstack - 1].depth, at_end)) pop_frame(p, t);
}

static void on_call_begin(State *st, Observer *o, const Value *fn, uint32_t nargs, Value **args, Pos pos)
{
    Profile *p = (Profile *)o;
    uint64_t t = now_ns();
    charge(p, t);
    drop_stale(p, false, t);
    Func *f = func_of(p, fn);
    Node *n = node_of(p, p->cur, f);
    n->calls++;
    f->calls++;
    if (f->active++ == 0) f->start = t;
    p->stack = observe_grow(p->stack, p->nstack, &p->cap_stack, sizeof *p->stack);
    p->stack[p->nstack++] = (Open){ n, st->depth };
    p->cur = n;
}

static void on_call_end(State *st, Observer *o, const Value *result)
{
    Profile *p = (Profile *)o;
    uint64_t t = now_ns();
    charge(p, t);
    drop_stale(p, true, t);
    if (p->nstack) pop_frame(p, t);
}

Profile *profile_start(State *st)
{
    Profile *p = mem_alloc(sizeof *p);
    p->o = (Observer){ .call_begin = on_call_begin, .call_end = on_call_end };
    p->st = st;
    p->toplevel = (Func){ .name = "<toplevel>", .calls = 1, .active = 1 };
    p->root = (Node){ .fn = &p->toplevel, .calls = 1 };
    p->cur = &p->root;
    p->last = p->toplevel.start = now_ns();
    st->observer = &p->o;
    return p;
}

void profile_stop(Profile *p)
{
    if (p->st->observer != &p->o) return;
    uint64_t t = now_ns();
    charge(p, t);
    while (p->nstack) pop_frame(p, t);
    p->toplevel.total_ns = t - p->toplevel.start;
    p->toplevel.active = 0;
    p->st->observer = NULL;
}

/* ---- output ---- */

static void write_stack(const Node *n, FILE *out)
{
    if (n->parent) {
        write_stack(n->parent, out);
        fputc(';', out);
    }
    fputs(n->fn->name, out);
}

static void write_line(const Node *n, FILE *out, bool calls)
{
    uint64_t count = calls ? n->calls : (n->self_ns + 500) / 1000;
    if (!count) return;
    write_stack(n, out);
    fprintf(out, " %" PRIu64 "\n", count);
}

void profile_write_folded(const Profile *p, FILE *out, bool calls)
{
    write_line(&p->root, out, calls);
    for (size_t i = 0; i < p->nall; i++) write_line(p->all[i], out, calls);
}

static int by_self_time(const void *a, const void *b)
{
    const Func *x = *(Func *const *)a, *y = *(Func *const *)b;
    if (x->self_ns != y->self_ns) return x->self_ns < y->self_ns ? 1 : -1;
    return strcmp(x->name, y->name);
}

static double ms(uint64_t ns) { return (double)ns / 1e6; }

void profile_write_summary(const Profile *p, FILE *out, int n)
{
    Func **fs = mem_alloc((p->nfuncs + 1) * sizeof *fs);
    size_t k = 0;
    uint64_t calls = 0;
    fs[k++] = (Func *)&p->toplevel;
    for (size_t i = 0; i < p->cap_funcs; i++)
        if (p->funcs[i]) { fs[k++] = p->funcs[i]; calls += p->funcs[i]->calls; }
    qsort(fs, k, sizeof *fs, by_self_time);
    fprintf(out, "profile: %.3f ms, %" PRIu64 " calls of %zu functions\n", ms(p->toplevel.total_ns), calls,
            p->nfuncs);
    fprintf(out, "%12s %12s %10s  %s\n", "self ms", "total ms", "calls", "function");
    uint64_t rest = 0;
    for (size_t i = 0; i < k; i++) {
        if ((int)i >= n) { rest += fs[i]->self_ns; continue; }
        fprintf(out, "%12.3f %12.3f %10" PRIu64 "  %s\n", ms(fs[i]->self_ns), ms(fs[i]->total_ns), fs[i]->calls,
                fs[i]->name);
    }
    if ((int)k > n) fprintf(out, "%12.3f %12s %10s  (the other %zu functions)\n", ms(rest), "-", "-", k - (size_t)n);
}
