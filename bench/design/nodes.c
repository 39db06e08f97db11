/* nodes.c: the code of the compiled nodes. compile.c picks one `run` (evaluate to weak
 * head normal form) and one `delay` (the value an argument or binding gets) per node, the
 * specialised ones where the shape allows: a variable at level 0 or 1, a call of a variable
 * with one argument, an operation with an integer literal. Every type check of Nix stays. */
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "base/symtab.h"

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
    if (a.tag == V_LAYER) a = set_flat(a);
    if (b.tag == V_LAYER) b = set_flat(b);
    if (a.tag != b.tag) return false;
    switch ((VTag)a.tag) {
    case V_NULL: return true;
    case V_BOOL: return a.b == b.b;
    case V_INT: return a.i == b.i;
    case V_LIST: return equal_lists(a, b, pos);
    case V_STR: return a.len == b.len && memcmp(a.s, b.s, a.len) == 0;
    case V_ATTRS:
        if (a.len != b.len) return false;
        for (uint32_t i = 0; i < a.len; i++)
            if (a.attrs[i].name != b.attrs[i].name ||
                !equal(force(a.attrs[i].v), force(b.attrs[i].v), pos)) return false;
        return true;
    default: return false;
    }
}

/* Integers inline: equal() for the other types is out of line. */
static inline bool equal_fast(Val a, Val b, Pos pos)
{
    if (a.tag == V_INT && b.tag == V_INT) return a.i == b.i;
    return equal(a, b, pos);
}

Val run_eq(const Node *n, Env *env)
{
    Val a = n->a->run(n->a, env);
    return mk_bool(equal_fast(a, n->b->run(n->b, env), n->pos));
}

