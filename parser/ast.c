/* ast.c: constructors for syntax tree nodes, all allocated in the arena. */
#include "parser/ast.h"
#include "base/grow.h"
#include "base/mem.h"

#include <stdlib.h>
#include <string.h>

#define NEW(T, K, P) T *x = mem_arena(sizeof(T)); x->h.kind = (K); x->h.pos = (P)

/* Grows an arena array to hold at least need elements (doubling; the old one is dropped). */
Expr *ast_int(Pos p, int64_t n) { NEW(ExprInt, E_INT, p); x->n = n; return &x->h; }
Expr *ast_float(Pos p, double f) { NEW(ExprFloat, E_FLOAT, p); x->f = f; return &x->h; }
Expr *ast_str(Pos p, const char *s, uint32_t len) { NEW(ExprStr, E_STR, p); x->s = s; x->len = len; return &x->h; }
Expr *ast_path(Pos p, const char *s, uint32_t len) { NEW(ExprPath, E_PATH, p); x->s = s; x->len = len; return &x->h; }
Expr *ast_var(Pos p, Sym name) { NEW(ExprVar, E_VAR, p); x->name = name; return &x->h; }
Expr *ast_cur_pos(Pos p) { Expr *x = mem_arena(sizeof *x); x->kind = E_CUR_POS; x->pos = p; return x; }

Expr *ast_select(Pos p, Expr *e, AttrName *path, uint32_t n, Expr *def)
{
    NEW(ExprSelect, E_SELECT, p);
    x->e = e; x->path = path; x->n = n; x->def = def;
    return &x->h;
}

Expr *ast_hasattr(Pos p, Expr *e, AttrName *path, uint32_t n)
{
    NEW(ExprHasAttr, E_HASATTR, p);
    x->e = e; x->path = path; x->n = n;
    return &x->h;
}

ExprAttrs *ast_attrs(Pos p) { NEW(ExprAttrs, E_ATTRS, p); return x; }
Expr *ast_list(Pos p) { NEW(ExprList, E_LIST, p); return &x->h; }

void ast_list_push(ExprList *l, Expr *e)
{
    GROW(mem_arena, l->elems, l->n, l->cap, 4);
    l->elems[l->n++] = e;
}

Expr *ast_lambda(Pos p, Sym arg, bool has_formals, bool ellipsis, Formal *f, uint32_t nf, Expr *body)
{
    NEW(ExprLambda, E_LAMBDA, p);
    x->arg = arg; x->name = SYM_NONE; x->has_formals = has_formals; x->ellipsis = ellipsis;
    x->formals = f; x->nformals = nf; x->body = body;
    return &x->h;
}

Expr *ast_call(Pos p, Expr *fn) { NEW(ExprCall, E_CALL, p); x->fn = fn; return &x->h; }

void ast_call_push(ExprCall *c, Expr *arg)
{
    GROW(mem_arena, c->args, c->n, c->cap, 4);
    c->args[c->n++] = arg;
}

Expr *ast_call2(Pos p, Expr *fn, Expr *a, Expr *b)
{
    Expr *c = ast_call(p, fn);
    ast_call_push((ExprCall *)c, a);
    ast_call_push((ExprCall *)c, b);
    return c;
}

Expr *ast_let(Pos p, ExprAttrs *attrs, Expr *body) { NEW(ExprLet, E_LET, p); x->attrs = attrs; x->body = body; return &x->h; }
Expr *ast_with(Pos p, Expr *attrs, Expr *body) { NEW(ExprWith, E_WITH, p); x->attrs = attrs; x->body = body; return &x->h; }
Expr *ast_if(Pos p, Expr *c, Expr *t, Expr *e) { NEW(ExprIf, E_IF, p); x->cond = c; x->then = t; x->els = e; return &x->h; }
Expr *ast_assert(Pos p, Expr *c, Expr *body) { NEW(ExprAssert, E_ASSERT, p); x->cond = c; x->body = body; return &x->h; }
Expr *ast_not(Pos p, Expr *e) { NEW(ExprNot, E_NOT, p); x->e = e; return &x->h; }
Expr *ast_bin(ExprKind k, Pos p, Expr *a, Expr *b) { NEW(ExprBin, k, p); x->a = a; x->b = b; return &x->h; }

