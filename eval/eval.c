/* eval.c: evaluating expressions, forcing thunks, calling functions.
 *
 * A tree walker: eval_expr computes an expression's value (weak head normal form) into a
 * caller-owned Value. Arguments and bindings are not evaluated but wrapped in thunks,
 * except where the value is already known (variables, literals), as CppNix's maybeThunk
 * does. Forcing a thunk black-holes it first, so re-entering it is an infinite recursion;
 * if an error unwinds past it, it is restored (eval_unwind_to). */
#include "eval/eval.h"
#include "base/diag.h"
#include "eval/observe.h"
#include "base/mem.h"
#include "parser/source.h"
#include "parser/show.h"
#include "base/grow.h"
#include "base/ptrset.h"

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- forcing ---- */

static inline __attribute__((always_inline)) void push_forcing(State *st, Value *v)
{
    GROW(mem_alloc, st->forcing, st->nforcing, st->cap_forcing, 1024);
    st->forcing[st->nforcing++] = v;
}

/* Evaluates a thunk in place, black-holed meanwhile; made twice, as call_function is. */
static inline __attribute__((always_inline)) void force_thunk(State *st, Value *v, Pos pos, const bool hooks)
{
    push_forcing(st, v);
    v->was = T_THUNK;
    v->type = T_BLACKHOLE;
    /* The black hole keeps the payload: read at the call, environment and expression take
     * no registers to keep across the push (eval_force_slow's frame, which every level of a
     * recursion through thunks holds: 64 -> 48 bytes). */
    if (hooks) observe_force_begin(st, v, v->thunk.env, v->thunk.expr);
    eval_enter(st, pos);
    eval_expr(st, v->thunk.env, v->thunk.expr, v);
    eval_leave(st);
    st->nforcing--;
    if (hooks) observe_force_end(st, v);
}

__attribute__((noinline)) static void force_thunk_observed(State *st, Value *v, Pos pos)
{
    force_thunk(st, v, pos, true);
}

/* Applications are not marked while they run, as in Nix 2.8: one that needs its own value
 * recurses until the stack runs out ("stack overflow"), not "infinite recursion". Nor do
 * they have a call site (Nix 2.8 calls them with no position). Out of eval_force_slow, which
 * is on every cycle of non-tail recursion through a thunk: its two values took 64 bytes of
 * each such level (eval_force_slow's frame: 128 -> 64 bytes). */
__attribute__((noinline)) static void force_app(State *st, Value *v)
{
    Value argv, *arg = v->app.arg, res;
    Value *fn = v->type == T_APP ? v->app.fn : v->app_int.fn;
    if (v->type == T_APP_INT) {
        set_int(&argv, v->app_int.arg);
        arg = &argv;
    }
    call_function(st, fn, 1, &arg, &res, NO_POS);
#ifdef __SANITIZE_ADDRESS__
    memset(&argv, 0xa5, sizeof argv); /* dead now; see call_function */
#endif
    *v = res;
}

void eval_force_slow(State *st, Value *v, Pos pos)
{
    switch (v->type) {
    case T_THUNK:
        if (unlikely(st->observer)) force_thunk_observed(st, v, pos);
        else force_thunk(st, v, pos, false);
        break;
    case T_APP: case T_APP_INT:
        force_app(st, v);
        break;
    case T_EAGER: /* computed already; now it is seen as forced */
        v->type = v->was;
        break;
    case T_BLACKHOLE:
        eval_infinite_recursion(st, v, pos);
    default:
        break;
    }
}

int64_t force_int(State *st, Value *v, Pos pos)
{
    force(st, v, pos);
    if (v->type != T_INT) eval_error(st, ERR_TYPE, pos, "value is %s while an integer was expected", show_type(v));
    return v->i;
}

double force_float(State *st, Value *v, Pos pos)
{
    force(st, v, pos);
    if (v->type == T_INT) return (double)v->i;
    if (v->type != T_FLOAT) eval_error(st, ERR_TYPE, pos, "value is %s while a float was expected", show_type(v));
    return v->f;
}

bool force_bool(State *st, Value *v, Pos pos)
{
    force(st, v, pos);
    if (v->type != T_BOOL) eval_error(st, ERR_TYPE, pos, "value is %s while a Boolean was expected", show_type(v));
    return v->b;
}

Attrs *force_attrs(State *st, Value *v, Pos pos)
{
    force(st, v, pos);
    if (v->type != T_ATTRS) eval_error(st, ERR_TYPE, pos, "value is %s while a set was expected", show_type(v));
    return v->attrs;
}

Value **force_list(State *st, Value *v, Pos pos, uint32_t *n)
{
    force(st, v, pos);
    if (v->type != T_LIST) eval_error(st, ERR_TYPE, pos, "value is %s while a list was expected", show_type(v));
    *n = v->len;
    return v->list;
}

void force_function(State *st, Value *v, Pos pos)
{
    force(st, v, pos);
    if (v->type == T_LAMBDA || v->type == T_PRIMOP || v->type == T_PRIMOP_APP) return;
    if (v->type == T_ATTRS && attrs_find(v->attrs, st->s_functor)) return;
    eval_error(st, ERR_TYPE, pos, "value is %s while a function was expected", show_type(v));
}

const char *force_string(State *st, Value *v, Pos pos, size_t *len)
{
    force(st, v, pos);
    if (v->type != T_STRING) eval_error(st, ERR_TYPE, pos, "value is %s while a string was expected", show_type(v));
    if (len) *len = v->len;
    return v->str.s;
}

const char *force_string_ctx(State *st, Value *v, Pos pos, size_t *len, Context **ctx)
{
    const char *s = force_string(st, v, pos, len);
    *ctx = ctx_union(*ctx, v->str.ctx);
    return s;
}

const char *force_string_noctx(State *st, Value *v, Pos pos, size_t *len)
{
    const char *s = force_string(st, v, pos, len);
    if (v->str.ctx)
        eval_error(st, ERR_EVAL, pos, "the string '%s' is not allowed to refer to a store path (such as '%s')",
                   s, v->str.ctx->items[0]);
    return s;
}

/* Nix 2.8 forces each value here without a position: an infinite recursion found by --strict
 * or deepSeq has none. */
static void force_deep_rec(State *st, Value *v, PtrSet *seen)
{
    if (!ptrset_add(seen, v)) return;
    force(st, v, NO_POS);
    eval_enter(st, NO_POS);
    if (v->type == T_ATTRS) {
        Attrs *a = v->attrs;
        /* every attribute gets its frame, also one without a position (tryEval's value) */
        for (uint32_t i = 0; i < a->n; i++) {
            eval_push_frame(st, (Frame){ FR_ATTR_SYM, a->a[i].pos, 0, (void *)(uintptr_t)a->a[i].name, 0 });
            force_deep_rec(st, a->a[i].value, seen);
            eval_pop_frame(st);
        }
    } else if (v->type == T_LIST) {
        for (uint32_t i = 0; i < v->len; i++) force_deep_rec(st, v->list[i], seen);
    }
    eval_leave(st);
}

void force_deep(State *st, Value *v)
{
    PtrSet seen = {0}; /* CppNix's forceValueDeep keeps one, so cyclic structures end */
    force_deep_rec(st, v, &seen);
}

/* ---- thunks for subexpressions ---- */

static inline Value *lookup_var(State *st, Env *env, ExprVar *var, bool no_eval);

static Value *literal_value(Expr *e)
{
    switch (e->kind) {
    case E_INT: {
        ExprInt *x = (ExprInt *)e;
        if (!x->value) x->value = val_int(x->n);
        return x->value;
    }
    case E_FLOAT: {
        ExprFloat *x = (ExprFloat *)e;
        if (!x->value) x->value = val_float(x->f);
        return x->value;
    }
    case E_STR: {
        ExprStr *s = (ExprStr *)e;
        if (!s->value) s->value = val_string(s->s, s->len, NULL);
        return s->value;
    }
    case E_PATH: {
        ExprPath *p = (ExprPath *)e;
        if (!p->value) p->value = val_path(p->s, p->len);
        return p->value;
    }
    default: return NULL;
    }
}

/* CppNix's maybeThunk: a value for e in env without evaluating it. */
/* Integer `+`, `-`, `*` and `<` done in place (Nix 2.8 wraps on overflow). False when fn
 * is another builtin, or when the result overflows and today's Nix's semantics are asked
 * for: then the builtin itself reports it. */