Val run_neq(const Node *n, Env *env)
{
    Val a = n->a->run(n->a, env);
    return mk_bool(!equal_fast(a, n->b->run(n->b, env), n->pos));
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

static Val concat2(Val a, Val b)
{
    char *s = alloc_bytes((size_t)a.len + b.len);
    memcpy(s, a.s, a.len);
    memcpy(s + a.len, b.s, b.len);
    return mk_str(s, a.len + b.len);
}

Val run_add(const Node *n, Env *env)
{
    Val a = n->a->run(n->a, env), b = n->b->run(n->b, env);
    if (a.tag == V_INT && b.tag == V_INT) return mk_int(wrap_add(a.i, b.i));
    if (a.tag == V_STR && b.tag == V_STR) return concat2(a, b);
    add_fail(n->pos, a, b);
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

/* ---- strings ---- */

/* "a${b}c": every part forced to a string (an integer is "cannot coerce": only toString
 * converts one), the pieces copied once into a string of the total length. */
Val run_interp(const Node *n, Env *env)
{
    Val small[8], *parts = n->nargs <= 8 ? small : alloc_vals(n->nargs);
    size_t len = 0;
    for (uint32_t i = 0; i < n->nargs; i++) {
        parts[i] = to_string(n->args[i]->run(n->args[i], env), n->args[i]->pos, false);
        len += parts[i].len;
    }
    if (len > UINT32_MAX) fail(n->pos, "string too long");
    char *s = alloc_bytes(len), *w = s;
    for (uint32_t i = 0; i < n->nargs; i++) {
        memcpy(w, parts[i].s, parts[i].len);
        w += parts[i].len;
    }
    return mk_str(s, (uint32_t)len);
}

/* ---- attribute sets ---- */

/* The dynamic attributes of a set literal, `${e} = v;`, added after the static ones: a
 * name that is null leaves the attribute out, one already there is Nix's error. */
static uint32_t add_dynamic(Attr *attrs, uint32_t n, const AttrsCode *code, Env *name_env, Env *value_env)
{
    for (uint32_t i = 0; i < code->ndyn; i++) {
        const Node *nn = code->dyn_names[i];
        Val name = nn->run(nn, name_env);
        if (name.tag == V_NULL) continue;
        name = want_str(name, nn->pos);
        Sym sym = sym_intern(name.s, name.len);
        for (uint32_t j = 0; j < n; j++)
            if (attrs[j].name == sym) fail(nn->pos, "dynamic attribute '%s' already defined", sym_str(sym));
        const Node *v = code->dyn_values[i];
        attrs[n++] = (Attr){ sym, v->delay(v, value_env) };
    }
    return attrs_sort_unique(attrs, n);   /* the names are distinct: checked above */
}

/* { a = e; inherit b; }: each value what its node delays to (a thunk, or a literal or a
 * variable as it is), in the set's environment. */
Val run_attrs(const Node *n, Env *env)
{
    const AttrsCode *code = n->p;
    Attr *attrs = alloc_attrs(code->n + code->ndyn);
    for (uint32_t i = 0; i < code->n; i++) {
        const Node *v = code->values[i];
        attrs[i] = (Attr){ code->names[i], v->delay(v, env) };
    }
    uint32_t len = code->n;
    if (code->ndyn) len = add_dynamic(attrs, len, code, env, env);
    return mk_attrs(attrs, len);
}

/* rec { ... }: the attributes are also the slots of an environment their values see. */
Val run_rec_attrs(const Node *n, Env *env)
{
    const AttrsCode *code = n->p;
    Env *outer = env_keep(env);
    Env *e = env_new(outer, code->n);
    Attr *attrs = alloc_attrs(code->n + code->ndyn);
    for (uint32_t i = 0; i < code->n; i++) {
        const Node *v = code->values[i];
        e->slots[i] = v->delay(v, code->inherited[i] ? outer : e);
        attrs[i] = (Attr){ code->names[i], e->slots[i] };
    }
    uint32_t len = code->n;
    if (code->ndyn) len = add_dynamic(attrs, len, code, e, e);
    return mk_attrs(attrs, len);
}

static Sym part_sym(const PathPart *part, Env *env)
{
    if (part->dyn == NULL) return part->sym;
    Val name = want_str(part->dyn->run(part->dyn, env), part->dyn->pos);
    return sym_intern(name.s, name.len);
}

/* e.a.b or d: the path followed, the default (if any) when a step is not a set or lacks
 * the name. */
Val run_select(const Node *n, Env *env)
{
    const PathPart *path = n->p;
    Val v = n->a->run(n->a, env);
    for (uint32_t i = 0; i < n->nargs; i++) {
        Sym name = part_sym(&path[i], env);
        if (!is_set(v)) {
            if (n->b) return n->b->run(n->b, env);
            type_fail(n->pos, v, "a set");
        }
        const Attr *a = set_get(v, name);
        if (!a) {
            if (n->b) return n->b->run(n->b, env);
            fail(n->pos, "attribute '%s' missing", sym_str(name));
        }
        v = force(a->v);
    }
    return v;
}

/* e.name without a default: the commonest selection. */
Val run_select1(const Node *n, Env *env)
{
    Val v = n->a->run(n->a, env);
    if (!is_set(v)) type_fail(n->pos, v, "a set");
    const Attr *a = set_get(v, (Sym)n->k);
    if (!a) fail(n->pos, "attribute '%s' missing", sym_str((Sym)n->k));
    return force(a->v);
}

Val run_has_attr(const Node *n, Env *env)
{
    const PathPart *path = n->p;
    Val v = n->a->run(n->a, env);
    for (uint32_t i = 0; i < n->nargs; i++) {
        if (!is_set(v)) return mk_bool(false);
        const Attr *a = set_get(v, part_sym(&path[i], env));
        if (!a) return mk_bool(false);
        if (i + 1 < n->nargs) v = force(a->v);
    }
    return mk_bool(true);
}

/* a // b: a merge of the two sorted arrays, b's attribute where both have the name. */
static Val merge_attrs(Val a, Val b)
{
    if (a.len == 0) return b;
    if (b.len == 0) return a;
    Attr *out = alloc_attrs((size_t)a.len + b.len);
    uint32_t i = 0, j = 0, k = 0;
    while (i < a.len && j < b.len) {
        if (a.attrs[i].name < b.attrs[j].name) out[k++] = a.attrs[i++];
        else {
            if (a.attrs[i].name == b.attrs[j].name) i++;
            out[k++] = b.attrs[j++];
        }
    }
    while (i < a.len) out[k++] = a.attrs[i++];
    while (j < b.len) out[k++] = b.attrs[j++];
    return mk_attrs(out, k);
}

/* ---- layered updates (the experiment DESIGN_LAYERED=1) ---- */

bool design_layered;
enum { LAYER_TOP_MAX = 8, LAYER_BELOW_MIN = 32, LAYER_DEPTH_MAX = 8 };

const Attr *layer_get(Val set, Sym name)
{
    while (set.tag == V_LAYER) {
        const Layer *l = set.layer;
        if (l->flat.tag == V_ATTRS) { set = l->flat; break; }
        const Attr *a = attrs_get(l->top, name);
        if (a) return a;
        set = l->below;
    }
    return attrs_get(set, name);
}

/* The layers' tops merged among themselves first (a few attributes each, the upper ones
 * winning), then once with the set at the bottom: one copy of the big set, not one per
 * layer. */
Val set_flat(Val v)
{
    if (v.tag != V_LAYER) return v;
    Layer *l = v.layer;
    if (l->flat.tag == V_ATTRS) return l->flat;
    Val tops = l->top, below = l->below;
    while (below.tag == V_LAYER && below.layer->flat.tag != V_ATTRS) {
        tops = merge_attrs(below.layer->top, tops);
        below = below.layer->below;
    }
    if (below.tag == V_LAYER) below = below.layer->flat;
    l->flat = merge_attrs(below, tops);
    return l->flat;
}

Val run_update(const Node *n, Env *env)
{
    Val a = force(n->a->run(n->a, env));
    if (!is_set(a)) type_fail(n->pos, a, "a set");
    Val b = want_attrs(n->b->run(n->b, env), n->pos);
    if (design_layered && b.len && b.len <= LAYER_TOP_MAX &&
        (a.tag == V_LAYER ? a.layer->depth < LAYER_DEPTH_MAX && a.layer->flat.tag != V_ATTRS
                          : a.len >= LAYER_BELOW_MIN)) {
        Layer *l = mem_alloc_small(sizeof *l);
        *l = (Layer){ a, b, { .tag = V_NULL }, a.tag == V_LAYER ? a.layer->depth + 1 : 1 };
        return (Val){ .tag = V_LAYER, .layer = l };
    }
    return merge_attrs(set_flat(a), b);
}
