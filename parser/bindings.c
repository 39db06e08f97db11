/* bindings.c: bindings in a syntax tree (bindings.h): one walk over the tree that keeps the
 * attribute path down to each binding and shows each binding to a visitor. */
#include "parser/bindings.h"
#include "base/buf.h"
#include "base/stack.h"

#include <string.h>

typedef struct Walk Walk;
struct Walk {
    const char *names[512];
    size_t depth, base;         /* the path is names[base..depth) */
    bool (*visit)(Walk *w, const AttrDef *d); /* true: stop */
    bool stop;
    const Expr *target;         /* bindings_find_value */
    const char *want;           /* bindings_at_path: the path; bindings_aliases: the name */
    Binding found, *exact;      /* found: the best so far; exact: the bindings of want */
    size_t found_len, nexact, max;
    const char **paths;         /* bindings_under */
    size_t *npaths;
};

static const char *walk_path(const Walk *w)
{
    Buf b = {0};
    for (size_t i = w->base; i < w->depth; i++) {
        if (i > w->base) buf_addc(&b, '.');
        buf_adds(&b, w->names[i]);
    }
    return buf_cstr(&b);
}

static void walk_expr(Walk *w, const Expr *e);

static void walk_binding(Walk *w, const char *name, const AttrDef *d, const Expr *value)
{
    if (w->stop || w->depth == sizeof w->names / sizeof w->names[0]) return;
    w->names[w->depth++] = name;
    if (d && w->visit(w, d)) w->stop = true;
    else if (!d || !d->inherited) walk_expr(w, value);
    w->depth--;
}

static void walk_attrs(Walk *w, const ExprAttrs *a, bool fresh)
{
    size_t base = w->base, depth = w->depth;
    if (fresh) w->base = w->depth;
    for (uint32_t i = 0; i < a->n && !w->stop; i++)
        walk_binding(w, sym_str(a->attrs[i].name), &a->attrs[i], a->attrs[i].e);
    for (uint32_t i = 0; i < a->ndyn && !w->stop; i++) {
        walk_expr(w, a->dyn[i].name);
        walk_binding(w, "${...}", NULL, a->dyn[i].value);
    }
    w->base = base;
    w->depth = depth;
}

static void walk_names(Walk *w, const AttrName *path, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (path[i].expr) walk_expr(w, path[i].expr);
}

static void walk_expr(Walk *w, const Expr *e)
{
    if (!e || w->stop) return;
    if (stack_low(64 << 10)) { w->stop = true; return; } /* a tree too deep: give up, no crash */
    switch ((ExprKind)e->kind) {
    case E_INT: case E_FLOAT: case E_STR: case E_PATH: case E_VAR: case E_CUR_POS: break;
    case E_SELECT: {
        const ExprSelect *s = (const ExprSelect *)e;
        walk_expr(w, s->e);
        walk_names(w, s->path, s->n);
        walk_expr(w, s->def);
        break;
    }
    case E_HASATTR: {
        const ExprHasAttr *h = (const ExprHasAttr *)e;
        walk_expr(w, h->e);
        walk_names(w, h->path, h->n);
        break;
    }
    case E_ATTRS: walk_attrs(w, (const ExprAttrs *)e, false); break;
    case E_LIST: {
        /* the elements of a module list (`imports`, `modules`) are modules: paths start there */
        const ExprList *l = (const ExprList *)e;
        size_t base = w->base;
        const char *last = w->depth > w->base ? w->names[w->depth - 1] : "";
        if (!strcmp(last, "imports") || !strcmp(last, "modules")) w->base = w->depth;
        for (uint32_t i = 0; i < l->n; i++) walk_expr(w, l->elems[i]);
        w->base = base;
        break;
    }
    case E_LAMBDA: {
        const ExprLambda *l = (const ExprLambda *)e;
        for (uint32_t i = 0; i < l->nformals; i++) walk_expr(w, l->formals[i].def);
        walk_expr(w, l->body);
        break;
    }
    case E_CALL: {
        const ExprCall *c = (const ExprCall *)e;
        walk_expr(w, c->fn);
        for (uint32_t i = 0; i < c->n; i++) walk_expr(w, c->args[i]);
        break;
    }
    case E_LET: {
        const ExprLet *l = (const ExprLet *)e;
        walk_attrs(w, l->attrs, true);
        walk_expr(w, l->body);
        break;
    }
    case E_WITH: walk_expr(w, ((const ExprWith *)e)->attrs); walk_expr(w, ((const ExprWith *)e)->body); break;
    case E_IF: {
        const ExprIf *i = (const ExprIf *)e;
        walk_expr(w, i->cond);
        walk_expr(w, i->then);
        walk_expr(w, i->els);
        break;
    }
    case E_ASSERT: walk_expr(w, ((const ExprAssert *)e)->cond); walk_expr(w, ((const ExprAssert *)e)->body); break;
    case E_NOT: walk_expr(w, ((const ExprNot *)e)->e); break;
    case E_EQ: case E_NEQ: case E_AND: case E_OR: case E_IMPL: case E_UPDATE: case E_CONCAT_LISTS:
        walk_expr(w, ((const ExprBin *)e)->a);
        walk_expr(w, ((const ExprBin *)e)->b);
        break;
    case E_CONCAT_STRINGS: {
        const ExprConcat *c = (const ExprConcat *)e;
        for (uint32_t i = 0; i < c->n; i++) walk_expr(w, c->parts[i]);
        break;
    }
    }
}