static inline bool int_prim(const State *st, PrimFn *fn, int64_t a, int64_t b, Value *out)
{
    int64_t r;
    if (fn == eval_lessThan) { set_bool(out, a < b); return true; }
    if (fn == eval_sub) { if (unlikely(__builtin_sub_overflow(a, b, &r)) && eval_compat_current(st)) return false; }
    else if (fn == eval_add) { if (unlikely(__builtin_add_overflow(a, b, &r)) && eval_compat_current(st)) return false; }
    else if (fn == eval_mul) { if (unlikely(__builtin_mul_overflow(a, b, &r)) && eval_compat_current(st)) return false; }
    else return false;
    set_int(out, r);
    return true;
}

/* The builtin's value a call `f a b` names when f is the base environment's (`a - b` is a
 * call of __sub), or NULL. */
static inline const Value *base_primop(State *st, ExprCall *e)
{
    if (e->fn->kind != E_VAR || !((ExprVar *)e->fn)->in_base) return NULL;
    Value *f = st->base_env->slots[((ExprVar *)e->fn)->slot];
    return f->type == T_PRIMOP ? f : NULL;
}

/* An argument such as `n - 1` where n is already an integer: computing it now cannot fail,
 * loop or print anything, and it costs much less than a thunk. The result is a T_EAGER
 * value, which prints as unevaluated (as Nix's thunk would, in `--eval` without --strict or
 * builtins.trace) until something forces it. False when the operands are anything else. */
static bool eager_int_arith(State *st, Env *env, ExprCall *e, Value *out)
{
    if (e->n != 2 || unlikely(st->trace_calls)) return false;   /* traced: every call as Nix makes it */
    const Value *fn = base_primop(st, e);
    if (!fn) return false;
    int64_t x[2];
    for (int i = 0; i < 2; i++) {
        Expr *a = e->args[i];
        if (a->kind == E_INT) {
            x[i] = ((ExprInt *)a)->n;
        } else if (a->kind == E_VAR && !((ExprVar *)a)->from_with) {
            /* NULL: a `let` or `rec` binding not made yet */
            Value *v = lookup_var(st, env, (ExprVar *)a, true);
            if (!v || (v->type != T_INT && (v->type != T_EAGER || v->was != T_INT))) return false;
            x[i] = v->i;
        } else {
            return false;
        }
    }
    if (!int_prim(st, fn->primop->fn, x[0], x[1], out)) return false;
    out->was = out->type;
    out->type = T_EAGER;
    return true;
}

static Value *make_thunk(State *st, Env *env, Expr *e)
{
    switch (e->kind) {
    case E_VAR: {
        Value *v = lookup_var(st, env, (ExprVar *)e, true);
        if (v) return val_keep(v);
        break;
    }
    case E_STR: case E_PATH: case E_INT: case E_FLOAT:
        return literal_value(e);
    case E_CALL: {
        Value r;
        if (!eager_int_arith(st, env, (ExprCall *)e, &r)) break;
        Value *v = val_alloc();
        *v = r;
        return v;
    }
    default: break; /* even lambdas: unforced, they print as <CODE> */
    }
    return val_thunk(env, e);
}

/* ---- variables ---- */

/* A variable from a `with`: the innermost `with` whose set has it. The sets of the `with`s
 * looked in are evaluated by then and never change, nor do the environments' links up, so
 * each variable keeps its last answer (nixpkgs' lib opens up to seven `with`s of big sets
 * around a module's functions, and each lookup searched them all in turn). The answer holds
 * for the same innermost `with` environment: the key is that environment if it is on the
 * heap. On the C stack its address is soon another's; there the key is the set, if the
 * variable was found in it (the answer is then that set's attribute whatever environment
 * holds it), else there is none. The variable's node keeps its key alive, so its address
 * cannot be reused by another. */
typedef struct { const void *key; Value *value; } WithCache;

/* A `with` environment, or its copy on the heap if it has one: on the C stack (eval_with),
 * the environment is copied when a thunk or closure keeps it, and the set must then be
 * evaluated once for both (a `builtins.trace` in it prints once). */
static inline Env *with_env(Env *env)
{
    Env *copy = env->on_stack ? *stack_env_copy(env) : NULL;
    return copy ? copy : env;
}

__attribute__((noinline)) static Value *lookup_with(State *st, Env *env, ExprVar *var, bool no_eval)
{
    WithCache *c = var->with_cache;
    if (c && c->key == env) goto cached;
    env = with_env(env);
    if (c && (c->key == env || (env->on_stack && env->kind == ENV_WITH_ATTRS && c->key == env->slots[0]->attrs)))
        goto cached;
    Env *start = env;
    for (;;) {
        if (env->kind == ENV_WITH_EXPR) {
            if (no_eval) return NULL;
            Value *v = val_alloc();
            eval_expr(st, env->up, (Expr *)env->slots[0], v);
            if (v->type != T_ATTRS)
                eval_error(st, ERR_TYPE, NO_POS, "value is %s while a set was expected", show_type(v));
            env->slots[0] = v;
            env->kind = ENV_WITH_ATTRS;
        }
        Attrs *set = env->slots[0]->attrs;
        Attr *a = attrs_find(set, var->name);
        if (a) {
            if (unlikely(st->observer) && !no_eval) observe_with_found(st, var, a->value);
            const void *key = !start->on_stack ? start : env == start ? (const void *)set : NULL;
            if (key) {
                if (!c) var->with_cache = c = mem_arena(sizeof *c);
                *c = (WithCache){ key, a->value };
            }
            return a->value;
        }
        if (!env->prev_with) {
            Buf b = {0};
            show_id(&b, var->name);
            eval_error(st, ERR_UNDEFINED_VAR, var->h.pos, "undefined variable '%s'", buf_cstr(&b));
        }
        for (uint32_t l = env->prev_with; l; l--) env = env->up;
        env = with_env(env);
    }
cached:
    if (unlikely(st->observer) && !no_eval) observe_with_found(st, var, c->value);
    return c->value;
}

static inline Value *lookup_var(State *st, Env *env, ExprVar *var, bool no_eval)
{
    if (var->in_base) return st->base_env->slots[var->slot]; /* no need to walk up */
    for (uint32_t l = var->level; l; l--) env = env->up;
    if (!var->from_with) return env->slots[var->slot];
    return lookup_with(st, env, var, no_eval);
}

/* eval_expr for the commonest leaves (variables and literals) without a call of it:
 * used where operands are evaluated. */
static inline void eval_operand(State *st, Env *env, Expr *e, Value *out)
{
    if (e->kind == E_VAR) {
        Value *v = lookup_var(st, env, (ExprVar *)e, false);
        force(st, v, e->pos);
        *out = *v;
    } else if (e->kind == E_INT) {
        set_int(out, ((ExprInt *)e)->n);
    } else {
        eval_expr(st, env, e, out);
    }
}

/* ---- attribute sets ---- */

static Sym attr_name(State *st, Env *env, AttrName *n, Pos pos)
{
    if (n->sym != SYM_NONE) return n->sym;
    (void)pos;
    Value v;
    eval_expr(st, env, n->expr, &v);
    size_t len;
    const char *s = force_string_noctx(st, &v, NO_POS, &len);
    return sym_intern(s, len);
}

/* The set's own attributes, unevaluated (nothing here can fail or run code). For a `rec`,
 * *dyn_env becomes its environment and *over its __overrides attribute (else NULL). */
static Attrs *attrs_static_part(State *st, Env *env, ExprAttrs *e, Env **dyn_env, Attr **over)
{
    Attrs *a = attrs_alloc(e->n + e->ndyn);
    a->pos = e->h.pos;
    *dyn_env = env;
    *over = NULL;
    if (!e->rec) {
        for (uint32_t i = 0; i < e->n; i++) {
            AttrDef *d = &e->attrs[i];
            a->a[a->n++] = (Attr){ d->name, d->pos, make_thunk(st, env, d->e) };
        }
        return a;
    }
    Env *env2 = env_alloc(env, e->n);
    *dyn_env = env2;
    /* With __overrides, every attribute must read the environment when forced, after
     * the overrides have been put in, so none may be resolved ahead of time. */
    bool has_overrides = false;
    for (uint32_t i = 0; i < e->n && !has_overrides; i++) has_overrides = e->attrs[i].name == st->s_overrides;
    for (uint32_t i = 0; i < e->n; i++) {
        AttrDef *d = &e->attrs[i];
        Value *v;
        if (has_overrides && !d->inherited) v = val_thunk(env2, d->e);
        else v = make_thunk(st, d->inherited ? env : env2, d->e);
        env2->slots[i] = v;
        a->a[a->n++] = (Attr){ d->name, d->pos, v };
        if (d->name == st->s_overrides) *over = &a->a[a->n - 1];
    }
    return a;
}

