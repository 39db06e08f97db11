/* proto.h: the prototype evaluator of bench/design/, a measurement of a design and not part of
 * nixel (nothing in nixel calls it; README.md beside this file says what it measures).
 *
 * The design: nixel's syntax tree (parser/, variables resolved to level and slot) is compiled
 * once into a tree of Nodes, each a C function pointer with its operands decoded beforehand,
 * chosen among specialised shapes (a call of a variable with one argument, `x - 1`, `i == n`).
 * Calls push a frame of their own on a contiguous value stack (a few dozen bytes: the caller's
 * position for traces and the call's environment); an environment moves to the collected heap
 * only when something that outlives the call (a thunk, a closure) captures it.
 *
 * Values are 16 bytes (a tag and one word), passed and returned in registers. */
#ifndef DESIGN_PROTO_H
#define DESIGN_PROTO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/pos.h"
#include "parser/ast.h"

typedef enum {
    V_NULL, V_BOOL, V_INT, V_LIST,
    V_FN,       /* a closure of a lambda with a simple argument (`x: ...`) */
    V_FN_SET,   /* a closure of a lambda with formals (`{ a, b ? 1 }: ...`): its own tag, so
                   that the calls of plain lambdas test nothing more */
    V_PRIM, V_PAPP,
    V_STR,      /* len bytes at s (not NUL-terminated; no context: no derivations here) */
    V_ATTRS,    /* len attributes at attrs, sorted by symbol id as nixel and CppNix keep them */
    V_LAYER,    /* DESIGN_LAYERED=1: a small set laid over a bigger one by `//` (a Layer) */
    V_THUNK     /* a reference to a Thunk cell: forced or not, shared by whoever copied it */
} VTag;

typedef struct Closure Closure;
typedef struct Thunk Thunk;
typedef struct Prim Prim;
typedef struct PApp PApp;
typedef struct Env Env;
typedef struct Node Node;
typedef struct Attr Attr;
typedef struct Layer Layer;

typedef struct Val {
    uint32_t tag;
    uint32_t len;           /* V_LIST, V_STR, V_ATTRS: element, byte or attribute count */
    union {
        int64_t i;
        bool b;
        struct Val *list;   /* V_LIST: len elements, each possibly V_THUNK */
        const char *s;      /* V_STR */
        const Attr *attrs;  /* V_ATTRS */
        Layer *layer;       /* V_LAYER */
        Closure *fn;        /* V_FN, V_FN_SET */
        const Prim *prim;
        PApp *papp;
        Thunk *th;
    };
} Val;

_Static_assert(sizeof(Val) == 16, "values travel in two registers");

/* An attribute of a set: a name and its value (often a thunk). */
struct Attr {
    Sym name;
    Val v;
};

/* An environment: one level of variables. Call environments start on the value stack
 * (on_stack) inside their Frame; heap ones are made by `let` and by env_keep. */
struct Env {
    Env *up;
    uint32_t n;
    uint32_t on_stack;
    Val slots[];
};

/* `below // top` kept apart (an experiment, DESIGN_LAYERED=1): a lookup tries top, then
 * below; anything else that needs the whole set (iteration, a builtin, ==) flattens it
 * once into flat. depth counts the layers, so that lookups stay short. */
struct Layer {
    Val below;          /* V_ATTRS or V_LAYER */
    Val top;            /* V_ATTRS, a few attributes */
    Val flat;           /* V_ATTRS once made, else V_NULL */
    uint32_t depth;
};

/* A lambda compiled: its body and what a trace says about it. A lambda with formals
 * (`{ a, b ? 1, ... }@args:`) takes a set; its environment has the `@` name first (if any),
 * then the formals in symbol order, as nixel's scope pass numbers them. */
typedef struct {
    const Node *body;
    Pos pos;
    bool has_formals, ellipsis, has_arg;
    uint32_t nformals;
    const Sym *formal_names;        /* sorted by symbol id */
    const Node *const *formal_defs; /* NULL where there is no default */
} Lambda;

struct Closure {
    const Lambda *code;
    Env *env;               /* always on the heap */
};

/* A thunk cell. Forcing writes the result over it; while it is being forced it is a
 * blackhole, so that forcing it again is reported as infinite recursion. */
typedef enum { TH_EXPR, TH_APP_INT, TH_APP, TH_BLACKHOLE, TH_DONE } ThState;
struct Thunk {
    uint64_t state;
    union {
        struct { const Node *code; Env *env; } expr;
        struct { Val *fn; int64_t arg; } app_int;           /* genList's elements */
        struct { Val *fn; Val *arg; } app;                  /* map's: arg is in the input list */
        Val done;
    };
};

typedef Val PrimFn(Val *args, Pos pos);
struct Prim {
    const char *name;
    uint32_t arity;
    PrimFn *fn;
};

/* A primop applied to fewer arguments than it takes. */
struct PApp {
    const Prim *prim;
    uint32_t n;
    Val args[];
};

/* A compiled node. `run` evaluates to weak head normal form; `delay` makes the value an
 * argument or a binding gets (Nix's maybeThunk: a literal or a variable as it is, an
 * operation on evaluated integers computed at once since it cannot fail, else a thunk). */
