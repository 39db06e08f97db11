/* resolve.h: binding every variable to where it lives, before evaluation. A variable
 * becomes (level, slot): walk `level` environments up, take slot `slot`. A variable that
 * only a `with` can supply is marked from_with. Undefined variables are errors here,
 * as in CppNix. */
#ifndef NIXEL_RESOLVE_H
#define NIXEL_RESOLVE_H

#include "parser/ast.h"
#include "parser/parse.h"

typedef struct Scope {
    const struct Scope *up;
    bool is_with;
    uint32_t n;
    Sym *syms;        /* sorted by id */
    uint32_t *slots;  /* slot of syms[i] */
} Scope;

/* A scope of n names; slot i holds names[i]. */
Scope *scope_new(const Scope *up, const Sym *names, uint32_t n);

/* Resolves e in scope (typically the base environment of builtins). Returns false and
 * fills *err on an undefined variable. Also sorts every attribute set by symbol id. */
bool resolve_expr(Expr *e, const Scope *scope, ParseError *err);

/* How many bytes of C stack the scope pass leaves for later passes. */
void resolve_set_reserve(size_t bytes);

#endif