/* The part of building a set that evaluates: a `rec`'s __overrides (over, an attribute of
 * a), then the dynamic attributes. `early`, if not NULL, is the value being forced, which
 * already shows the set as built so far and must follow it when it moves. */
static Attrs *attrs_evaluated_part(State *st, Env *dyn_env, ExprAttrs *e, Attrs *a, Attr *over, Value *early)
{
    if (over) {
        /* __overrides: its attributes replace the set's own, also inside the rec. */
        Value *vo = over->value;
        Attrs *o = force_attrs(st, vo, vo->type == T_ATTRS ? vo->attrs->pos : NO_POS);
        Attrs *na = attrs_alloc(a->n + o->n + e->ndyn);
        memcpy(na->a, a->a, a->n * sizeof(Attr));
        na->n = a->n;
        na->pos = a->pos;
        for (uint32_t k = 0; k < o->n; k++) {
            bool replaced = false;
            for (uint32_t i = 0; i < e->n; i++)
                if (e->attrs[i].name == o->a[k].name) {
                    na->a[i] = o->a[k];
                    dyn_env->slots[i] = o->a[k].value;
                    replaced = true;
                    break;
                }
            if (!replaced) na->a[na->n++] = o->a[k];
        }
        attrs_sort(na);
        a = na;
        if (early) early->attrs = a;
    }
    for (uint32_t i = 0; i < e->ndyn; i++) {
        DynAttrDef *d = &e->dyn[i];
        Value nv;
        eval_expr(st, dyn_env, d->name, &nv);
        force(st, &nv, d->pos);
        if (nv.type == T_NULL) continue;
        size_t len;
        const char *s = force_string_noctx(st, &nv, NO_POS, &len);
        Sym name = sym_intern(s, len);
        Attr *prev = attrs_find(a, name);
        if (prev) {
            char at[4096];
            diag_pos_in_message(at, sizeof at, prev->pos);
            Buf b = {0};
            show_id(&b, name);
            eval_error(st, ERR_EVAL, d->pos, "dynamic attribute '%s' already defined at %s", buf_cstr(&b), at);
        }
        if (d->value->kind == E_LAMBDA && ((ExprLambda *)d->value)->name == SYM_NONE)
            ((ExprLambda *)d->value)->name = name;
        a->a[a->n++] = (Attr){ name, d->pos, make_thunk(st, dyn_env, d->value) };
        attrs_sort(a);
    }
    return a;
}

/* Forcing a set with __overrides or dynamic attributes runs code; in CppNix the value being
 * forced is already the set (as built so far) while it runs, so code that reaches it finds
 * a set, not a black hole. On an error the black hole is put back, so that the thunk is
 * restored and can be forced again, as CppNix restores it. */
static Attrs *attrs_evaluated_part_visible(State *st, Env *dyn_env, ExprAttrs *e, Attrs *a, Attr *over,
                                            Value *out)
{
    Value forcing = *out;
    Handler h;
    if (EVAL_TRY(st, &h)) {
        set_attrs(out, a);
        a = attrs_evaluated_part(st, dyn_env, e, a, over, out);
        eval_pop_handler(st, &h);
        return a;
    }
    eval_unwind_to(st, &h);
    *out = forcing;
    eval_rethrow(st);
}

/* kept out of eval_expr so that its frame stays small */
__attribute__((noinline)) static void eval_attrs(State *st, Env *env, ExprAttrs *e, Value *out)
{
    Env *dyn_env;
    Attr *over;
    Attrs *a = attrs_static_part(st, env, e, &dyn_env, &over);
    if (e->ndyn || over) {
        if (out->type == T_BLACKHOLE) a = attrs_evaluated_part_visible(st, dyn_env, e, a, over, out);
        else a = attrs_evaluated_part(st, dyn_env, e, a, over, NULL);
    }
    set_attrs(out, a);
}

/* kept out of eval_expr so that its frame stays small */
__attribute__((noinline)) static void eval_let(State *st, Env *env, ExprLet *e, Value *out)
{
    ExprAttrs *a = e->attrs;
    Env *env2 = env_alloc(env, a->n);
    for (uint32_t i = 0; i < a->n; i++)
        env2->slots[i] = make_thunk(st, a->attrs[i].inherited ? env : env2, a->attrs[i].e);
    eval_expr(st, env2, e->body, out);
}

/* "while evaluating the attribute": pushed once, where a selection first may fail */
static inline void select_frame_up(State *st, Env *env, ExprSelect *e, Pos pos, bool *framed)
{
    if (*framed) return;
    eval_push_frame(st, (Frame){ FR_ATTR, pos, 0, e, (uintptr_t)env });
    *framed = true;
}

__attribute__((noinline)) static void eval_select(State *st, Env *env, ExprSelect *e, Value *out)
{
    Value tmp;
    Value *v = &tmp;
    if (e->e->kind == E_VAR) { /* `x.a.b`: start from x's own value, no copy */
        v = lookup_var(st, env, (ExprVar *)e->e, false);
        force(st, v, e->e->pos);
    } else {
        eval_expr(st, env, e->e, &tmp);
    }
    /* Errors past the first attribute show "while evaluating the attribute" (CppNix adds
     * none for attributes of its derivation wrapper). The frame goes up only when something
     * may fail: most selections find evaluated sets and values, and need none. */
    bool framed = false, wants_frame = false;
    Pos pos2 = NO_POS;
    for (uint32_t i = 0; i < e->n; i++) {
        AttrName *an = &e->path[i];
        Attr *a;
        if (an->sym != SYM_NONE && v->type == T_ATTRS && (a = attrs_find(v->attrs, an->sym))) goto found;
        if (wants_frame) select_frame_up(st, env, e, pos2, &framed);
        Sym name = attr_name(st, env, an, e->h.pos);
        if (e->def) {
            force(st, v, e->h.pos);
            if (v->type != T_ATTRS || !(a = attrs_find(v->attrs, name))) {
                /* the default is evaluated inside the selection's frame, as in CppNix */
                eval_expr(st, env, e->def, out);
                if (framed) eval_pop_frame(st);
                return;
            }
        } else {
            force_attrs(st, v, e->h.pos);
            if (!(a = attrs_find(v->attrs, name))) {
                eval_error_suggest(st, ERR_EVAL, e->h.pos, sym_str(name), attr_name_list(v->attrs), v->attrs->n,
                                   "attribute '%s' missing", sym_str(name));
            }
        }
    found:
        v = a->value;
        pos2 = a->pos;
        /* CppNix adds the frame only if the attribute reached last has a position: one made
         * by a builtin (mapAttrs) has none, whatever the attributes before it had */
        wants_frame = pos2 != NO_POS && !eval_in_derivation_nix(st, pos2);
        if (framed && !wants_frame) { eval_pop_frame(st); framed = false; }
        if (framed) st->frames[st->nframes - 1].pos = pos2;
    }
    if (unlikely(st->observer)) observe_select(st, e, v);
    if (val_is_lazy(v)) {
        if (wants_frame) select_frame_up(st, env, e, pos2, &framed);
        eval_force_slow(st, v, pos2 != NO_POS ? pos2 : e->h.pos);
    }
    if (framed) eval_pop_frame(st);
    *out = *v;
}

/* The name, or SYM_NONE if evaluating it fails. */
static Sym try_attr_name(State *st, Env *env, AttrName *an)
{
    Handler h;
    if (EVAL_TRY(st, &h)) {
        Sym name = attr_name(st, env, an, NO_POS);
        eval_pop_handler(st, &h);
        return name;
    }
    eval_unwind_to(st, &h);
    return SYM_NONE;
}

char *eval_select_path_text(State *st, const Frame *f)
{
    const ExprSelect *e = f->a;
    Env *env = (Env *)f->b;
    Buf b = {0};
    for (uint32_t i = 0; i < e->n; i++) {
        if (i) buf_addc(&b, '.');
        Sym name = try_attr_name(st, env, &e->path[i]);
        if (name != SYM_NONE) show_id(&b, name);
        else {
            buf_adds(&b, "\"${");
            show_expr(&b, e->path[i].expr);
            buf_adds(&b, "}\"");
        }
    }
    return (char *)buf_cstr(&b);
}

