/* compile.c: nixel's resolved syntax tree to the prototype's nodes, once, before evaluation.
 * Each construct of the subset gets the most specialised node its shape allows; anything
 * else is refused with "not in the prototype's subset", at its position. */
#include <string.h>

#include "base/mem.h"
#include "base/symtab.h"
#include "bench/design/proto.h"

bool compile_no_eager;

static _Noreturn void outside_subset(const Expr *e, const char *what)
{
    fail(e->pos, "not in the prototype's subset: %s", what);
}

static const char *construct_name(const Expr *e)
{
    switch ((ExprKind)e->kind) {
    case E_FLOAT: return "a float";
    case E_PATH: return "a path";
    case E_WITH: return "`with`";
    case E_ASSERT: return "`assert`";
    case E_IMPL: return "`->`";
    case E_CONCAT_LISTS: return "`++`";
    case E_CUR_POS: return "__curPos";
    default: return "this construct";
    }
}

static Node *node_new(RunFn *run, Pos pos)
{
    Node *n = mem_arena(sizeof *n);
    n->run = run;
    n->delay = delay_thunk;
    n->pos = pos;
    return n;
}

static Node *const_node(Val v, Pos pos)
{
    Node *n = node_new(run_const, pos);
    n->delay = delay_const;
    n->konst = v;
    return n;
}

static bool is_int(const Expr *e) { return e->kind == E_INT; }
static int64_t int_of(const Expr *e) { return ((const ExprInt *)e)->n; }

/* A variable of the program (not a builtin, not from a `with`). */
static bool is_local_var(const Expr *e)
{
    const ExprVar *v = (const ExprVar *)e;
    return e->kind == E_VAR && !v->from_with && !v->in_base;
}

/* The builtin a name of the base environment means, if it is in the subset. */
static const Prim *base_prim(const ExprVar *v)
{
    const char *name = sym_str(v->name);
    return prim_find(strncmp(name, "__", 2) == 0 ? name + 2 : name);
}

/* builtins.NAME, when `builtins` is the base's. */
static const Prim *builtins_select(const Expr *e)
{
    if (e->kind != E_SELECT) return NULL;
    const ExprSelect *s = (const ExprSelect *)e;
    if (s->def || s->n != 1 || s->path[0].sym == SYM_NONE || s->e->kind != E_VAR) return NULL;
    const ExprVar *v = (const ExprVar *)s->e;
    if (!v->in_base || strcmp(sym_str(v->name), "builtins") != 0) return NULL;
    return prim_find(sym_str(s->path[0].sym));
}

/* The primop an expression denotes at compile time, if any. */
static const Prim *static_prim(const Expr *e)
{
    if (e->kind == E_VAR && ((const ExprVar *)e)->in_base) return base_prim((const ExprVar *)e);
    return builtins_select(e);
}

static const Node *compile_var(const ExprVar *v)
{
    const Expr *e = &v->h;
    if (v->from_with) outside_subset(e, "a variable from `with`");
    if (v->in_base) {
        const char *name = sym_str(v->name);
        if (!strcmp(name, "true")) return const_node(mk_bool(true), e->pos);
        if (!strcmp(name, "false")) return const_node(mk_bool(false), e->pos);
        if (!strcmp(name, "null")) return const_node((Val){ .tag = V_NULL }, e->pos);
        const Prim *p = base_prim(v);
        if (!p) fail(e->pos, "not in the prototype's subset: the builtin %s", name);
        return const_node((Val){ .tag = V_PRIM, .prim = p }, e->pos);
    }
    static RunFn *const runs[] = { run_var0, run_var1 }, *const delays[] = { delay_var0, delay_var1 };
    Node *n = node_new(v->level < 2 ? runs[v->level] : run_var, e->pos);
    n->delay = v->level < 2 ? delays[v->level] : delay_var;
    n->level = v->level;
    n->slot = v->slot;
    return n;
}