ExprConcat *ast_concat(Pos p, bool force_string)
{
    NEW(ExprConcat, E_CONCAT_STRINGS, p);
    x->force_string = force_string;
    return x;
}

void ast_concat_push(ExprConcat *c, Pos p, Expr *e)
{
    uint32_t cap = c->cap;
    GROW(mem_arena, c->parts, c->n, c->cap, 4);
    GROW(mem_arena, c->part_pos, c->n, cap, 4);
    c->parts[c->n] = e;
    c->part_pos[c->n++] = p;
}

void ast_path_push(AttrPath *p, Sym sym, Expr *e)
{
    GROW(mem_arena, p->names, p->n, p->cap, 4);
    p->names[p->n].sym = sym;
    p->names[p->n].pos = NO_POS;
    p->names[p->n++].expr = e;
}

/* ---- attribute sets ---- */

enum { INDEX_FROM = 16 };

static uint32_t sym_hash(Sym s) { return s * 2654435761u; }

static void index_insert(ExprAttrs *a, uint32_t i)
{
    uint32_t m = a->index_cap - 1, h = sym_hash(a->attrs[i].name) & m;
    while (a->index[h]) h = (h + 1) & m;
    a->index[h] = i + 1;
}

static void index_rebuild(ExprAttrs *a)
{
    a->index_cap = 64;
    while (a->index_cap < a->n * 2 + 2) a->index_cap *= 2;
    a->index = mem_arena(a->index_cap * sizeof *a->index);
    for (uint32_t i = 0; i < a->n; i++) index_insert(a, i);
}

AttrDef *ast_attrs_find(ExprAttrs *a, Sym name)
{
    if (!a->index) {
        for (uint32_t i = 0; i < a->n; i++)
            if (a->attrs[i].name == name) return &a->attrs[i];
        return NULL;
    }
    uint32_t m = a->index_cap - 1, h = sym_hash(name) & m;
    for (; a->index[h]; h = (h + 1) & m)
        if (a->attrs[a->index[h] - 1].name == name) return &a->attrs[a->index[h] - 1];
    return NULL;
}

AttrDef *ast_attrs_add(ExprAttrs *a, Sym name, Pos pos, Expr *e, bool inherited)
{
    GROW(mem_arena, a->attrs, a->n, a->cap, 4);
    AttrDef *d = &a->attrs[a->n++];
    d->name = name; d->pos = pos; d->e = e; d->inherited = inherited; d->slot = 0;
    if (a->n == INDEX_FROM || (a->index && a->n * 2 + 2 > a->index_cap)) index_rebuild(a);
    else if (a->index) index_insert(a, a->n - 1);
    return d;
}

void ast_attrs_add_dyn(ExprAttrs *a, Expr *name, Expr *value, Pos pos)
{
    GROW(mem_arena, a->dyn, a->ndyn, a->dyncap, 4);
    a->dyn[a->ndyn].name = name;
    a->dyn[a->ndyn].value = value;
    a->dyn[a->ndyn++].pos = pos;
}

static int cmp_attr(const void *x, const void *y)
{
    Sym a = ((const AttrDef *)x)->name, b = ((const AttrDef *)y)->name;
    return a < b ? -1 : a > b;
}

void ast_attrs_sort(ExprAttrs *a)
{
    if (a->n > 1) qsort(a->attrs, a->n, sizeof *a->attrs, cmp_attr);
    a->index = NULL; /* indices are stale after sorting; lookups now binary-search */
    a->index_cap = 0;
}