/* kept out of eval_expr so that its frame stays small */
__attribute__((noinline)) static void eval_has_attr(State *st, Env *env, ExprHasAttr *e, Value *out)
{
    Value tmp;
    Value *v = &tmp;
    eval_operand(st, env, e->e, &tmp);
    for (uint32_t i = 0; i < e->n; i++) {
        force(st, v, NO_POS);
        Sym name = attr_name(st, env, &e->path[i], e->h.pos);
        Attr *a;
        if (v->type != T_ATTRS || !(a = attrs_find(v->attrs, name))) {
            set_bool(out, false);
            return;
        }
        v = a->value;
    }
    set_bool(out, true);
}

/* ---- functions ---- */

static const char *lambda_name(ExprLambda *l)
{
    Buf b = {0};
    char at[4096];
    diag_pos_in_message(at, sizeof at, l->h.pos);
    if (l->name != SYM_NONE) buf_printf(&b, "'%s' at %s", sym_str(l->name), at);
    else buf_printf(&b, "anonymous function at %s", at);
    return buf_cstr(&b);
}

static bool formals_has(ExprLambda *l, Sym s)
{
    for (uint32_t i = 0; i < l->nformals; i++) if (l->formals[i].name == s) return true;
    return false;
}

/* ---- environments that need not outlive a call ----
 *
 * Most calls leave nothing behind that points to their environment (`x: x.name`,
 * `n: if n < 2 then n else fib (n - 1) + fib (n - 2)` once `n - 1` is computed eagerly),
 * so a call's environment starts on the C stack. Whatever may outlive the call and would
 * point to it (a thunk, a closure, an inner environment) takes a copy on the heap instead
 * (env_keep), made once per call; the slots of a call's environment do not change after
 * binding, so the copy and the original agree. */

static bool is_literal(const Expr *e)
{
    return e->kind == E_INT || e->kind == E_FLOAT || e->kind == E_STR || e->kind == E_PATH;
}

static bool defaults_literal(const ExprLambda *l)
{
    for (uint32_t i = 0; i < l->nformals; i++)
        if (l->formals[i].def && !is_literal(l->formals[i].def)) return false;
    return true;
}

/* Does a call of l start with its environment on the C stack? Not when a default other
 * than a literal may take it while it is being filled (a copy made then would miss the
 * slots bound after it: `{ x ? y, y ? 1 }`), and not when the body certainly keeps it (a
 * closure, `let`, `with`, `rec`): copying it to the heap would then only add work. */
static inline __attribute__((always_inline)) bool env_starts_on_stack(ExprLambda *l, uint32_t nargs)
{
    if (!l->stack_env) {
        bool heap = !defaults_literal(l);
        Expr *b = l->body;
        if (b->kind == E_LET || b->kind == E_WITH) heap = true;
        if (b->kind == E_ATTRS && ((ExprAttrs *)b)->rec) heap = true;
        l->stack_env = heap ? 2 : 1;
    }
    /* `a: b: ...` keeps its environment in the closure it returns, unless it is applied
     * to both at once (see call_function) */
    return l->stack_env == 1 && (nargs >= 2 || l->body->kind != E_LAMBDA);
}

/* Environments of calls on the C stack, each of the size it needs (alloca'd in the calling
 * loop): the copy pointer, the header and the slots. A call `f a b c` with f = `a: b: c: ...`
 * has the three of them alive at once. A fixed array of four environments of eight slots
 * made every call level of a deep recursion take 384 bytes more of stack than a one-
 * argument call needs, and deep recursion is bound by the cache. */
enum { STACK_ENV_SLOTS = 8, STACK_ENV_CHAIN = 4, STACK_ENV_MAX = 8 };

static inline size_t stack_env_bytes(uint32_t n)
{
    return sizeof(Env *) + sizeof(Env) + (size_t)n * sizeof(Value *);
}

static inline Env *stack_env_init(void *mem, Env *up, uint32_t n)
{
    Env *e = (Env *)((char *)mem + sizeof(Env *));
    *stack_env_copy(e) = NULL;
    e->up = up;
    e->n = n;
    e->kind = ENV_PLAIN;
    e->on_stack = 1;
    e->prev_with = 0; /* bind_args fills every slot */
    return e;
}

#ifdef __SANITIZE_ADDRESS__
/* Once the call that made them returns: anything still pointing to these stack environments
 * now reads garbage and fails the tests. */
static void poison_stack_envs(Env *const *envs, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        memset((char *)envs[i] - sizeof(Env *), 0xa5, stack_env_bytes(envs[i]->n));
}

/* The same for the chain of n stack environments ending at env. */
static void poison_stack_chain(Env *env, uint32_t n)
{
    for (; n; n--) {
        Env *up = env->up; /* (read before the poison) */
        poison_stack_envs(&env, 1);
        env = up;
    }
}
#else
static inline void poison_stack_chain(Env *env, uint32_t n) { (void)env; (void)n; }
#endif

/* Does something watch each call (--show-trace's frames, an observer, trace-function-calls)?
 * Then calls go through call_function's variants that tell it. */
static inline bool calls_watched(const State *st)
{
    return st->show_trace | (st->observer != NULL) | st->trace_calls;
}

__attribute__((cold, noinline)) _Noreturn static void missing_arg(State *st, ExprLambda *l, Sym name, Pos pos)
{
    Buf b = {0};
    show_id(&b, name);
    eval_error(st, ERR_TYPE, pos, "%s called without required argument '%s'", lambda_name(l), buf_cstr(&b));
}

/* The first attribute of a that l has no formal for. */
__attribute__((cold, noinline)) _Noreturn static void unexpected_arg(State *st, ExprLambda *l, Attrs *a, Pos pos)
{
    uint32_t i = 0;
    while (formals_has(l, a->a[i].name)) i++;
    Buf b = {0};
    show_id(&b, a->a[i].name);
    const char **names = mem_alloc((l->nformals ? l->nformals : 1) * sizeof *names);
    for (uint32_t m = 0; m < l->nformals; m++) names[m] = sym_str(l->formals[m].name);
    eval_error_suggest(st, ERR_TYPE, pos, sym_str(a->a[i].name), names, l->nformals,
                       "%s called with unexpected argument '%s'", lambda_name(l), buf_cstr(&b));
}

/* Binds a set argument to l's formals (and its name, if it has one) into env2. Apart from
 * bind_args, which is inlined where calls are made: the calling loops' frames, which every
 * level of a recursion holds, stay free of its locals. */
__attribute__((noinline)) static void bind_formals(State *st, ExprLambda *l, Env *env2, Value *arg, Pos pos)
{
    uint32_t k = 0;
    Attrs *a = force_attrs(st, arg, pos);
    if (l->arg != SYM_NONE) env2->slots[k++] = arg;
    uint32_t used = 0;
    for (uint32_t i = 0; i < l->nformals; i++) {
        Formal *f = &l->formals[i];
        Attr *x = attrs_find(a, f->name);
        if (!x) {
            if (!f->def) missing_arg(st, l, f->name, pos);
            env2->slots[k++] = make_thunk(st, env2, f->def);
        } else {
            used++;
            env2->slots[k++] = x->value;
        }
    }
    if (!l->ellipsis && used != a->n) unexpected_arg(st, l, a, pos);
}

/* Binds the argument of a lambda call into env2 (of the lambda's size). */
static inline __attribute__((always_inline)) void bind_args(State *st, ExprLambda *l, Env *env2, Value *arg, Pos pos)
{
    if (!env2->on_stack) arg = val_keep(arg);
    if (!l->has_formals) env2->slots[0] = arg;
    else bind_formals(st, l, env2, arg, pos);
}

static void call_primop(State *st, const PrimOp *p, Value **args, Value *out, Pos pos)
{
    p->fn(st, pos, args, out);
}

/* The builtin's value that cur, a builtin or a partial application of one, applies, and in
 * *done the number of arguments it has already. */
static inline Value *applied_primop(Value *cur, uint32_t *done)
{
    *done = 0;
    while (cur->type == T_PRIMOP_APP) { (*done)++; cur = cur->papp.left; }
    return cur;
}

