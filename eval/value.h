/* value.h: Nix values. A value is a one-byte tag and a 16-byte payload (24 bytes in all);
 * forcing a thunk overwrites it in place with its result. Heap objects (strings, attribute
 * sets, lists, environments) are collected by the GC. */
#ifndef NIXEL_VALUE_H
#define NIXEL_VALUE_H

#include <stdbool.h>
#include <stdint.h>

#include "parser/ast.h"
#include "base/pos.h"
#include "base/symtab.h"

typedef enum {
    T_NULL, T_BOOL, T_INT, T_FLOAT, T_STRING, T_PATH, T_ATTRS, T_LIST,
    T_LAMBDA, T_PRIMOP, T_PRIMOP_APP,
    /* lazy states */
    T_THUNK, T_APP, T_APP_INT,
    T_EAGER,    /* an integer or bool computed ahead (see eager_int_arith), its type in `was`:
                   it looks unevaluated, as the thunk Nix would have made, until forced */
    T_BLACKHOLE
} ValueType;

typedef struct Value Value;
typedef struct Env Env;
typedef struct State State;

/* A string's context: the store paths it refers to, as a sorted set of strings
 * ("/nix/store/..." for a path, "=/nix/store/...drv" for a derivation with all its
 * outputs, "!out!/nix/store/...drv" for one output). NULL means empty. */
typedef struct {
    uint32_t n;
    const char *items[];
} Context;

typedef struct {
    Sym name;
    Pos pos;
    Value *value;
} Attr;

/* Attributes sorted by symbol id. */
typedef struct {
    uint32_t n;
    Pos pos;       /* where the set was written, for messages and unsafeGetAttrPos */
    Attr a[];
} Attrs;

typedef struct PrimOp PrimOp;
typedef void PrimFn(State *st, Pos pos, Value **args, Value *out);

struct PrimOp {
    const char *name;   /* without "__" */
    uint8_t arity;
    bool strict;        /* forces all its arguments first, in order: calls may pass them
                           evaluated instead of as thunks */
    PrimFn *fn;
};

struct Value {
    uint8_t type;
    uint8_t was;               /* T_BLACKHOLE: the lazy type it was before; T_EAGER: its type */
    uint32_t len;              /* T_STRING, T_PATH: byte length; T_LIST: element count */
    union {
        bool b;
        int64_t i;
        double f;
        struct { const char *s; const Context *ctx; } str;   /* T_STRING; T_PATH uses s */
        Attrs *attrs;
        Value **list;
        struct { Env *env; ExprLambda *fn; } lambda;
        const PrimOp *primop;
        struct { Value *left, *arg; } papp;                  /* T_PRIMOP_APP */
        struct { Env *env; Expr *expr; } thunk;
        struct { Value *fn, *arg; } app;
        /* T_APP_INT: fn applied to an integer, held here until the call (genList's
         * elements: half the memory of an application and a separate integer) */
        struct { Value *fn; int64_t arg; } app_int;
        /* T_BLACKHOLE keeps the payload of the thunk or application being forced, so
         * that an error can put it back (see eval_unwind_to) */
    };
};

_Static_assert(sizeof(Value) <= 24, "values stay small");

typedef enum { ENV_PLAIN, ENV_WITH_EXPR, ENV_WITH_ATTRS } EnvKind;

struct Env {
    Env *up;
    uint32_t n;
    uint8_t kind;
    /* A call's environment starts on the C stack (see call_function). The word just before
     * such an environment holds its copy on the heap, made the first time something that
     * outlives the call takes it (env_keep). Heap objects never point to the stack. */
    uint8_t on_stack;
    /* For `with` environments: levels up to the enclosing `with`. Scopes nest no deeper
     * than the parser's stack (YYMAXDEPTH, 9999), so 16 bits hold it, and the header
     * stays at 16 bytes: an environment of one slot fits the 32-byte class. */
    uint16_t prev_with;
    Value *slots[];
};

_Static_assert(sizeof(Env) == 16, "environment headers stay small");

static inline bool val_is_lazy(const Value *v) { return v->type >= T_THUNK; }

#endif