static const Node *compile_lambda(const ExprLambda *l)
{
    Lambda *code = mem_arena(sizeof *code);
    code->pos = l->h.pos;
    if (l->has_formals) {
        code->has_formals = true;
        code->ellipsis = l->ellipsis;
        code->has_arg = l->arg != SYM_NONE;
        code->nformals = l->nformals;
        Sym *names = mem_arena((l->nformals ? l->nformals : 1) * sizeof *names);
        const Node **defs = mem_arena((l->nformals ? l->nformals : 1) * sizeof *defs);
        for (uint32_t i = 0; i < l->nformals; i++) {
            names[i] = l->formals[i].name;
            defs[i] = l->formals[i].def ? compile(l->formals[i].def) : NULL;
        }
        code->formal_names = names;
        code->formal_defs = defs;
    }
    code->body = compile(l->body);
    Node *n = node_new(run_lambda, l->h.pos);
    n->p = code;
    return n;
}

static Node *binary(RunFn *run, Pos pos, const Expr *a, const Expr *b)
{
    Node *n = node_new(run, pos);
    n->a = compile(a);
    n->b = b ? compile(b) : NULL;
    return n;
}

/* x OP k: the literal decoded into the node; an argument `x - k` or `x + k` of a variable
 * is computed at once when x is evaluated (delay_*_var_k). */
static Node *with_literal(RunFn *run, RunFn *eager, Pos pos, const Expr *x, int64_t k)
{
    Node *n = binary(run, pos, x, NULL);
    n->k = k;
    if (eager && is_local_var(x) && !compile_no_eager) n->delay = eager;
    return n;
}

static const Node *compile_sub(Pos pos, const Expr *a, const Expr *b)
{
    if (is_int(b)) return with_literal(run_sub_k, delay_sub_var_k, pos, a, int_of(b));
    return binary(run_sub, pos, a, b);
}

static const Node *compile_lt(Pos pos, const Expr *a, const Expr *b)
{
    if (is_int(b)) return with_literal(run_lt_k, NULL, pos, a, int_of(b));
    return binary(run_lt, pos, a, b);
}

static const Node **compile_args(Expr *const *args, uint32_t n)
{
    const Node **out = mem_arena((n ? n : 1) * sizeof *out);
    for (uint32_t i = 0; i < n; i++) out[i] = compile(args[i]);
    return out;
}

/* a + b of two expressions: a literal on either side goes into the node. */
static const Node *compile_add(Pos pos, const Expr *a, const Expr *b)
{
    if (is_int(b)) return with_literal(run_add_k, delay_add_var_k, pos, a, int_of(b));
    if (is_int(a)) {
        Node *n = with_literal(run_add_k, delay_add_var_k, pos, b, int_of(a));
        n->slot = 1;    /* the literal was on the left */
        return n;
    }
    return binary(run_add, pos, a, b);
}

/* (...) + b, the sum so far on the left. */
static const Node *add_to(Pos pos, const Node *sum, const Expr *b)
{
    Node *n = node_new(is_int(b) ? run_add_k : run_add, pos);
    n->a = sum;
    if (is_int(b)) n->k = int_of(b);
    else n->b = compile(b);
    return n;
}

/* a + b + ...: Nix's ExprConcatStrings without forced strings; the subset adds integers. */
static const Node *compile_interp(const ExprConcat *c)
{
    Node *n = node_new(run_interp, c->h.pos);
    n->args = compile_args(c->parts, c->n);
    n->nargs = c->n;
    return n;
}

static const Node *compile_plus(const ExprConcat *c)
{
    if (c->force_string) return compile_interp(c);
    if (c->n == 1) return compile(c->parts[0]);
    const Node *sum = compile_add(c->h.pos, c->parts[0], c->parts[1]);
    for (uint32_t i = 2; i < c->n; i++) sum = add_to(c->h.pos, sum, c->parts[i]);
    return sum;
}

/* Calls: the arithmetic the parser wrote as calls of __sub, __mul and __lessThan; a
 * builtin with all its arguments; a variable with one argument; the rest. */