/* Applies the builtin p (cur, with done arguments already) to as many of the nargs
 * arguments as it takes, and returns how many that was. The result goes to out when it took
 * them all (or made a partial application of them), else to cur. all has room for its
 * arguments. Inline: out of line (to keep its array off the calling loop's frame) each call
 * of a builtin took 66 instructions, fixpoint 1% more in all, and the frame was no smaller. */
static inline __attribute__((always_inline)) uint32_t apply_primop(State *st, Value *cur, const Value *p,
                                                                   uint32_t done, uint32_t nargs, Value **args,
                                                                   Value *out, Pos pos, Value **all,
                                                                   const bool hooks)
{
    const PrimOp *op = p->primop;
    uint32_t left = op->arity - done;
    if (nargs < left) {
        /* Not enough arguments yet: a partial application. */
        for (uint32_t i = 0; i < nargs; i++) {
            Value *l = val_alloc();
            *l = *cur;
            cur->type = T_PRIMOP_APP;
            cur->papp.left = l;
            cur->papp.arg = val_keep(args[i]);
        }
        *out = *cur;
        return nargs;
    }
    uint32_t n = done;
    for (Value *q = cur; q->type == T_PRIMOP_APP; q = q->papp.left) all[--n] = q->papp.arg;
    /* builtins may keep their arguments (map, genList) */
    for (uint32_t i = 0; i < left; i++) all[done + i] = val_keep(args[i]);
    Value *res = nargs > left ? cur : out;
    if (hooks && st->observer) observe_call_begin(st, p, op->arity, all, pos);
    eval_enter(st, pos);
    call_primop(st, op, all, res, pos);
    eval_leave(st);
    if (hooks && st->observer) observe_call_end(st, res);
    return left;
}

/* cur, a set with __functor, applied to arg: cur becomes the result. */
__attribute__((noinline)) static void call_functor(State *st, Value *cur, Value *arg, Pos pos)
{
    Value *self = val_alloc();
    *self = *cur;
    Value *fa[2] = { self, arg };
    call_function(st, attrs_get(cur->attrs, st->s_functor), 2, fa, cur, pos);
}

__attribute__((cold, noinline)) _Noreturn static void not_a_function(State *st, const Value *v, Pos pos)
{
    eval_error(st, ERR_TYPE, pos, "attempt to call something which is not a function but %s", show_type(v));
}

/* Is a call of l with n arguments the commonest kind: a lambda without formals, or a chain
 * `a: b: ...` of them, taking exactly the n arguments, every environment on the C stack?
 * eval_call_function and call_function then make the call directly. */
static inline bool plain_lambda_chain(ExprLambda *l, uint32_t n)
{
    for (uint32_t k = 1; ; k++) {
        if (l->has_formals || !env_starts_on_stack(l, n - k + 1)) return false;
        if (k == n) return true;
        if (l->body->kind != E_LAMBDA) return false;
        l = (ExprLambda *)l->body;
    }
}

/* The calling loop, made twice: with hooks false the compiler drops the tests of
 * --show-trace and of an observer, and call_function (below) chooses once per call. */
static inline __attribute__((always_inline)) void call_function_with(State *st, Value *fn, uint32_t nargs,
                                                                     Value **args, Value *out, Pos pos,
                                                                     const bool hooks)
{
    uint32_t chain = 0;   /* stack environments that cur still points to */
    uint32_t stacked = 0; /* stack environments made by this call, all alive until it returns */
#ifdef __SANITIZE_ADDRESS__
    Env *stack_envs[STACK_ENV_MAX];
#endif
    force(st, fn, pos);
    if (!hooks && fn->type == T_LAMBDA && nargs <= STACK_ENV_CHAIN && plain_lambda_chain(fn->lambda.fn, nargs)) {
        /* The commonest call from a builtin (foldl's `acc: x: ...`, map's `x: ...`): bound
         * straight into stack environments, as eval_call_function does, without the loop's
         * copy of fn (foldl: 1,574.4 M -> 1,442.5 M instructions; this frame 256 -> 304
         * bytes. Out of line, behind call_function choosing, every call paid ~20
         * instructions more: foldl 1,474.5 M, fixpoint 728.1 M -> 736.4 M.) */
        ExprLambda *l = fn->lambda.fn;
        Env *env2 = fn->lambda.env;
        for (uint32_t i = 0; i < nargs; i++) {
            if (i) l = (ExprLambda *)l->body;
            env2 = stack_env_init(__builtin_alloca(stack_env_bytes(1)), env2, 1);
            env2->slots[0] = args[i];
        }
        eval_enter(st, pos);
        eval_expr(st, env2, l->body, out);
        eval_leave(st);
        poison_stack_chain(env2, nargs);
        return;
    }
    Value cur = *fn;
    while (nargs > 0) {
        if (cur.type == T_LAMBDA) {
            ExprLambda *l = cur.lambda.fn;
            uint32_t size = (l->arg != SYM_NONE) + l->nformals;
            Env *env2;
            if (size <= STACK_ENV_SLOTS && chain < STACK_ENV_CHAIN && stacked < STACK_ENV_MAX &&
                env_starts_on_stack(l, nargs)) {
                env2 = stack_env_init(__builtin_alloca(stack_env_bytes(size)), cur.lambda.env, size);
#ifdef __SANITIZE_ADDRESS__
                stack_envs[stacked] = env2;
#endif
                stacked++;
            } else
                env2 = env_alloc(cur.lambda.env, size);
            bind_args(st, l, env2, args[0], pos);
            nargs--;
            args++;
            /* (watched, each function of `a: b: ...` is its own call, as Nix sees it) */
            if (nargs > 0 && l->body->kind == E_LAMBDA && env2->on_stack && !(hooks && st->observer)) {
                /* `a: b: ...` applied to both: the inner function is applied right away,
                 * so it may point to this environment where it is */
                cur.lambda.env = env2;
                cur.lambda.fn = (ExprLambda *)l->body;
                chain++;
                continue;
            }
            if (hooks && st->show_trace) eval_push_frame(st, (Frame){ FR_CALL, l->h.pos, pos, l, 0 });
            if (hooks && st->observer) observe_call_begin(st, &cur, 1, args - 1, pos);
            eval_enter(st, pos);
            /* the last call writes the result where it goes (a copy of a value just
             * written piecewise costs a stalled load) */
            eval_expr(st, env2, l->body, nargs ? &cur : out);
            eval_leave(st);
            if (hooks && st->show_trace) eval_pop_frame(st);
            if (hooks && st->observer) observe_call_end(st, nargs ? &cur : out);
            if (!nargs) goto done;
            chain = 0;
        } else if (cur.type == T_PRIMOP || cur.type == T_PRIMOP_APP) {
            uint32_t done;
            const Value *p = applied_primop(&cur, &done);
            Value *all[8];
            uint32_t took = apply_primop(st, &cur, p, done, nargs, args, out, pos, all, hooks);
            nargs -= took;
            args += took;
            if (!nargs) goto done;
        } else if (cur.type == T_ATTRS && attrs_find(cur.attrs, st->s_functor)) {
            call_functor(st, &cur, args[0], pos);
            nargs--;
            args++;
        } else {
            not_a_function(st, &cur, pos);
        }
    }
    *out = cur;
done:;
#ifdef __SANITIZE_ADDRESS__
    poison_stack_envs(stack_envs, stacked);
#endif
}

__attribute__((noinline)) static void call_function_hooked(State *st, Value *fn, uint32_t nargs, Value **args,
                                                           Value *out, Pos pos)
{
    call_function_with(st, fn, nargs, args, out, pos, true);
}

/* trace-function-calls: Nix 2.8's FunctionCallTrace, at lvlInfo, with the wall clock in
 * nanoseconds since the epoch. */
