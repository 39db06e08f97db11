/* nodes.c: the code of the compiled nodes. compile.c picks one `run` (evaluate to weak
 * head normal form) and one `delay` (the value an argument or binding gets) per node, the
 * specialised ones where the shape allows: a variable at level 0 or 1, a call of a variable
 * with one argument, an operation with an integer literal. Every type check of Nix stays. */
#include <string.h>

#include "bench/design/proto.h"

/* ---- constants and variables ---- */

Val run_const(const Node *n, Env *env) { return n->konst; }
Val delay_const(const Node *n, Env *env) { return n->konst; }

/* A variable forced: the result is written back to the slot, so the next read skips the
 * thunk cell (the same value: the cell keeps it too). */
static inline Val read_forced(Val *slot)
{
    if (slot->tag != V_THUNK) return *slot;
    Val v = force(*slot);
    *slot = v;
    return v;
}

static inline Env *env_up(Env *env, uint32_t level)
{
    while (level--) env = env->up;
    return env;
}

Val run_var0(const Node *n, Env *env) { return read_forced(&env->slots[n->slot]); }
Val run_var1(const Node *n, Env *env) { return read_forced(&env->up->slots[n->slot]); }
Val run_var(const Node *n, Env *env) { return read_forced(&env_up(env, n->level)->slots[n->slot]); }

/* maybeThunk of a variable: the value as it is, a thunk shared and not forced. */
Val delay_var0(const Node *n, Env *env) { return env->slots[n->slot]; }
Val delay_var1(const Node *n, Env *env) { return env->up->slots[n->slot]; }
Val delay_var(const Node *n, Env *env) { return env_up(env, n->level)->slots[n->slot]; }

Val delay_thunk(const Node *n, Env *env) { return make_thunk(n, env); }

/* ---- functions and calls ---- */

Val run_lambda(const Node *n, Env *env) { return make_closure(n->p, env); }

/* f a b ...: curried, one application after another (each may return a function). */
Val run_call(const Node *n, Env *env)
{
    Val f = n->a->run(n->a, env);
    if (n->nargs == 2) {
        Val a = n->args[0]->delay(n->args[0], env);
        return apply2(f, a, n->args[1]->delay(n->args[1], env), n->pos);
    }
    for (uint32_t i = 0; i + 1 < n->nargs; i++)
        f = apply(f, n->args[i]->delay(n->args[i], env), n->pos);
    const Node *last = n->args[n->nargs - 1];
    return apply(f, last->delay(last, env), n->pos);
}

/* f x, f a variable: the commonest call, without the loop and with the closure case first. */
Val run_call1_var(const Node *n, Env *env)
{
    Val f = read_forced(&env_up(env, n->level)->slots[n->slot]);
    const Node *x = n->args[0];
    Val arg = x->delay(x, env);
    if (f.tag == V_FN) return call_closure(f.fn, arg, n->pos);
    return apply(f, arg, n->pos);
}

/* builtins.f a b with as many arguments as f takes: straight to its code. */
Val run_call_prim(const Node *n, Env *env)
{
    Val args[4];
    for (uint32_t i = 0; i < n->nargs; i++) args[i] = n->args[i]->delay(n->args[i], env);
    return ((const Prim *)n->p)->fn(args, n->pos);
}

/* let: a heap environment (its thunks capture it), bindings made lazily, then the body.
 * An inherited binding is looked up where the `let` is. */
Val run_let(const Node *n, Env *env)
{
    Env *outer = env_keep(env);
    Env *e = env_new(outer, n->nargs);
    const bool *inherited = n->p;
    for (uint32_t i = 0; i < n->nargs; i++) {
        const Node *b = n->args[i];
        e->slots[i] = b->delay(b, inherited[i] ? outer : e);
    }
    return n->a->run(n->a, e);
}

Val run_list(const Node *n, Env *env)
{
    Val *elems = alloc_vals(n->nargs);
    for (uint32_t i = 0; i < n->nargs; i++) elems[i] = n->args[i]->delay(n->args[i], env);
    return (Val){ .tag = V_LIST, .len = n->nargs, .list = elems };
}

/* ---- control ---- */

static inline bool want_bool(const Node *n, Env *env)
{
    Val c = n->run(n, env);
    if (c.tag != V_BOOL) type_fail(n->pos, c, "a Boolean");
    return c.b;
}

Val run_if(const Node *n, Env *env)
{
    const Node *branch = want_bool(n->a, env) ? n->b : n->c;
    return branch->run(branch, env);
}

Val run_not(const Node *n, Env *env) { return mk_bool(!want_bool(n->a, env)); }
Val run_and(const Node *n, Env *env) { return mk_bool(want_bool(n->a, env) && want_bool(n->b, env)); }
Val run_or(const Node *n, Env *env) { return mk_bool(want_bool(n->a, env) || want_bool(n->b, env)); }

/* ---- comparisons ---- */

static bool equal(Val a, Val b, Pos pos);

static bool equal_lists(Val a, Val b, Pos pos)
{
    if (a.len != b.len) return false;
    for (uint32_t i = 0; i < a.len; i++)
        if (!equal(force(a.list[i]), force(b.list[i]), pos)) return false;
    return true;
}