static const Node *compile_call(const ExprCall *c)
{
    Pos pos = c->h.pos;
    const Prim *p = static_prim(c->fn);
    if (p && c->n == 2 && c->fn->kind == E_VAR) {
        const char *name = p->name;
        if (!strcmp(name, "sub")) return compile_sub(pos, c->args[0], c->args[1]);
        if (!strcmp(name, "mul")) {
            if (is_int(c->args[1])) return with_literal(run_mul_k, NULL, pos, c->args[0], int_of(c->args[1]));
            return binary(run_mul, pos, c->args[0], c->args[1]);
        }
        if (!strcmp(name, "lessThan")) return compile_lt(pos, c->args[0], c->args[1]);
    }
    RunFn *run = run_call;
    if (p && c->n == p->arity) run = run_call_prim;
    else if (c->n == 1 && is_local_var(c->fn)) run = run_call1_var;
    Node *n = node_new(run, pos);
    n->args = compile_args(c->args, c->n);
    n->nargs = c->n;
    if (run == run_call_prim) n->p = p;
    else if (run == run_call1_var) {
        n->level = ((const ExprVar *)c->fn)->level;
        n->slot = ((const ExprVar *)c->fn)->slot;
    } else n->a = compile(c->fn);
    return n;
}

/* A binding that is a variable of the same `let` (`let x = y; y = 1;`, `let x = x;`) would
 * read a slot not filled yet: Nix's maybeThunk makes a thunk when the slot is still empty,
 * so such a binding always gets one (forcing it then finds the blackhole of `let x = x;`). */
static const Node *compile_let_binding(const AttrDef *d)
{
    const Node *b = compile(d->e);
    if (d->inherited || d->e->kind != E_VAR || ((const ExprVar *)d->e)->level != 0) return b;
    Node *t = mem_arena(sizeof *t);
    *t = *b;
    t->delay = delay_thunk;
    return t;
}

static const Node *compile_let(const ExprLet *l)
{
    const ExprAttrs *a = l->attrs;
    if (a->ndyn) outside_subset(&l->h, "a dynamic attribute");
    Node *n = node_new(run_let, l->h.pos);
    const Node **binds = mem_arena((a->n ? a->n : 1) * sizeof *binds);
    bool *inherited = mem_arena(a->n ? a->n : 1);
    for (uint32_t i = 0; i < a->n; i++) {
        const AttrDef *d = &a->attrs[i];
        binds[d->slot] = compile_let_binding(d);
        inherited[d->slot] = d->inherited;
    }
    n->args = binds;
    n->nargs = a->n;
    n->p = inherited;
    n->a = compile(l->body);
    return n;
}

static const Node *compile_if(const ExprIf *i)
{
    Node *n = binary(run_if, i->h.pos, i->cond, i->then);
    n->c = compile(i->els);
    return n;
}

static const Node *compile_eq(const ExprBin *b, bool neq)
{
    const Expr *x = b->a, *k = b->b;
    if (is_int(x) && !is_int(k)) { x = b->b; k = b->a; }   /* == is symmetric */
    if (is_int(k)) return with_literal(neq ? run_neq_k : run_eq_k, NULL, b->h.pos, x, int_of(k));
    return binary(neq ? run_neq : run_eq, b->h.pos, b->a, b->b);
}

static const Node *compile_list(const ExprList *l)
{
    Node *n = node_new(run_list, l->h.pos);
    n->args = compile_args(l->elems, l->n);
    n->nargs = l->n;
    return n;
}