typedef Val RunFn(const Node *n, Env *env);
struct Node {
    RunFn *run, *delay;
    Pos pos;
    uint32_t level, slot;   /* variables */
    int64_t k;              /* integer operand (literals, `x - 1`) */
    const Node *a, *b, *c;  /* operands */
    const Node **args;      /* calls, lists, let bindings */
    uint32_t nargs;
    const void *p;          /* a Lambda, a Prim, a let's inherited flags */
    Val konst;              /* a constant's value */
};

/* exec.c: the machine. */
Val force_thunk(Thunk *t);
/* The already-forced case inline: most variables read are thunks forced before. */
static inline Val force(Val v)
{
    if (v.tag != V_THUNK) return v;
    return v.th->state == TH_DONE ? v.th->done : force_thunk(v.th);
}
Val apply(Val f, Val arg, Pos pos);
Val apply_lazy(Val *fn, Val *arg);   /* map's thunks: TH_APP */
Val call_closure(const Closure *c, Val arg, Pos pos);
Val call_closure2(const Closure *c, Val a, Val b, Pos pos);
static inline Val apply2(Val f, Val a, Val b, Pos pos)
{
    if (f.tag == V_FN) return call_closure2(f.fn, a, b, pos);
    return apply(apply(f, a, pos), b, pos);
}
Val call_formals(const Closure *c, Val arg, Pos pos);
Env *env_keep(Env *e);
Env *env_new(Env *up, uint32_t n);
Val make_thunk(const Node *code, Env *env);
Val make_closure(const Lambda *code, Env *env);
Val *alloc_vals(size_t n);
void exec_init(size_t vstack_bytes, char *c_stack_base, size_t c_stack_bytes);
void exec_set_probe(bool on);
void exec_report_probe(void);
const char *tag_name(Val v);
_Noreturn void fail(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
_Noreturn void type_fail(Pos pos, Val v, const char *expected);
static inline Val mk_int(int64_t i) { return (Val){ .tag = V_INT, .i = i }; }
static inline Val mk_bool(bool b) { return (Val){ .tag = V_BOOL, .b = b }; }
static inline Val mk_str(const char *s, uint32_t len) { return (Val){ .tag = V_STR, .len = len, .s = s }; }
static inline Val mk_attrs(const Attr *a, uint32_t n) { return (Val){ .tag = V_ATTRS, .len = n, .attrs = a }; }
Attr *alloc_attrs(size_t n);
char *alloc_bytes(size_t n);
/* The attribute of that name, by binary search, or NULL. */
static inline const Attr *attrs_get(Val set, Sym name)
{
    uint32_t lo = 0, hi = set.len;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        Sym s = set.attrs[mid].name;
        if (s == name) return &set.attrs[mid];
        if (s < name) lo = mid + 1; else hi = mid;
    }
    return NULL;
}
/* Sorts attributes by name (stable: of the same name the first stays first) and drops the
 * later duplicates; returns how many are left. */
uint32_t attrs_sort_unique(Attr *a, uint32_t n);
Val want_attrs(Val v, Pos pos);   /* a V_ATTRS: a layered set flattened */
Val set_flat(Val v);               /* V_ATTRS or V_LAYER -> V_ATTRS */
const Attr *layer_get(Val set, Sym name);
/* The attribute of that name in a set of either kind, or NULL. */
static inline const Attr *set_get(Val set, Sym name)
{
    return set.tag == V_ATTRS ? attrs_get(set, name) : layer_get(set, name);
}
static inline bool is_set(Val v) { return v.tag == V_ATTRS || v.tag == V_LAYER; }
extern bool design_layered;
Val want_str(Val v, Pos pos);

/* compile.c: the syntax tree to nodes. */
const Node *compile(const Expr *e);
extern bool compile_no_eager;   /* tests: every non-trivial argument a thunk */

/* nodes.c: the nodes' code, chosen by compile.c. */
RunFn run_const, run_var0, run_var1, run_var, run_lambda, run_call, run_call1_var, run_call_prim,
      run_let, run_if, run_not, run_and, run_or, run_eq, run_neq, run_eq_k, run_neq_k,
      run_add, run_add_k, run_sub, run_sub_k, run_mul, run_mul_k, run_lt, run_lt_k, run_list,
      run_attrs, run_rec_attrs, run_select, run_select1, run_has_attr, run_update, run_interp;
RunFn delay_const, delay_var0, delay_var1, delay_var, delay_thunk, delay_sub_var_k,
      delay_add_var_k;

/* An attribute set literal's compiled form (run_attrs, run_rec_attrs): the static
 * attributes in symbol order (inherited ones are looked up where the set is), then the
 * dynamic ones, `${name} = value`. */
typedef struct {
    uint32_t n, ndyn;
    const Sym *names;
    const Node *const *values;
    const bool *inherited;
    const Node *const *dyn_names, *const *dyn_values;
} AttrsCode;

/* An attribute path (`a.b.${c}`): a symbol, or a node giving a string. */
typedef struct { Sym sym; const Node *dyn; } PathPart;

/* prim.c: the builtins of the subset. */
const Prim *prim_find(const char *name);
Val to_string(Val v, Pos pos, bool coerce_ints);   /* toString / interpolation */
void print_strict(Val v);

#endif
