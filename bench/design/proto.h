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
    V_NULL, V_BOOL, V_INT, V_LIST, V_FN, V_PRIM, V_PAPP,
    V_THUNK     /* a reference to a Thunk cell: forced or not, shared by whoever copied it */
} VTag;

typedef struct Closure Closure;
typedef struct Thunk Thunk;
typedef struct Prim Prim;
typedef struct PApp PApp;
typedef struct Env Env;
typedef struct Node Node;

typedef struct Val {
    uint32_t tag;
    uint32_t len;           /* V_LIST: element count */
    union {
        int64_t i;
        bool b;
        struct Val *list;   /* V_LIST: len elements, each possibly V_THUNK */
        Closure *fn;
        const Prim *prim;
        PApp *papp;
        Thunk *th;
    };
} Val;

_Static_assert(sizeof(Val) == 16, "values travel in two registers");

/* An environment: one level of variables. Call environments start on the value stack
 * (on_stack) inside their Frame; heap ones are made by `let` and by env_keep. */
struct Env {
    Env *up;
    uint32_t n;
    uint32_t on_stack;
    Val slots[];
};

/* A lambda compiled: its body and what a trace says about it. */
typedef struct {
    const Node *body;
    Pos pos;
} Lambda;

struct Closure {
    const Lambda *code;
    Env *env;               /* always on the heap */
};

/* A thunk cell. Forcing writes the result over it; while it is being forced it is a
 * blackhole, so that forcing it again is reported as infinite recursion. */
typedef enum { TH_EXPR, TH_APP_INT, TH_BLACKHOLE, TH_DONE } ThState;
struct Thunk {
    uint64_t state;
    union {
        struct { const Node *code; Env *env; } expr;
        struct { Val *fn; int64_t arg; } app_int;           /* genList's elements */
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
Val call_closure(const Closure *c, Val arg, Pos pos);
Val call_closure2(const Closure *c, Val a, Val b, Pos pos);
static inline Val apply2(Val f, Val a, Val b, Pos pos)
{
    if (f.tag == V_FN) return call_closure2(f.fn, a, b, pos);
    return apply(apply(f, a, pos), b, pos);
}
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

/* compile.c: the syntax tree to nodes. */
const Node *compile(const Expr *e);
extern bool compile_no_eager;   /* tests: every non-trivial argument a thunk */

/* nodes.c: the nodes' code, chosen by compile.c. */
RunFn run_const, run_var0, run_var1, run_var, run_lambda, run_call, run_call1_var, run_call_prim,
      run_let, run_if, run_not, run_and, run_or, run_eq, run_neq, run_eq_k, run_neq_k,
      run_add, run_add_k, run_sub, run_sub_k, run_mul, run_mul_k, run_lt, run_lt_k, run_list;
RunFn delay_const, delay_var0, delay_var1, delay_var, delay_thunk, delay_sub_var_k,
      delay_add_var_k;

/* prim.c: the builtins of the subset. */
const Prim *prim_find(const char *name);
void print_strict(Val v);

#endif