static void log_function_trace(State *st, const char *what, Pos pos)
{
    if (st->verbosity < 3) return;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    char at[4096];
    diag_pos_in_message(at, sizeof at, pos);
    Buf m = {0};
    buf_printf(&m, "function-trace %s %s at %lld", what, at, (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
    diag_log_level(3, m.s, m.len);
}

/* The exit is logged however the call ends, as the C++ destructor logs it during unwinding. */
__attribute__((noinline)) static void call_function_traced(State *st, Value *fn, uint32_t nargs, Value **args,
                                                           Value *out, Pos pos)
{
    log_function_trace(st, "entered", pos);
    Handler h;
    if (EVAL_TRY(st, &h)) {
        call_function_with(st, fn, nargs, args, out, pos, st->show_trace | (st->observer != NULL));
        eval_pop_handler(st, &h);
    } else {
        eval_unwind_to(st, &h);
        log_function_trace(st, "exited", pos);
        eval_rethrow(st);
    }
    log_function_trace(st, "exited", pos);
}

void call_function(State *st, Value *fn, uint32_t nargs, Value **args, Value *out, Pos pos)
{
    if (unlikely(calls_watched(st))) {
        if (st->trace_calls) call_function_traced(st, fn, nargs, args, out, pos);
        else call_function_hooked(st, fn, nargs, args, out, pos);
    } else call_function_with(st, fn, nargs, args, out, pos, false);
}

void call1(State *st, Value *fn, Value *arg, Value *out, Pos pos) { call_function(st, fn, 1, &arg, out, pos); }

void call2(State *st, Value *fn, Value *a, Value *b, Value *out, Pos pos)
{
    Value *args[2] = { a, b };
    call_function(st, fn, 2, args, out, pos);
}

/* The strict builtin that a call gives all its arguments, such as `a - b` or `a < b`, or
 * NULL. */
static inline const Value *strict_primop_call(State *st, ExprCall *e)
{
    const Value *fn = base_primop(st, e);
    if (!fn || !fn->primop->strict || fn->primop->arity != e->n || e->n > 2 || unlikely(st->trace_calls)) return NULL;
    return fn;
}

static void strict_prim_apply(State *st, ExprCall *e, const Value *fn, Value *a, Value *out);

/* A call of the strict builtin op with all its arguments: they are evaluated in order
 * straight into the builtin, with no thunks. Apart from eval_call, whose frame every call
 * level of a deep recursion holds (its two values and their array took 64 bytes there),
 * and chosen before it (see eval_call), so that it pays none of its prologue (`i * 2` in
 * foldl's genList: 126 -> 124 instructions; 154 when called from eval_call's body). */
__attribute__((noinline)) static void strict_prim_call(State *st, Env *env, ExprCall *e, const Value *fn,
                                                       const PrimOp *op, Value *out)
{
    /* op is fn->primop, passed in: loaded here, it was one more load on every `i * 2` */
    Value a[2];
    a[1].type = T_NULL; /* read below when the builtin takes one argument */
    for (uint32_t i = 0; i < e->n; i++) {
        Expr *x = e->args[i];
        if (x->kind == E_VAR && !((ExprVar *)x)->from_with) {
            /* the builtin forces its arguments, at the call's position (`q - 1` inside q's
             * own definition: infinite recursion reported at the `-` expression) */
            Value *v = lookup_var(st, env, (ExprVar *)x, false);
            if (v->type == T_EAGER) v->type = v->was; /* `n` in `n < 2`: forced without a call */
            else force(st, v, e->h.pos);
            a[i] = *v;
        } else {
            eval_operand(st, env, x, &a[i]);
        }
    }
    /* the common case, done here; anything else goes to the builtin */
    if (a[0].type == T_INT && a[1].type == T_INT && int_prim(st, op->fn, a[0].i, a[1].i, out)) return;
    strict_prim_apply(st, e, fn, a, out);
}

/* The rest of strict_prim_call: the builtin itself, on the arguments' values a. */
__attribute__((noinline)) static void strict_prim_apply(State *st, ExprCall *e, const Value *fn, Value *a, Value *out)
{
    Value *args[2] = { &a[0], &a[1] };
    if (unlikely(st->observer)) observe_call_begin(st, fn, e->n, args, e->h.pos);
    eval_enter(st, e->h.pos);
    fn->primop->fn(st, e->h.pos, args, out);
    eval_leave(st);
    if (unlikely(st->observer)) observe_call_end(st, out);
}

/* One argument of a call: a thunk, or, for an argument such as `n - 1` computed now (see
 * eager_int_arith), *room, which then becomes NULL (the caller, whose frame the value must
 * live on, allocas room for the next one). */
static inline Value *call_arg(State *st, Env *env, Expr *a, Value **room)
{
    if (a->kind != E_CALL) return make_thunk(st, env, a);
    if (eager_int_arith(st, env, (ExprCall *)a, *room)) {
        Value *v = *room;
        *room = NULL;
        return v;
    }
    return val_thunk(env, a); /* (make_thunk would try eager_int_arith again) */
}

/* A call of a lambda with formals, or whose environment goes to the heap, with its one
 * argument: bound as call_function would, and its body evaluated, without call_function's
 * frame or the array of arguments. Out of eval_call_function: inline, its choices made the
 * plain calls 20 instructions dearer (deep: 1,317.8 M -> 1,370.7 M). */
__attribute__((noinline)) static void call_lambda1(State *st, Env *env, ExprCall *e, ExprLambda *l, Env *up,
                                                   Value *out)
{
    uint32_t size = (l->arg != SYM_NONE) + l->nformals;
    bool stacked = size <= STACK_ENV_SLOTS && env_starts_on_stack(l, 1);
    Env *env2 = stacked ? stack_env_init(__builtin_alloca(stack_env_bytes(size)), up, size)
                        : env_alloc(up, size);
    Value room, *roomp = &room;
    bind_args(st, l, env2, call_arg(st, env, e->args[0], &roomp), e->h.pos);
    eval_enter(st, e->h.pos);
    eval_expr(st, env2, l->body, out);
    eval_leave(st);
#ifdef __SANITIZE_ADDRESS__
    if (stacked) poison_stack_envs(&env2, 1);
#endif
}

/* Any other call: its arguments in an array, for call_function. Out of eval_call_function,
 * whose frame the direct calls' levels hold: the array took 32 bytes there. This costs the
 * other calls ~20 instructions (deep 1,312.6 M -> 1,337.4 M, fixpoint 728.1 M -> 736.0 M,
 * modules-real-2020 2,189.7 M -> 2,217.6 M), but deep, bound by the cache, takes 0.28 ->
 * 0.19 s user (medians of seven alternating runs; fixpoint and modules-real-2020 the same
 * within the noise). */
__attribute__((noinline)) static void call_with_args(State *st, Env *env, ExprCall *e, Value *fn, Value *out)
{
    uint32_t n = e->n;
    Value *small[4], *room = NULL;
    Value **args = n <= 4 ? small : n <= 8 ? __builtin_alloca(n * sizeof *args) : mem_alloc(n * sizeof *args);
    for (uint32_t i = 0; i < n; i++) {
        if (!room && e->args[i]->kind == E_CALL) room = __builtin_alloca(sizeof *room);
        args[i] = call_arg(st, env, e->args[i], &room);
    }
    call_function(st, fn, n, args, out, e->h.pos);
}

/* A call of a builtin with as many arguments as it takes (`map f xs`, `addErrorContext m v`):
 * straight to the builtin, without call_function's loop. Apart from call_with_args, whose
 * loop it repeats: there, the test and the second pass for val_keep cost every other call
 * (modules-real-2025 2,679.7 -> 2,696.9 M instructions, deep 1,184.3 -> 1,194.3 M). */
__attribute__((noinline)) static void call_primop_exact(State *st, Env *env, ExprCall *e, const PrimOp *op,
                                                        Value *out)
{
    Value *args[4], *room = NULL;
    for (uint32_t i = 0; i < e->n; i++) {
        if (!room && e->args[i]->kind == E_CALL) room = __builtin_alloca(sizeof *room);
        args[i] = val_keep(call_arg(st, env, e->args[i], &room)); /* builtins may keep them */
    }
    eval_enter(st, e->h.pos);
    op->fn(st, e->h.pos, args, out);
    eval_leave(st);
}

/* Every call level of a deep recursion holds eval_call_function's frame, so it is of the
 * size the call needs: the environments, each argument computed now and the function's
 * value unless it is a variable's are alloca'd, and the array of arguments of a call that
 * goes through call_function is call_with_args'. Fixed arrays of eight arguments and four
 * values took 160 bytes of each level. A call of a plain lambda (plain_lambda_chain), unless something
 * watches calls (--show-trace, an observer, trace-function-calls: call_function's hooked
 * variants), binds its arguments straight into its environments and evaluates the body
 * here: no array of arguments, and no frame of call_function on each level; a call of any
 * other lambda with one argument goes to call_lambda1. */
__attribute__((noinline)) static void eval_call_function(State *st, Env *env, ExprCall *e, Value *out)
{
    Value *fn;
    if (e->fn->kind == E_VAR) { /* the function's own value, no copy */
        fn = lookup_var(st, env, (ExprVar *)e->fn, false);
        force(st, fn, e->fn->pos);
    } else {
        fn = __builtin_alloca(sizeof *fn);
        eval_expr(st, env, e->fn, fn);
    }
    uint32_t n = e->n;
    Value *room = NULL; /* for the next argument computed now */
    if (fn->type == T_LAMBDA && n <= STACK_ENV_CHAIN && !unlikely(calls_watched(st))) {
        if (plain_lambda_chain(fn->lambda.fn, n)) {
            ExprLambda *l = fn->lambda.fn;
            Env *env2 = fn->lambda.env;
            for (uint32_t i = 0; i < n; i++) {
                if (i) l = (ExprLambda *)l->body;
                env2 = stack_env_init(__builtin_alloca(stack_env_bytes(1)), env2, 1);
                if (!room && e->args[i]->kind == E_CALL) room = __builtin_alloca(sizeof *room);
                env2->slots[0] = call_arg(st, env, e->args[i], &room);
            }
            eval_enter(st, e->h.pos);
            eval_expr(st, env2, l->body, out);
            eval_leave(st);
            poison_stack_chain(env2, n);
            return;
        }
        if (n == 1) {
            call_lambda1(st, env, e, fn->lambda.fn, fn->lambda.env, out);
            return;
        }
    } else if (fn->type == T_PRIMOP && fn->primop->arity == n && !unlikely(calls_watched(st))) {
        /* a builtin given all its arguments, by another name than the base environment's
         * (`isAttrs x`, `map f xs` with the names inherited from builtins, as nixpkgs' lib
         * calls them): a strict one gets them evaluated straight into it, as `a - b` does */
        if (fn->primop->strict && n <= 2) {
            strict_prim_call(st, env, e, fn, fn->primop, out);
            return;
        }
        if (n <= 4) {
            call_primop_exact(st, env, e, fn->primop, out);
            return;
        }
    }
    call_with_args(st, env, e, fn, out);
}

/* A call: of a strict builtin given all its arguments, or any other. Only chooses, and keeps
 * no frame (both calls are jumps): each of the two has the frame it needs. (The test
 * inlined in eval_expr instead made its dispatch of every expression 9 instructions
 * longer in deep.) */
__attribute__((noinline)) static void eval_call(State *st, Env *env, ExprCall *e, Value *out)
{
    const Value *fn = strict_primop_call(st, e);
    if (fn) strict_prim_call(st, env, e, fn, fn->primop, out);
    else eval_call_function(st, env, e, out);
}

/* ---- operators ---- */

static bool eval_bool(State *st, Env *env, Expr *e, Pos pos)
{
    Value v;
    eval_operand(st, env, e, &v);
    if (v.type != T_BOOL) {
        if (pos == NO_POS) eval_error(st, ERR_TYPE, NO_POS, "value is %s while a Boolean was expected", show_type(&v));
        eval_error(st, ERR_TYPE, pos, "value is %s while a Boolean was expected", show_type(&v));
    }
    return v.b;
}

/* a // b, of two sets */
static void update_sets(const Value *v1, const Value *v2, Value *out)
{
    Attrs *a = v1->attrs, *b = v2->attrs;
    if (a->n == 0) { *out = *v2; return; }
    if (b->n == 0) { *out = *v1; return; }
    Attrs *r;
    if (b->n * 8 <= a->n) {
        /* a big set updated with a few attributes (`acc // { x = ...; }`): copy the big
         * one whole, then put each new attribute in its place */
        uint32_t extra = 0;
        for (uint32_t j = 0; j < b->n; j++) extra += attrs_find(a, b->a[j].name) == NULL;
        r = attrs_alloc(a->n + extra);
        memcpy(r->a, a->a, a->n * sizeof(Attr));
        r->n = a->n;
        for (uint32_t j = 0; j < b->n; j++) {
            uint32_t lo = 0, hi = r->n;
            while (lo < hi) {
                uint32_t mid = (lo + hi) / 2;
                if (r->a[mid].name < b->a[j].name) lo = mid + 1; else hi = mid;
            }
            if (lo < r->n && r->a[lo].name == b->a[j].name) { r->a[lo] = b->a[j]; continue; }
            memmove(&r->a[lo + 1], &r->a[lo], (r->n - lo) * sizeof(Attr));
            r->a[lo] = b->a[j];
            r->n++;
        }
    } else {
        r = attrs_alloc(a->n + b->n);
        uint32_t i = 0, j = 0;
        while (i < a->n && j < b->n) {
            if (a->a[i].name == b->a[j].name) { r->a[r->n++] = b->a[j++]; i++; }
            else if (a->a[i].name < b->a[j].name) r->a[r->n++] = a->a[i++];
            else r->a[r->n++] = b->a[j++];
        }
        while (i < a->n) r->a[r->n++] = a->a[i++];
        while (j < b->n) r->a[r->n++] = b->a[j++];
    }
    r->pos = b->pos;
    set_attrs(out, r);
}

/* kept out of eval_expr so that its frame stays small */
__attribute__((noinline)) static void eval_update(State *st, Env *env, ExprBin *e, Value *out)
{
    Value v1, v2;
    eval_expr(st, env, e->a, &v1);
    if (v1.type != T_ATTRS) eval_error(st, ERR_TYPE, NO_POS, "value is %s while a set was expected", show_type(&v1));
    eval_expr(st, env, e->b, &v2);
    if (v2.type != T_ATTRS) eval_error(st, ERR_TYPE, NO_POS, "value is %s while a set was expected", show_type(&v2));
    update_sets(&v1, &v2, out);
    if (unlikely(st->observer)) observe_update(st, e, &v1, &v2, out);
}

void concat_lists(State *st, uint32_t n, Value **lists, Value *out, Pos pos)
{
    size_t len = 0;
    Value *nonempty = NULL;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t k;
        force_list(st, lists[i], pos, &k);
        len += k;
        if (k) nonempty = lists[i];
    }
    if (nonempty && len == nonempty->len) { *out = *nonempty; return; }
    if (len > UINT32_MAX) eval_error(st, ERR_EVAL, pos, "list too long");
    Value **elems = list_alloc((uint32_t)len);
    size_t o = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (lists[i]->len) memcpy(elems + o, lists[i]->list, lists[i]->len * sizeof(Value *));
        o += lists[i]->len;
    }
    set_list(out, elems, (uint32_t)len);
}

