/* exec.c: the prototype's machine: the value stack of frames, thunks and their forcing
 * (with blackholing), calls, environments that move to the heap when captured, the depth
 * checks, and errors with a trace of the frames. */
#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "base/buf.h"
#include "base/diag.h"
#include "base/mem.h"
#include "bench/design/proto.h"

/* A frame on the value stack. A call's frame holds its environment (slots follow); a
 * thunk being forced pushes only the header up to `copy`, so that a trace can name it. */
typedef enum { FR_CALL, FR_FORCE } FrameKind;
typedef struct Frame {
    struct Frame *prev;
    Pos pos;            /* the call's position, or the forced expression's */
    uint32_t kind;
    Env *copy;          /* FR_CALL: the environment's copy on the heap, once kept */
    Env env;
} Frame;

enum { FORCE_FRAME_BYTES = offsetof(Frame, copy) };

static char *vs_base, *vs_top, *vs_end;     /* the value stack */
static Frame *frame_top;
static const char *c_stack_limit;           /* below it, calls fail instead of crashing */
static bool probing;
static size_t vs_max;                       /* --probe: the value stack's deepest use */
static const char *c_stack_base, *c_stack_min;

/* The collector scans the used part of the value stack only (it holds the only pointers
 * to some environments' slots and to arguments). */
static GC_push_other_roots_proc chained_roots;
static void GC_CALLBACK push_value_stack(void)
{
    if (vs_top > vs_base) GC_push_all(vs_base, vs_top);
    if (chained_roots) chained_roots();
}

void exec_init(size_t vstack_bytes, char *c_stack_base_, size_t c_stack_bytes)
{
    void *p = mmap(NULL, vstack_bytes, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
        fprintf(stderr, "error: cannot map the value stack\n");
        exit(1);
    }
    /* Small pages: only the part in use is touched (base/mem.c asks huge pages for every
     * large anonymous mapping, for the collector's heap). */
    madvise(p, vstack_bytes, MADV_NOHUGEPAGE);
    vs_base = vs_top = p;
    vs_end = vs_base + vstack_bytes;
    c_stack_base = c_stack_min = c_stack_base_;
    c_stack_limit = c_stack_base_ - c_stack_bytes;
    chained_roots = GC_get_push_other_roots();
    GC_set_push_other_roots(push_value_stack);
}

void exec_set_probe(bool on) { probing = on; }

void exec_report_probe(void)
{
    fprintf(stderr, "probe: C stack %zu bytes, value stack %zu bytes at their deepest\n",
            (size_t)(c_stack_base - c_stack_min), vs_max);
}

/* ---- errors ---- */

const char *tag_name(Val v)
{
    switch ((VTag)v.tag) {
    case V_NULL: return "null";
    case V_BOOL: return "a Boolean";
    case V_INT: return "an integer";
    case V_LIST: return "a list";
    case V_FN: case V_FN_SET: return "a function";
    case V_PRIM: case V_PAPP: return "a built-in function";
    case V_STR: return "a string";
    case V_ATTRS: case V_LAYER: return "a set";
    case V_THUNK: return "a thunk";
    }
    return "a value";
}

static void print_pos(const char *what, Pos pos)
{
    char at[512];
    pos_format_at(at, sizeof at, pos);
    fprintf(stderr, "%s%s\n", what, pos ? at : "(unknown position)");
}

/* The message, where it happened, and the frames active then (the trace Nix prints as
 * "while evaluating ..."), the first and last few of a deep chain. */
_Noreturn void fail(Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Buf msg = { 0 }, plain = { 0 };
    buf_vprintf(&msg, fmt, ap);
    va_end(ap);
    /* nixel's front end writes Nix's colours into its messages (base/diag.h) */
    diag_strip_colours(&plain, buf_cstr(&msg));
    fprintf(stderr, "error: %s\n", buf_cstr(&plain));
    if (pos) print_pos("       at ", pos);
    size_t i = 0, n = 0;
    for (const Frame *f = frame_top; f; f = f->prev) n++;
    for (const Frame *f = frame_top; f; f = f->prev, i++) {
        if (i == 10 && n > 20) fprintf(stderr, "       (%zu frames left out)\n", n - 20);
        if (i >= 10 && i < n - 10) continue;
        print_pos(f->kind == FR_CALL ? "       ... while calling the function at " :
                                       "       ... while forcing the value of ", f->pos);
    }
    exit(1);
}

_Noreturn void type_fail(Pos pos, Val v, const char *expected)
{
    fail(pos, "value is %s while %s was expected", tag_name(v), expected);
}

/* One comparison per call and per forcing: the C stack and the value stack each end in an
 * error, never in a crash. */
static inline void check_depth(Pos pos, size_t frame_bytes)
{
    const char *sp = __builtin_frame_address(0);
    if (sp < c_stack_limit || (size_t)(vs_end - vs_top) < frame_bytes)
        fail(pos, "stack overflow (possible infinite recursion)");
    if (probing) {
        if (sp < c_stack_min) c_stack_min = sp;
        if ((size_t)(vs_top - vs_base) + frame_bytes > vs_max) vs_max = (size_t)(vs_top - vs_base) + frame_bytes;
    }
}