/* Nix's ==: values of different types differ; functions are never equal. */
static bool equal(Val a, Val b, Pos pos)
{
    if (a.tag != b.tag) return false;
    switch ((VTag)a.tag) {
    case V_NULL: return true;
    case V_BOOL: return a.b == b.b;
    case V_INT: return a.i == b.i;
    case V_LIST: return equal_lists(a, b, pos);
    default: return false;
    }
}

Val run_eq(const Node *n, Env *env)
{
    Val a = n->a->run(n->a, env);
    return mk_bool(equal(a, n->b->run(n->b, env), n->pos));
}

Val run_neq(const Node *n, Env *env)
{
    Val a = n->a->run(n->a, env);
    return mk_bool(!equal(a, n->b->run(n->b, env), n->pos));
}

Val run_eq_k(const Node *n, Env *env)
{
    Val a = n->a->run(n->a, env);
    return mk_bool(a.tag == V_INT && a.i == n->k);
}

Val run_neq_k(const Node *n, Env *env)
{
    Val a = n->a->run(n->a, env);
    return mk_bool(!(a.tag == V_INT && a.i == n->k));
}

static _Noreturn void compare_fail(Pos pos, Val a, Val b)
{
    fail(pos, "cannot compare %s with %s", tag_name(a), tag_name(b));
}

Val run_lt(const Node *n, Env *env)
{
    Val a = n->a->run(n->a, env), b = n->b->run(n->b, env);
    if (a.tag != V_INT || b.tag != V_INT) compare_fail(n->pos, a, b);
    return mk_bool(a.i < b.i);
}

Val run_lt_k(const Node *n, Env *env)
{
    Val a = n->a->run(n->a, env);
    if (a.tag != V_INT) compare_fail(n->pos, a, mk_int(n->k));
    return mk_bool(a.i < n->k);
}

/* ---- arithmetic (Nix's integers wrap: computed unsigned) ---- */

static inline int64_t wrap_add(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
static inline int64_t wrap_sub(int64_t a, int64_t b) { return (int64_t)((uint64_t)a - (uint64_t)b); }
static inline int64_t wrap_mul(int64_t a, int64_t b) { return (int64_t)((uint64_t)a * (uint64_t)b); }

/* a + b: Nix adds to an integer only an integer (floats, strings and paths are outside the
 * subset: a non-integer on the left would start a string concatenation). */
static _Noreturn void add_fail(Pos pos, Val a, Val b)
{
    if (a.tag == V_INT) fail(pos, "cannot add %s to an integer", tag_name(b));
    fail(pos, "cannot coerce %s to a string", tag_name(a));
}

Val run_add(const Node *n, Env *env)
{
    Val a = n->a->run(n->a, env), b = n->b->run(n->b, env);
    if (a.tag != V_INT || b.tag != V_INT) add_fail(n->pos, a, b);
    return mk_int(wrap_add(a.i, b.i));
}

/* a + k, or k + a when the node's slot is 1 (the error names the operands in order). */
Val run_add_k(const Node *n, Env *env)
{
    Val a = n->a->run(n->a, env);
    if (a.tag != V_INT) {
        if (n->slot) add_fail(n->pos, mk_int(n->k), a);
        add_fail(n->pos, a, mk_int(n->k));
    }
    return mk_int(wrap_add(a.i, n->k));
}

/* builtins.sub and builtins.mul force each operand as an integer, in order. */
static inline int64_t run_int(const Node *x, Env *env, Pos pos)
{
    Val v = x->run(x, env);
    if (v.tag != V_INT) type_fail(pos, v, "an integer");
    return v.i;
}

Val run_sub(const Node *n, Env *env)
{
    int64_t a = run_int(n->a, env, n->pos);
    return mk_int(wrap_sub(a, run_int(n->b, env, n->pos)));
}

Val run_mul(const Node *n, Env *env)
{
    int64_t a = run_int(n->a, env, n->pos);
    return mk_int(wrap_mul(a, run_int(n->b, env, n->pos)));
}

Val run_sub_k(const Node *n, Env *env) { return mk_int(wrap_sub(run_int(n->a, env, n->pos), n->k)); }
Val run_mul_k(const Node *n, Env *env) { return mk_int(wrap_mul(run_int(n->a, env, n->pos), n->k)); }

/* x - k and x + k as arguments: computed at once when x is an evaluated integer (nothing
 * can fail, so laziness is unobservable but for memory), else the thunk Nix makes. The
 * operand is the node's `a`, a variable. */
static inline const Val *evaluated_int(const Node *var, Env *env)
{
    const Val *s = &env_up(env, var->level)->slots[var->slot];
    if (s->tag == V_THUNK && s->th->state == TH_DONE) s = &s->th->done;
    return s->tag == V_INT ? s : NULL;
}

Val delay_sub_var_k(const Node *n, Env *env)
{
    const Val *x = evaluated_int(n->a, env);
    return x ? mk_int(wrap_sub(x->i, n->k)) : make_thunk(n, env);
}

Val delay_add_var_k(const Node *n, Env *env)
{
    const Val *x = evaluated_int(n->a, env);
    return x ? mk_int(wrap_add(x->i, n->k)) : make_thunk(n, env);
}