/* kept out of eval_expr so that its frame stays small */
__attribute__((noinline)) static void eval_concat_lists(State *st, Env *env, ExprBin *e, Value *out)
{
    Value v1, v2;
    eval_expr(st, env, e->a, &v1);
    eval_expr(st, env, e->b, &v2);
    Value *ls[2] = { &v1, &v2 };
    concat_lists(st, 2, ls, out, e->h.pos);
}

static void concat_from(State *st, Env *env, ExprConcat *e, Value *first_value, Value *out);

/* a + b for the i-th operand of `+`: wrapped (Nix 2.8), or today's Nix's error at the
 * operand. The error is out of line, so that the check costs a jump not taken. */
__attribute__((cold, noinline)) _Noreturn static void concat_overflow(State *st, const ExprConcat *e, uint32_t i, int64_t a, int64_t b)
{
    eval_int_overflow(st, e->part_pos[i], "adding", '+', a, b);
}

static inline int64_t concat_add(State *st, const ExprConcat *e, uint32_t i, int64_t a, int64_t b)
{
    int64_t r;
    if (unlikely(__builtin_add_overflow(a, b, &r)) && eval_compat_current(st)) concat_overflow(st, e, i, a, b);
    return r;
}

__attribute__((noinline)) static void eval_concat_strings(State *st, Env *env, ExprConcat *e, Value *out)
{
    if (!e->force_string && e->n == 2) {
        /* `a + b` on two integers, the common case. The second operand goes where the first
         * was (its integer kept apart): `1 + f x` is on every level of a deep recursion,
         * which holds this frame (128 -> 96 bytes). */
        Value v;
        eval_operand(st, env, e->parts[0], &v);
        if (v.type == T_INT) {
            int64_t x = v.i;
            eval_operand(st, env, e->parts[1], &v);
            if (v.type == T_INT) { set_int(out, concat_add(st, e, 1, x, v.i)); return; }
            if (v.type == T_FLOAT) { set_float(out, (double)x + v.f); return; }
            eval_error(st, ERR_EVAL, e->part_pos[1], "cannot add %s to an integer", show_type(&v));
        }
        concat_from(st, env, e, &v, out);
        return;
    }
    concat_from(st, env, e, NULL, out);
}