/* ---- the heap ---- */

Env *env_new(Env *up, uint32_t n)
{
    size_t bytes = sizeof(Env) + n * sizeof(Val);
    Env *e = bytes < 256 ? mem_alloc_small(bytes) : mem_alloc(bytes);
    e->up = up;
    e->n = n;
    return e;
}

/* A call's environment on the value stack moves to the heap the first time something that
 * can outlive the call captures it; later captures share that copy. Slots are written only
 * when the frame is made (a forced variable's result written back is the same value), so
 * the copy and the frame stay alike. */
Env *env_keep(Env *e)
{
    if (!e->on_stack) return e;
    Frame *f = (Frame *)((char *)e - offsetof(Frame, env));
    if (!f->copy) {
        Env *h = env_new(env_keep(e->up), e->n);   /* a two-argument call's outer frame */
        memcpy(h->slots, e->slots, e->n * sizeof(Val));
        f->copy = h;
    }
    return f->copy;
}

Val make_thunk(const Node *code, Env *env)
{
    Thunk *t = mem_alloc_small(sizeof *t);
    t->state = TH_EXPR;
    t->expr.code = code;
    t->expr.env = env_keep(env);
    return (Val){ .tag = V_THUNK, .th = t };
}

Val make_closure(const Lambda *code, Env *env)
{
    Closure *c = mem_alloc_small(sizeof *c);
    c->code = code;
    c->env = env_keep(env);
    return (Val){ .tag = code->has_formals ? V_FN_SET : V_FN, .fn = c };
}

Attr *alloc_attrs(size_t n)
{
    if (n > SIZE_MAX / sizeof(Attr)) fail(NO_POS, "set too large");
    size_t bytes = n ? n * sizeof(Attr) : 1;
    return bytes < 256 ? mem_alloc_small(bytes) : mem_alloc(bytes);
}

/* String bytes: never scanned by the collector. */
char *alloc_bytes(size_t n) { return mem_alloc_atomic(n ? n : 1); }

Val *alloc_vals(size_t n)
{
    if (n > SIZE_MAX / sizeof(Val)) fail(NO_POS, "list too long");
    return n * sizeof(Val) < 256 ? mem_alloc_small(n ? n * sizeof(Val) : 1) : mem_alloc(n * sizeof(Val));
}

/* ---- forcing ---- */

/* The function is shared by all the elements of a genList: forced once, written back. */
static Val force_app_int(Thunk *t)
{
    Val *fn = t->app_int.fn;
    int64_t arg = t->app_int.arg;
    t->state = TH_BLACKHOLE;
    if (fn->tag == V_THUNK) *fn = force_thunk(fn->th);
    Val v = fn->tag == V_FN ? call_closure(fn->fn, mk_int(arg), NO_POS) : apply(*fn, mk_int(arg), NO_POS);
    t->state = TH_DONE;
    t->done = v;
    return v;
}

/* map's element: the function applied to the element of the input list it points at. */
static Val force_app(Thunk *t)
{
    Val *fn = t->app.fn, *arg = t->app.arg;
    t->state = TH_BLACKHOLE;
    Val v = apply_lazy(fn, arg);
    t->state = TH_DONE;
    t->done = v;
    return v;
}

Val apply_lazy(Val *fn, Val *arg)
{
    if (fn->tag == V_THUNK) *fn = force_thunk(fn->th);
    return fn->tag == V_FN ? call_closure(fn->fn, *arg, NO_POS) : apply(*fn, *arg, NO_POS);
}

Val force_thunk(Thunk *t)
{
    if (t->state == TH_DONE) return t->done;
    if (t->state == TH_APP_INT) return force_app_int(t);
    if (t->state == TH_APP) return force_app(t);
    const Node *code = t->expr.code;
    if (t->state == TH_BLACKHOLE) fail(code->pos, "infinite recursion encountered");
    check_depth(code->pos, FORCE_FRAME_BYTES);
    /* The payload stays while it is a blackhole: a catching construct could restore it. */
    t->state = TH_BLACKHOLE;
    Frame *f = (Frame *)vs_top;
    f->prev = frame_top;
    f->pos = code->pos;
    f->kind = FR_FORCE;
    vs_top += FORCE_FRAME_BYTES;
    frame_top = f;
    Val v = code->run(code, t->expr.env);
    vs_top = (char *)f;
    frame_top = f->prev;
    t->state = TH_DONE;
    t->done = v;
    return v;
}

/* ---- calls ---- */

enum { CALL_FRAME_BYTES = sizeof(Frame) + sizeof(Val) };

/* A call's frame of one argument, on top of the value stack. */
static inline Frame *push_call_frame(Env *up, Val arg, Pos pos)
{
    Frame *f = (Frame *)vs_top;
    f->prev = frame_top;
    f->pos = pos;
    f->kind = FR_CALL;
    f->copy = NULL;
    f->env.up = up;
    f->env.n = 1;
    f->env.on_stack = 1;
    f->env.slots[0] = arg;
    vs_top += CALL_FRAME_BYTES;
    frame_top = f;
    return f;
}

