/* resolve.c: the scope pass (CppNix's bindVars). It visits subexpressions in the same
 * order as CppNix, so the first undefined variable reported is the same one. */
#include "parser/resolve.h"
#include "base/buf.h"
#include "base/diag.h"
#include "base/mem.h"
#include "base/stack.h"
#include "parser/show.h"

#include <stdlib.h>
#include <string.h>

typedef struct { Sym sym; uint32_t slot; } Entry;

static int cmp_entry(const void *x, const void *y)
{
    Sym a = ((const Entry *)x)->sym, b = ((const Entry *)y)->sym;
    return a < b ? -1 : a > b;
}

Scope *scope_new(const Scope *up, const Sym *names, uint32_t n)
{
    Scope *s = mem_arena(sizeof *s);
    s->up = up;
    s->n = n;
    s->syms = mem_arena((n ? n : 1) * sizeof *s->syms);
    s->slots = mem_arena((n ? n : 1) * sizeof *s->slots);
    Entry *tmp = malloc((n ? n : 1) * sizeof *tmp);
    for (uint32_t i = 0; i < n; i++) tmp[i] = (Entry){ names[i], i };
    qsort(tmp, n, sizeof *tmp, cmp_entry);
    for (uint32_t i = 0; i < n; i++) { s->syms[i] = tmp[i].sym; s->slots[i] = tmp[i].slot; }
    free(tmp);
    return s;
}

static Scope *scope_with(const Scope *up)
{
    Scope *s = mem_arena(sizeof *s);
    s->up = up;
    s->is_with = true;
    return s;
}

static bool scope_find(const Scope *s, Sym sym, uint32_t *slot)
{
    uint32_t lo = 0, hi = s->n;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (s->syms[mid] == sym) { *slot = s->slots[mid]; return true; }
        if (s->syms[mid] < sym) lo = mid + 1; else hi = mid;
    }
    return false;
}

typedef struct { ParseError *err; } Resolver;

static size_t reserve_bytes;
void resolve_set_reserve(size_t bytes) { reserve_bytes = bytes; }
static size_t resolve_reserve(void) { return reserve_bytes; }

static bool resolve(Resolver *r, Expr *e, const Scope *sc);

static bool resolve_var(Resolver *r, ExprVar *v, const Scope *sc)
{
    int with_level = -1;
    uint32_t level = 0;
    for (const Scope *s = sc; s; s = s->up, level++) {
        if (s->is_with) {
            if (with_level == -1) with_level = (int)level;
        } else if (scope_find(s, v->name, &v->slot)) {
            v->from_with = false;
            v->in_base = s->up == NULL;
            v->level = level;
            return true;
        }
    }
    if (with_level == -1) {
        Buf b = {0};
        show_id(&b, v->name);
        Buf m = {0};
        buf_printf(&m, "undefined variable '" DIAG_ARG "%s" DIAG_NORMAL "'", buf_cstr(&b));
        r->err->msg = (char *)buf_cstr(&m);
        r->err->pos = v->h.pos;
        return false;
    }
    v->from_with = true;
    v->level = (uint32_t)with_level;
    return true;
}

static bool resolve_path(Resolver *r, AttrName *path, uint32_t n, const Scope *sc)
{
    for (uint32_t i = 0; i < n; i++)
        if (path[i].sym == SYM_NONE && !resolve(r, path[i].expr, sc)) return false;
    return true;
}

/* A rec set's or let's own scope: its static attributes, slot = index in sorted order. */
static Scope *attrs_scope(ExprAttrs *a, const Scope *up)
{
    Sym *names = malloc((a->n ? a->n : 1) * sizeof *names);
    for (uint32_t i = 0; i < a->n; i++) {
        names[i] = a->attrs[i].name;
        a->attrs[i].slot = i;
    }
    Scope *s = scope_new(up, names, a->n);
    free(names);
    return s;
}

static bool resolve_attrs(Resolver *r, ExprAttrs *a, const Scope *sc)
{
    ast_attrs_sort(a);
    const Scope *inner = sc;
    if (a->rec) {
        inner = attrs_scope(a, sc);
        for (uint32_t i = 0; i < a->n; i++)
            if (!resolve(r, a->attrs[i].e, a->attrs[i].inherited ? sc : inner)) return false;
    } else {
        for (uint32_t i = 0; i < a->n; i++)
            if (!resolve(r, a->attrs[i].e, sc)) return false;
    }
    for (uint32_t i = 0; i < a->ndyn; i++) {
        if (!resolve(r, a->dyn[i].name, inner)) return false;
        if (!resolve(r, a->dyn[i].value, inner)) return false;
    }
    return true;
}