/* The general case; first, if not NULL, is the value of the first part, already
 * evaluated. */
static void concat_from(State *st, Env *env, ExprConcat *e, Value *first_value, Value *out)
{
    /* the pieces are collected first and copied once into a string of the exact size */
    const char *small_s[8];
    size_t small_l[8];
    const char **ps = e->n <= 8 ? small_s : mem_alloc(e->n * sizeof *ps);
    size_t *pl = e->n <= 8 ? small_l : mem_alloc_atomic(e->n * sizeof *pl);
    uint32_t np = 0;
    size_t total = 0;
    Context *ctx = NULL;
    int64_t n = 0;
    double nf = 0;
    bool first = !e->force_string;
    ValueType first_type = T_STRING;
    for (uint32_t i = 0; i < e->n; i++) {
        Value v;
        if (i == 0 && first_value) v = *first_value;
        else eval_operand(st, env, e->parts[i], &v);
        if (first) first_type = (ValueType)v.type;
        if (first_type == T_INT) {
            if (v.type == T_INT) n = concat_add(st, e, i, n, v.i);
            else if (v.type == T_FLOAT) { first_type = T_FLOAT; nf = (double)n; nf += v.f; }
            else eval_error(st, ERR_EVAL, e->part_pos[i], "cannot add %s to an integer", show_type(&v));
        } else if (first_type == T_FLOAT) {
            if (v.type == T_INT) nf += (double)v.i;
            else if (v.type == T_FLOAT) nf += v.f;
            else eval_error(st, ERR_EVAL, e->part_pos[i], "cannot add %s to a float", show_type(&v));
        } else {
            CoerceOpts o = { false, first_type == T_STRING, !first };
            ps[np] = coerce_to_string(st, e->part_pos[i], &v, &ctx, o, &pl[np]);
            total += pl[np++];
        }
        first = false;
    }
    if (first_type == T_INT) { set_int(out, n); return; }
    if (first_type == T_FLOAT) { set_float(out, nf); return; }
    /* a value's length is 32 bits: longer, it would silently wrap */
    if (total > UINT32_MAX) eval_error(st, ERR_EVAL, e->h.pos, "string too long");
    char *buf = mem_alloc_atomic(total + 1);
    size_t o = 0;
    for (uint32_t i = 0; i < np; i++) { memcpy(buf + o, ps[i], pl[i]); o += pl[i]; }
    buf[total] = 0;
    if (first_type == T_PATH) {
        if (ctx && ctx->n)
            eval_error(st, ERR_EVAL, e->h.pos, "a string that refers to a store path cannot be appended to a path");
        const char *p = src_abs_path(buf, "/");
        set_path(out, p, strlen(p));
    } else {
        set_string(out, buf, total, ctx);
    }
}

/* The cases of eval_expr that do more than one step, each in its own function: eval_expr
 * then only dispatches (every case ends in a jump), so it saves no registers and keeps no
 * frame, which is most of the cost of evaluating a variable or a literal. */
__attribute__((noinline)) static void eval_var_forced(State *st, Value *v, Pos pos, Value *out)
{
    eval_force_slow(st, v, pos);
    *out = *v;
}

/* a variable that a `with` may supply */
__attribute__((noinline)) static void eval_var_with(State *st, Env *env, ExprVar *var, Value *out)
{
    Value *v = lookup_var(st, env, var, false);
    force(st, v, var->h.pos);
    *out = *v;
}

__attribute__((noinline)) static void eval_list(State *st, Env *env, ExprList *l, Value *out)
{
    Value **elems = list_alloc(l->n);
    for (uint32_t i = 0; i < l->n; i++) elems[i] = make_thunk(st, env, l->elems[i]);
    set_list(out, elems, l->n);
}

/* The `with` environment starts on the C stack, as a call's does: on the heap, it made
 * env_keep copy the calling environments too, though often nothing keeps it (`with s; x +
 * y`). Its set is evaluated when a variable is first looked up in it (see lookup_with). */
__attribute__((noinline)) static void eval_with(State *st, Env *env, ExprWith *w, Value *out)
{
    Env *env2 = stack_env_init(__builtin_alloca(stack_env_bytes(1)), env, 1);
    env2->kind = ENV_WITH_EXPR;
    env2->prev_with = w->prev_with;
    env2->slots[0] = (Value *)w->attrs;
    eval_expr(st, env2, w->body, out);
    poison_stack_chain(env2, 1);
}

__attribute__((noinline)) static void eval_if(State *st, Env *env, ExprIf *x, Value *out)
{
    eval_expr(st, env, eval_bool(st, env, x->cond, x->h.pos) ? x->then : x->els, out);
}

__attribute__((noinline)) static void eval_assert(State *st, Env *env, ExprAssert *x, Value *out)
{
    if (!eval_bool(st, env, x->cond, x->h.pos)) {
        Buf b = {0};
        show_expr(&b, x->cond);
        eval_error(st, ERR_ASSERT, x->h.pos, "assertion '%s' failed", buf_cstr(&b));
    }
    eval_expr(st, env, x->body, out);
}

/* ==, !=, !, &&, || and -> */
__attribute__((noinline)) static void eval_logic(State *st, Env *env, Expr *e, Value *out)
{
    ExprBin *b = (ExprBin *)e;
    bool r;
    switch (e->kind) {
    case E_NOT: r = !eval_bool(st, env, ((ExprNot *)e)->e, NO_POS); break;
    case E_AND: r = eval_bool(st, env, b->a, e->pos) && eval_bool(st, env, b->b, e->pos); break;
    case E_OR: r = eval_bool(st, env, b->a, e->pos) || eval_bool(st, env, b->b, e->pos); break;
    case E_IMPL: r = !eval_bool(st, env, b->a, e->pos) || eval_bool(st, env, b->b, e->pos); break;
    default: { /* E_EQ, E_NEQ */
        Value v1, v2;
        eval_operand(st, env, b->a, &v1);
        eval_operand(st, env, b->b, &v2);
        r = eq_values(st, &v1, &v2, e->pos) == (e->kind == E_EQ);
    }
    }
    set_bool(out, r);
}

void eval_expr(State *st, Env *env, Expr *e, Value *out)
{
    switch ((ExprKind)e->kind) {
    case E_INT: set_int(out, ((ExprInt *)e)->n); return;
    case E_FLOAT: set_float(out, ((ExprFloat *)e)->f); return;
    case E_STR: case E_PATH: *out = *literal_value(e); return;
    case E_VAR: {
        if (((ExprVar *)e)->from_with) { eval_var_with(st, env, (ExprVar *)e, out); return; }
        Value *v = lookup_var(st, env, (ExprVar *)e, false);
        if (val_is_lazy(v)) { eval_var_forced(st, v, e->pos, out); return; }
        *out = *v;
        return;
    }
    case E_SELECT: eval_select(st, env, (ExprSelect *)e, out); return;
    case E_HASATTR: eval_has_attr(st, env, (ExprHasAttr *)e, out); return;
    case E_ATTRS: eval_attrs(st, env, (ExprAttrs *)e, out); return;
    case E_LIST: eval_list(st, env, (ExprList *)e, out); return;
    case E_LAMBDA:
        out->type = T_LAMBDA;
        out->lambda.env = env_keep(env);
        out->lambda.fn = (ExprLambda *)e;
        return;
    case E_CALL: eval_call(st, env, (ExprCall *)e, out); return;
    case E_LET: eval_let(st, env, (ExprLet *)e, out); return;
    case E_WITH: eval_with(st, env, (ExprWith *)e, out); return;
    case E_IF: eval_if(st, env, (ExprIf *)e, out); return;
    case E_ASSERT: eval_assert(st, env, (ExprAssert *)e, out); return;
    case E_NOT: case E_EQ: case E_NEQ: case E_AND: case E_OR: case E_IMPL: eval_logic(st, env, e, out); return;
    case E_UPDATE: eval_update(st, env, (ExprBin *)e, out); return;
    case E_CONCAT_LISTS: eval_concat_lists(st, env, (ExprBin *)e, out); return;
    case E_CONCAT_STRINGS: eval_concat_strings(st, env, (ExprConcat *)e, out); return;
    case E_CUR_POS: set_pos_attrs(st, e->pos, out); return;
    }
}