static inline void pop_frames_to(Frame *f)
{
    vs_top = (char *)f;
    frame_top = f->prev;
}

/* A call of a lambda with formals: the argument forced to a set, the formals filled from it
 * by a merge of the two sorted name lists, the missing ones from their defaults (thunks in
 * the call's environment, which they capture: it moves to the heap with the slots filled so
 * far, and the defaults are written into both), Nix's two errors for the names. */
static _Noreturn void formals_fail(const Lambda *l, Pos pos, const char *what, Sym name)
{
    char at[512];
    pos_format_plain(at, sizeof at, l->pos);
    fail(pos, "anonymous function at %s called %s argument '%s'", at, what, sym_str(name));
}

Val call_formals(const Closure *c, Val arg, Pos pos)
{
    const Lambda *l = c->code;
    Val set = want_attrs(arg, pos);
    uint32_t n = l->nformals + l->has_arg;
    size_t bytes = sizeof(Frame) + n * sizeof(Val);
    check_depth(pos, bytes);
    Frame *f = (Frame *)vs_top;
    f->prev = frame_top;
    f->pos = pos;
    f->kind = FR_CALL;
    f->copy = NULL;
    f->env.up = c->env;
    f->env.n = n;
    f->env.on_stack = 1;
    vs_top += bytes;
    frame_top = f;
    Val *slots = f->env.slots, *formals = slots + l->has_arg;
    if (l->has_arg) slots[0] = arg;
    uint32_t j = 0, missing = 0;
    for (uint32_t i = 0; i < l->nformals; i++) {
        Sym name = l->formal_names[i];
        while (j < set.len && set.attrs[j].name < name) {
            if (!l->ellipsis) formals_fail(l, pos, "with unexpected", set.attrs[j].name);
            j++;
        }
        if (j < set.len && set.attrs[j].name == name) formals[i] = set.attrs[j++].v;
        else if (l->formal_defs[i]) { formals[i] = (Val){ .tag = V_NULL }; missing++; }
        else formals_fail(l, pos, "without required", name);
    }
    if (j < set.len && !l->ellipsis) formals_fail(l, pos, "with unexpected", set.attrs[j].name);
    if (missing) {
        Env *h = env_keep(&f->env);
        for (uint32_t i = 0; i < l->nformals; i++) {
            if (!l->formal_defs[i] || attrs_get(set, l->formal_names[i])) continue;
            Val d = make_thunk(l->formal_defs[i], h);
            formals[i] = h->slots[i + l->has_arg] = d;
        }
    }
    const Node *body = l->body;
    Val r = body->run(body, &f->env);
    pop_frames_to(f);
    return r;
}

Val call_closure(const Closure *c, Val arg, Pos pos)
{
    check_depth(pos, CALL_FRAME_BYTES);
    Frame *f = push_call_frame(c->env, arg, pos);
    const Node *body = c->code->body;
    Val r = body->run(body, &f->env);
    pop_frames_to(f);
    return r;
}

/* f a b where f is `x: y: ...`: both frames on the value stack, the inner one's environment
 * linked to the outer one's there, so the function made in between is never allocated
 * (env_keep copies both if something captures the inner one). */
Val call_closure2(const Closure *c, Val a, Val b, Pos pos)
{
    const Node *body = c->code->body;
    if (body->run != run_lambda || ((const Lambda *)body->p)->has_formals)
        return apply(call_closure(c, a, pos), b, pos);
    check_depth(pos, 2 * CALL_FRAME_BYTES);
    Frame *outer = push_call_frame(c->env, a, pos);
    Frame *inner = push_call_frame(&outer->env, b, pos);
    const Node *code = ((const Lambda *)body->p)->body;
    Val r = code->run(code, &inner->env);
    pop_frames_to(outer);
    return r;
}


static Val papp_add(const Prim *p, const Val *have, uint32_t n, Val arg)
{
    PApp *a = mem_alloc_small(sizeof(PApp) + (n + 1) * sizeof(Val));
    a->prim = p;
    a->n = n + 1;
    if (n) memcpy(a->args, have, n * sizeof(Val));
    a->args[n] = arg;
    return (Val){ .tag = V_PAPP, .papp = a };
}

static Val apply_prim(const Prim *p, const Val *have, uint32_t n, Val arg, Pos pos)
{
    if (n + 1 < p->arity) return papp_add(p, have, n, arg);
    Val args[4];
    if (n) memcpy(args, have, n * sizeof(Val));
    args[n] = arg;
    return p->fn(args, pos);
}

Val apply(Val f, Val arg, Pos pos)
{
    switch ((VTag)f.tag) {
    case V_FN: return call_closure(f.fn, arg, pos);
    case V_FN_SET: return call_formals(f.fn, arg, pos);
    case V_PRIM: return apply_prim(f.prim, NULL, 0, arg, pos);
    case V_PAPP: return apply_prim(f.papp->prim, f.papp->args, f.papp->n, arg, pos);
    case V_THUNK: return apply(force_thunk(f.th), arg, pos);
    default: fail(pos, "attempt to call something which is not a function but %s", tag_name(f));
    }
}