static const Node *compile_attrs(const ExprAttrs *a)
{
    AttrsCode *code = mem_arena(sizeof *code);
    uint32_t n = a->n, nd = a->ndyn;
    Sym *names = mem_arena((n ? n : 1) * sizeof *names);
    const Node **values = mem_arena((n ? n : 1) * sizeof *values);
    bool *inherited = mem_arena(n ? n : 1);
    for (uint32_t i = 0; i < n; i++) {
        const AttrDef *d = &a->attrs[i];
        names[i] = d->name;
        values[i] = a->rec ? compile_let_binding(d) : compile(d->e);
        inherited[i] = d->inherited;
    }
    const Node **dn = mem_arena((nd ? nd : 1) * sizeof *dn), **dv = mem_arena((nd ? nd : 1) * sizeof *dv);
    for (uint32_t i = 0; i < nd; i++) {
        dn[i] = compile(a->dyn[i].name);
        dv[i] = compile(a->dyn[i].value);
    }
    *code = (AttrsCode){ n, nd, names, values, inherited, dn, dv };
    Node *node = node_new(a->rec ? run_rec_attrs : run_attrs, a->h.pos);
    node->p = code;
    return node;
}

static const PathPart *compile_path(const AttrName *path, uint32_t n)
{
    PathPart *parts = mem_arena((n ? n : 1) * sizeof *parts);
    for (uint32_t i = 0; i < n; i++) {
        parts[i].sym = path[i].sym;
        parts[i].dyn = path[i].sym == SYM_NONE ? compile(path[i].expr) : NULL;
    }
    return parts;
}

static const Node *compile_select(const ExprSelect *s)
{
    const Prim *p = builtins_select(&s->h);
    if (p) return const_node((Val){ .tag = V_PRIM, .prim = p }, s->h.pos);
    if (s->e->kind == E_VAR && ((const ExprVar *)s->e)->in_base &&
        !strcmp(sym_str(((const ExprVar *)s->e)->name), "builtins"))
        outside_subset(&s->h, "a builtin outside the prototype's subset");
    bool one = s->n == 1 && !s->def && s->path[0].sym != SYM_NONE;
    Node *n = node_new(one ? run_select1 : run_select, s->h.pos);
    n->a = compile(s->e);
    if (one) n->k = s->path[0].sym;
    else {
        n->p = compile_path(s->path, s->n);
        n->nargs = s->n;
        n->b = s->def ? compile(s->def) : NULL;
    }
    return n;
}

static const Node *compile_has_attr(const ExprHasAttr *h)
{
    Node *n = node_new(run_has_attr, h->h.pos);
    n->a = compile(h->e);
    n->p = compile_path(h->path, h->n);
    n->nargs = h->n;
    return n;
}

const Node *compile(const Expr *e)
{
    switch ((ExprKind)e->kind) {
    case E_INT: return const_node(mk_int(int_of(e)), e->pos);
    case E_VAR: return compile_var((const ExprVar *)e);
    case E_STR: {
        const ExprStr *str = (const ExprStr *)e;
        return const_node(mk_str(str->s, str->len), e->pos);
    }
    case E_SELECT: return compile_select((const ExprSelect *)e);
    case E_HASATTR: return compile_has_attr((const ExprHasAttr *)e);
    case E_ATTRS: return compile_attrs((const ExprAttrs *)e);
    case E_UPDATE: return binary(run_update, e->pos, ((const ExprBin *)e)->a, ((const ExprBin *)e)->b);
    case E_LAMBDA: return compile_lambda((const ExprLambda *)e);
    case E_CALL: return compile_call((const ExprCall *)e);
    case E_LET: return compile_let((const ExprLet *)e);
    case E_IF: return compile_if((const ExprIf *)e);
    case E_NOT: return binary(run_not, e->pos, ((const ExprNot *)e)->e, NULL);
    case E_AND: return binary(run_and, e->pos, ((const ExprBin *)e)->a, ((const ExprBin *)e)->b);
    case E_OR: return binary(run_or, e->pos, ((const ExprBin *)e)->a, ((const ExprBin *)e)->b);
    case E_EQ: return compile_eq((const ExprBin *)e, false);
    case E_NEQ: return compile_eq((const ExprBin *)e, true);
    case E_LIST: return compile_list((const ExprList *)e);
    case E_CONCAT_STRINGS: return compile_plus((const ExprConcat *)e);
    default: outside_subset(e, construct_name(e));
    }
}