static bool resolve_lambda(Resolver *r, ExprLambda *l, const Scope *sc)
{
    uint32_t n = l->nformals + (l->arg != SYM_NONE);
    Sym *names = malloc((n ? n : 1) * sizeof *names);
    uint32_t k = 0;
    if (l->arg != SYM_NONE) names[k++] = l->arg;
    for (uint32_t i = 0; i < l->nformals; i++) names[k++] = l->formals[i].name;
    Scope *inner = scope_new(sc, names, n);
    free(names);
    for (uint32_t i = 0; i < l->nformals; i++)
        if (l->formals[i].def && !resolve(r, l->formals[i].def, inner)) return false;
    return resolve(r, l->body, inner);
}

static bool resolve_let(Resolver *r, ExprLet *l, const Scope *sc)
{
    ast_attrs_sort(l->attrs);
    Scope *inner = attrs_scope(l->attrs, sc);
    for (uint32_t i = 0; i < l->attrs->n; i++) {
        AttrDef *d = &l->attrs->attrs[i];
        if (!resolve(r, d->e, d->inherited ? sc : inner)) return false;
    }
    return resolve(r, l->body, inner);
}

static bool resolve_with(Resolver *r, ExprWith *w, const Scope *sc)
{
    /* Remember how far up the enclosing `with` is, for lookups that miss this one. */
    w->prev_with = 0;
    uint32_t level = 1;
    for (const Scope *s = sc; s; s = s->up, level++)
        if (s->is_with) { w->prev_with = level; break; }
    /* Environments keep this in 16 bits; the parser's stack limit keeps it far below. */
    if (w->prev_with > UINT16_MAX) {
        r->err->msg = "expression nested too deeply";
        r->err->pos = w->h.pos;
        return false;
    }
    if (!resolve(r, w->attrs, sc)) return false;
    return resolve(r, w->body, scope_with(sc));
}

static bool resolve(Resolver *r, Expr *e, const Scope *sc)
{
    /* Keep half the stack for printing and evaluating what was resolved. */
    if (stack_low(((size_t)(stack_limit ? 1 : 0)) * resolve_reserve())) {
        r->err->msg = "stack overflow (possible infinite recursion)";
        r->err->pos = NO_POS;
        return false;
    }
    switch ((ExprKind)e->kind) {
    case E_INT: case E_FLOAT: case E_STR: case E_PATH: case E_CUR_POS:
        return true;
    case E_VAR: return resolve_var(r, (ExprVar *)e, sc);
    case E_SELECT: {
        ExprSelect *s = (ExprSelect *)e;
        return resolve(r, s->e, sc) && (!s->def || resolve(r, s->def, sc)) &&
               resolve_path(r, s->path, s->n, sc);
    }
    case E_HASATTR: {
        ExprHasAttr *h = (ExprHasAttr *)e;
        return resolve(r, h->e, sc) && resolve_path(r, h->path, h->n, sc);
    }
    case E_ATTRS: return resolve_attrs(r, (ExprAttrs *)e, sc);
    case E_LIST: {
        ExprList *l = (ExprList *)e;
        for (uint32_t i = 0; i < l->n; i++)
            if (!resolve(r, l->elems[i], sc)) return false;
        return true;
    }
    case E_LAMBDA: return resolve_lambda(r, (ExprLambda *)e, sc);
    case E_CALL: {
        ExprCall *c = (ExprCall *)e;
        if (!resolve(r, c->fn, sc)) return false;
        for (uint32_t i = 0; i < c->n; i++)
            if (!resolve(r, c->args[i], sc)) return false;
        return true;
    }
    case E_LET: return resolve_let(r, (ExprLet *)e, sc);
    case E_WITH: return resolve_with(r, (ExprWith *)e, sc);
    case E_IF: {
        ExprIf *i = (ExprIf *)e;
        return resolve(r, i->cond, sc) && resolve(r, i->then, sc) && resolve(r, i->els, sc);
    }
    case E_ASSERT: {
        ExprAssert *a = (ExprAssert *)e;
        return resolve(r, a->cond, sc) && resolve(r, a->body, sc);
    }
    case E_NOT: return resolve(r, ((ExprNot *)e)->e, sc);
    case E_EQ: case E_NEQ: case E_AND: case E_OR: case E_IMPL: case E_UPDATE: case E_CONCAT_LISTS: {
        ExprBin *b = (ExprBin *)e;
        return resolve(r, b->a, sc) && resolve(r, b->b, sc);
    }
    case E_CONCAT_STRINGS: {
        ExprConcat *c = (ExprConcat *)e;
        for (uint32_t i = 0; i < c->n; i++)
            if (!resolve(r, c->parts[i], sc)) return false;
        return true;
    }
    }
    return true;
}

bool resolve_expr(Expr *e, const Scope *scope, ParseError *err)
{
    Resolver r = { err };
    err->msg = NULL;
    return resolve(&r, e, scope);
}