/* ---- the visitors ---- */

static bool visit_value(Walk *w, const AttrDef *d)
{
    if (!d->e || d->e->kind != w->target->kind || d->e->pos != w->target->pos) return false;
    w->found = (Binding){ walk_path(w), d };
    return true;
}

bool bindings_find_value(const Expr *root, const Expr *e, Binding *out)
{
    Walk w = { .visit = visit_value, .target = e };
    walk_expr(&w, root);
    *out = w.found;
    return w.found.path != NULL;
}

/* Does the binding's path name `want` ("a.b" or "config.a.b"), or a set above it? Returns the
 * number of characters of want it covers (0: neither). */
static size_t covers_path(const char *path, const char *want)
{
    if (!strncmp(path, "config.", 7) && strncmp(want, "config.", 7)) path += 7;
    size_t n = strlen(path);
    if (strncmp(want, path, n) || (want[n] && want[n] != '.')) return 0;
    return n;
}

static bool visit_path(Walk *w, const AttrDef *d)
{
    const char *path = walk_path(w);
    size_t n = covers_path(path, w->want);
    if (n > w->found_len) {
        w->found_len = n;
        w->found = (Binding){ path, d };
    }
    if (n && !w->want[n] && w->nexact < w->max) {
        /* in the order of the source (the tree keeps a set's names in symbol order) */
        size_t i = w->nexact++;
        for (; i > 0 && w->exact[i - 1].def->pos > d->pos; i--) w->exact[i] = w->exact[i - 1];
        w->exact[i] = (Binding){ path, d };
    }
    return false;
}

size_t bindings_at_path(const Expr *root, const char *path, Binding *exact, size_t max, Binding *deepest)
{
    Walk w = { .visit = visit_path, .want = path, .exact = exact, .max = max };
    walk_expr(&w, root);
    *deepest = w.found;
    return w.nexact;
}

static bool visit_alias(Walk *w, const AttrDef *d)
{
    if (d->inherited || !d->e || d->e->kind != E_VAR || strcmp(sym_str(d->name), w->want)) return false;
    if (!w->nexact++) w->found = (Binding){ walk_path(w), d };
    return false;
}

size_t bindings_aliases(const Expr *root, const char *name, Binding *out)
{
    Walk w = { .visit = visit_alias, .want = name };
    walk_expr(&w, root);
    *out = w.found;
    return w.nexact;
}

static bool visit_under(Walk *w, const AttrDef *d)
{
    const char *path = walk_path(w);
    size_t n = strlen(w->want);
    if (strncmp(path, w->want, n) || *w->npaths == w->max) return false;
    w->paths[(*w->npaths)++] = path + n;
    return false;
}

void bindings_under(const Expr *root, const char *prefix, const char **paths, size_t *n, size_t max)
{
    Walk w = { .visit = visit_under, .want = prefix, .paths = paths, .npaths = n, .max = max };
    walk_expr(&w, root);
}
