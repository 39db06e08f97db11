/* walk.c: a preorder walk over a syntax tree (see walk.h). */
#include "parser/walk.h"

static void walk_path(const AttrName *path, uint32_t n, AstVisit *visit, void *ctx)
{
    for (uint32_t i = 0; i < n; i++)
        if (path[i].expr) ast_walk(path[i].expr, visit, ctx);
}

static void walk_all(Expr **es, uint32_t n, AstVisit *visit, void *ctx)
{
    for (uint32_t i = 0; i < n; i++) ast_walk(es[i], visit, ctx);
}

static void walk_attrs(ExprAttrs *a, AstVisit *visit, void *ctx)
{
    for (uint32_t i = 0; i < a->n; i++) ast_walk(a->attrs[i].e, visit, ctx);
    for (uint32_t i = 0; i < a->ndyn; i++) {
        ast_walk(a->dyn[i].name, visit, ctx);
        ast_walk(a->dyn[i].value, visit, ctx);
    }
}

void ast_walk(Expr *e, AstVisit *visit, void *ctx)
{
    visit(e, ctx);
    switch ((ExprKind)e->kind) {
    case E_INT: case E_FLOAT: case E_STR: case E_PATH: case E_CUR_POS: case E_VAR:
        return;
    case E_SELECT: {
        ExprSelect *s = (ExprSelect *)e;
        ast_walk(s->e, visit, ctx);
        walk_path(s->path, s->n, visit, ctx);
        if (s->def) ast_walk(s->def, visit, ctx);
        return;
    }
    case E_HASATTR: {
        ExprHasAttr *h = (ExprHasAttr *)e;
        ast_walk(h->e, visit, ctx);
        walk_path(h->path, h->n, visit, ctx);
        return;
    }
    case E_ATTRS: walk_attrs((ExprAttrs *)e, visit, ctx); return;
    case E_LIST: walk_all(((ExprList *)e)->elems, ((ExprList *)e)->n, visit, ctx); return;
    case E_LAMBDA: {
        ExprLambda *l = (ExprLambda *)e;
        for (uint32_t i = 0; i < l->nformals; i++)
            if (l->formals[i].def) ast_walk(l->formals[i].def, visit, ctx);
        ast_walk(l->body, visit, ctx);
        return;
    }
    case E_CALL: {
        ExprCall *c = (ExprCall *)e;
        ast_walk(c->fn, visit, ctx);
        walk_all(c->args, c->n, visit, ctx);
        return;
    }
    case E_LET:
        walk_attrs(((ExprLet *)e)->attrs, visit, ctx);
        ast_walk(((ExprLet *)e)->body, visit, ctx);
        return;
    case E_WITH:
        ast_walk(((ExprWith *)e)->attrs, visit, ctx);
        ast_walk(((ExprWith *)e)->body, visit, ctx);
        return;
    case E_IF:
        ast_walk(((ExprIf *)e)->cond, visit, ctx);
        ast_walk(((ExprIf *)e)->then, visit, ctx);
        ast_walk(((ExprIf *)e)->els, visit, ctx);
        return;
    case E_ASSERT:
        ast_walk(((ExprAssert *)e)->cond, visit, ctx);
        ast_walk(((ExprAssert *)e)->body, visit, ctx);
        return;
    case E_NOT: ast_walk(((ExprNot *)e)->e, visit, ctx); return;
    case E_EQ: case E_NEQ: case E_AND: case E_OR: case E_IMPL: case E_UPDATE: case E_CONCAT_LISTS:
        ast_walk(((ExprBin *)e)->a, visit, ctx);
        ast_walk(((ExprBin *)e)->b, visit, ctx);
        return;
    case E_CONCAT_STRINGS:
        walk_all(((ExprConcat *)e)->parts, ((ExprConcat *)e)->n, visit, ctx);
        return;
    }
}
