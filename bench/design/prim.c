/* prim.c: the builtins of the prototype's subset, and printing a result as
 * `nix-instantiate --eval --strict` does. Builtins get their arguments unforced (as Nix's
 * primops) and call back into Nix functions through apply(), which pushes frames on the
 * same value stack as any call. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "bench/design/proto.h"

static int64_t want_int(Val v, Pos pos)
{
    v = force(v);
    if (v.tag != V_INT) type_fail(pos, v, "an integer");
    return v.i;
}

static Val want_list(Val v, Pos pos)
{
    v = force(v);
    if (v.tag != V_LIST) type_fail(pos, v, "a list");
    return v;
}

static Val want_function(Val v, Pos pos)
{
    v = force(v);
    if (v.tag != V_FN && v.tag != V_PRIM && v.tag != V_PAPP) type_fail(pos, v, "a function");
    return v;
}

static Val prim_length(Val *args, Pos pos) { return mk_int(want_list(args[0], pos).len); }

static Val prim_elem_at(Val *args, Pos pos)
{
    Val list = want_list(args[0], pos);
    int64_t i = want_int(args[1], pos);
    if (i < 0 || i >= list.len) fail(pos, "list index %" PRId64 " is out of bounds", i);
    return force(list.list[i]);
}

/* Each element is the application of f to its index, a thunk until something forces it. */
static Val prim_gen_list(Val *args, Pos pos)
{
    int64_t n = want_int(args[1], pos);
    if (n < 0) fail(pos, "cannot create list of size %" PRId64, n);
    if (n > UINT32_MAX) fail(pos, "not in the prototype's subset: a list of %" PRId64 " elements", n);
    Val *fn = mem_alloc_small(sizeof *fn);
    *fn = args[0];
    Val *elems = alloc_vals((size_t)n);
    for (int64_t i = 0; i < n; i++) {
        Thunk *t = mem_alloc_small(sizeof *t);
        t->state = TH_APP_INT;
        t->app_int.fn = fn;
        t->app_int.arg = i;
        elems[i] = (Val){ .tag = V_THUNK, .th = t };
    }
    return (Val){ .tag = V_LIST, .len = (uint32_t)n, .list = elems };
}

/* foldl' op nul list: the accumulator evaluated at each step (op's result is). */
static Val prim_foldl(Val *args, Pos pos)
{
    Val op = want_function(args[0], pos);
    Val list = want_list(args[2], pos);
    Val acc = args[1];
    for (uint32_t i = 0; i < list.len; i++) acc = apply2(op, acc, list.list[i], pos);
    return force(acc);
}

static Val prim_sub(Val *args, Pos pos) { return mk_int((int64_t)((uint64_t)want_int(args[0], pos) - (uint64_t)want_int(args[1], pos))); }
static Val prim_add(Val *args, Pos pos) { return mk_int((int64_t)((uint64_t)want_int(args[0], pos) + (uint64_t)want_int(args[1], pos))); }
static Val prim_mul(Val *args, Pos pos) { return mk_int((int64_t)((uint64_t)want_int(args[0], pos) * (uint64_t)want_int(args[1], pos))); }
static Val prim_less_than(Val *args, Pos pos)
{
    int64_t a = want_int(args[0], pos);
    return mk_bool(a < want_int(args[1], pos));
}

static const Prim prims[] = {
    { "length", 1, prim_length },
    { "elemAt", 2, prim_elem_at },
    { "genList", 2, prim_gen_list },
    { "foldl'", 3, prim_foldl },
    { "sub", 2, prim_sub },
    { "add", 2, prim_add },
    { "mul", 2, prim_mul },
    { "lessThan", 2, prim_less_than },
};

const Prim *prim_find(const char *name)
{
    for (size_t i = 0; i < sizeof prims / sizeof prims[0]; i++)
        if (!strcmp(prims[i].name, name)) return &prims[i];
    return NULL;
}

/* ---- printing ---- */

/* --strict forces the whole value before anything is printed, so that an error leaves no
 * half-printed result. */
static void force_deep(Val v, unsigned depth)
{
    if (depth > 10000) fail(NO_POS, "stack overflow (possible infinite recursion)");
    v = force(v);
    if (v.tag == V_LIST)
        for (uint32_t i = 0; i < v.len; i++) force_deep(v.list[i], depth + 1);
}

static void print_value(Val v)
{
    v = force(v);
    switch ((VTag)v.tag) {
    case V_NULL: fputs("null", stdout); break;
    case V_BOOL: fputs(v.b ? "true" : "false", stdout); break;
    case V_INT: printf("%" PRId64, v.i); break;
    case V_FN: fputs("<LAMBDA>", stdout); break;
    case V_PRIM: fputs("<PRIMOP>", stdout); break;
    case V_PAPP: fputs("<PRIMOP-APP>", stdout); break;
    case V_LIST:
        fputs("[ ", stdout);
        for (uint32_t i = 0; i < v.len; i++) {
            print_value(v.list[i]);
            fputc(' ', stdout);
        }
        fputc(']', stdout);
        break;
    case V_THUNK: break;
    }
}

void print_strict(Val v)
{
    force_deep(v, 0);
    print_value(v);
    fputc('\n', stdout);
}
