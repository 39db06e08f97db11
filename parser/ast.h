/* ast.h: the syntax tree. One node type per construct; every node starts with the same
 * header (kind and position). Nodes live in the arena and are immutable after
 * resolve.c has bound every variable to a (level, slot) pair. */
#ifndef NIXEL_AST_H
#define NIXEL_AST_H

#include <stdbool.h>
#include <stdint.h>

#include "base/pos.h"
#include "base/symtab.h"

typedef enum {
    E_INT, E_FLOAT, E_STR, E_PATH, E_VAR, E_SELECT, E_HASATTR, E_ATTRS, E_LIST, E_LAMBDA,
    E_CALL, E_LET, E_WITH, E_IF, E_ASSERT, E_NOT, E_EQ, E_NEQ, E_AND, E_OR, E_IMPL,
    E_UPDATE, E_CONCAT_LISTS, E_CONCAT_STRINGS, E_CUR_POS
} ExprKind;

typedef struct Expr {
    uint8_t kind;
    Pos pos;
} Expr;

typedef struct { Expr h; int64_t n; void *value; } ExprInt;
typedef struct { Expr h; double f; void *value; } ExprFloat;
typedef struct { Expr h; const char *s; uint32_t len; void *value; } ExprStr;
typedef struct { Expr h; const char *s; uint32_t len; void *value; } ExprPath;

typedef struct {
    Expr h;
    Sym name;
    bool from_with;
    bool in_base;   /* bound in the base environment (a builtin that nothing shadows) */
    uint32_t level; /* envs to walk up; for from_with, to the innermost `with` */
    uint32_t slot;
    /* from_with: the innermost `with` environment of the last lookup and the value found
     * from there (eval.c's lookup_with), made at the first; one pointer keeps the node
     * at 32 bytes */
    void *with_cache;
} ExprVar;

/* One component of an attribute path: a name, or an expression for `${e}` / "a${b}". */
/* sym == SYM_NONE when dynamic; pos: where a name of `inherit` is written (else NO_POS) */
typedef struct { Sym sym; Pos pos; Expr *expr; } AttrName;

typedef struct { Expr h; Expr *e; Expr *def; uint32_t n; AttrName *path; } ExprSelect;
typedef struct { Expr h; Expr *e; uint32_t n; AttrName *path; } ExprHasAttr;

typedef struct {
    Sym name;
    Pos pos;
    Expr *e;
    bool inherited;   /* `inherit x;`: e is a variable looked up outside a rec/let */
    bool from_inherit; /* made by `inherit` (either form); its position is set at the end */
    uint32_t slot;    /* index in the rec/let environment */
} AttrDef;

typedef struct { Expr *name, *value; Pos pos; } DynAttrDef;

typedef struct {
    Expr h;
    bool rec;
    uint32_t n, cap;
    AttrDef *attrs;     /* sorted by symbol id after parsing */
    uint32_t ndyn, dyncap;
    DynAttrDef *dyn;
    uint32_t *index;    /* hash of symbol -> attrs index, while parsing large sets */
    uint32_t index_cap;
} ExprAttrs;

typedef struct { Expr h; uint32_t n, cap; Expr **elems; } ExprList;

typedef struct { Sym name; Pos pos; Expr *def; } Formal;

typedef struct {
    Expr h;
    Sym arg;            /* SYM_NONE if none */
    Sym name;           /* the attribute it was bound to, for messages; SYM_NONE if none */
    bool has_formals, ellipsis;
    uint8_t stack_env;      /* 0: not yet known, 1: a call's environment starts on the C
                               stack, 2: on the heap; see eval.c */
    uint32_t nformals;
    Formal *formals;    /* sorted by symbol id */
    Expr *body;
} ExprLambda;

typedef struct { Expr h; Expr *fn; uint32_t n, cap; Expr **args; } ExprCall;
typedef struct { Expr h; ExprAttrs *attrs; Expr *body; } ExprLet;
typedef struct { Expr h; Expr *attrs, *body; uint32_t prev_with; } ExprWith;
typedef struct { Expr h; Expr *cond, *then, *els; } ExprIf;
typedef struct { Expr h; Expr *cond, *body; } ExprAssert;
typedef struct { Expr h; Expr *e; } ExprNot;
/* E_EQ E_NEQ E_AND E_OR E_IMPL E_UPDATE E_CONCAT_LISTS */
typedef struct { Expr h; Expr *a, *b; } ExprBin;

typedef struct {
    Expr h;
    bool force_string;  /* string literal with interpolation, as opposed to `a + b` */
    uint32_t n, cap;
    Expr **parts;
    Pos *part_pos;
} ExprConcat;

Expr *ast_int(Pos p, int64_t n);
Expr *ast_float(Pos p, double f);
Expr *ast_str(Pos p, const char *s, uint32_t len);
Expr *ast_path(Pos p, const char *s, uint32_t len);
Expr *ast_var(Pos p, Sym name);
Expr *ast_select(Pos p, Expr *e, AttrName *path, uint32_t n, Expr *def);
Expr *ast_hasattr(Pos p, Expr *e, AttrName *path, uint32_t n);
ExprAttrs *ast_attrs(Pos p);
Expr *ast_list(Pos p);
void ast_list_push(ExprList *l, Expr *e);
Expr *ast_lambda(Pos p, Sym arg, bool has_formals, bool ellipsis, Formal *f, uint32_t nf, Expr *body);
Expr *ast_call(Pos p, Expr *fn);
void ast_call_push(ExprCall *c, Expr *arg);
Expr *ast_call2(Pos p, Expr *fn, Expr *a, Expr *b);
Expr *ast_let(Pos p, ExprAttrs *attrs, Expr *body);
Expr *ast_with(Pos p, Expr *attrs, Expr *body);
Expr *ast_if(Pos p, Expr *c, Expr *t, Expr *e);
Expr *ast_assert(Pos p, Expr *c, Expr *body);
Expr *ast_not(Pos p, Expr *e);
Expr *ast_bin(ExprKind k, Pos p, Expr *a, Expr *b);
ExprConcat *ast_concat(Pos p, bool force_string);
void ast_concat_push(ExprConcat *c, Pos p, Expr *e);
Expr *ast_cur_pos(Pos p);

/* Attribute sets while parsing: find a static attribute (NULL if absent), add one. */
AttrDef *ast_attrs_find(ExprAttrs *a, Sym name);
AttrDef *ast_attrs_add(ExprAttrs *a, Sym name, Pos pos, Expr *e, bool inherited);
void ast_attrs_add_dyn(ExprAttrs *a, Expr *name, Expr *value, Pos pos);
/* Sorts the static attributes by symbol id (the order CppNix keeps them in). */
void ast_attrs_sort(ExprAttrs *a);

/* Attribute paths under construction. */
typedef struct { uint32_t n, cap; AttrName *names; } AttrPath;
void ast_path_push(AttrPath *p, Sym sym, Expr *e);

#endif
