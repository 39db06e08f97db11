/* prim.c: the builtins of the prototype's subset, and printing a result as
 * `nix-instantiate --eval --strict` does. Builtins get their arguments unforced (as Nix's
 * primops) and call back into Nix functions through apply(), which pushes frames on the
 * same value stack as any call. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/symtab.h"

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
    if (v.tag != V_FN && v.tag != V_FN_SET && v.tag != V_PRIM && v.tag != V_PAPP) type_fail(pos, v, "a function");
    return v;
}

Val want_attrs(Val v, Pos pos)
{
    v = force(v);
    if (v.tag == V_LAYER) return set_flat(v);
    if (v.tag != V_ATTRS) type_fail(pos, v, "a set");
    return v;
}

Val want_str(Val v, Pos pos)
{
    v = force(v);
    if (v.tag != V_STR) type_fail(pos, v, "a string");
    return v;
}

/* nixel's own integer-to-text (base/buf.c), as nixel's toString uses it. */
static Val str_of_int(int64_t i)
{
    char tmp[INT_TEXT_MAX];
    size_t n = int_to_text(tmp, i);
    char *s = alloc_bytes(n);
    memcpy(s, tmp, n);
    return mk_str(s, (uint32_t)n);
}

/* Nix's coerceToString for the subset: strings as they are; toString also turns integers,
 * null, false into text ("", "") and true into "1". */
Val to_string(Val v, Pos pos, bool coerce_ints)
{
    v = force(v);
    if (v.tag == V_STR) return v;
    if (coerce_ints) {
        if (v.tag == V_INT) return str_of_int(v.i);
        if (v.tag == V_NULL || (v.tag == V_BOOL && !v.b)) return mk_str("", 0);
        if (v.tag == V_BOOL) return mk_str("1", 1);
    }
    fail(pos, "cannot coerce %s to a string", tag_name(v));
}

/* (name, index) pairs: qsort is not stable, so the index keeps the first of a name first. */
typedef struct { Sym name; uint32_t i; } SortKey;
static int cmp_sort_key(const void *x, const void *y)
{
    const SortKey *p = x, *q = y;
    if (p->name != q->name) return p->name < q->name ? -1 : 1;
    return p->i < q->i ? -1 : p->i > q->i;
}

uint32_t attrs_sort_unique(Attr *a, uint32_t n)
{
    /* Names made in order (listToAttrs of genList's "p${toString i}") come sorted. */
    uint32_t sorted = 1;
    while (sorted < n && a[sorted - 1].name < a[sorted].name) sorted++;
    if (sorted >= n) return n;
    SortKey *keys = malloc((n ? n : 1) * sizeof *keys);
    for (uint32_t i = 0; i < n; i++) keys[i] = (SortKey){ a[i].name, i };
    qsort(keys, n, sizeof *keys, cmp_sort_key);
    Attr *tmp = malloc((n ? n : 1) * sizeof *tmp);
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++)
        if (k == 0 || tmp[k - 1].name != keys[i].name) tmp[k++] = a[keys[i].i];
    memcpy(a, tmp, k * sizeof *tmp);
    free(tmp);
    free(keys);
    return k;
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

static Val prim_to_string(Val *args, Pos pos) { return to_string(args[0], pos, true); }

static Val prim_is_function(Val *args, Pos pos)
{
    Val v = force(args[0]);
    return mk_bool(v.tag == V_FN || v.tag == V_FN_SET || v.tag == V_PRIM || v.tag == V_PAPP);
}

static Val prim_is_attrs(Val *args, Pos pos) { return mk_bool(is_set(force(args[0]))); }

static Val prim_import(Val *args, Pos pos)
{
    fail(pos, "not in the prototype's subset: import");
}

/* functionArgs f: { formal = has-a-default; } of a lambda with formals, else {}. */
static Val prim_function_args(Val *args, Pos pos)
{
    Val f = want_function(args[0], pos);
    if (f.tag != V_FN_SET) return mk_attrs(NULL, 0);
    const Lambda *l = f.fn->code;
    Attr *out = alloc_attrs(l->nformals);
    for (uint32_t i = 0; i < l->nformals; i++)
        out[i] = (Attr){ l->formal_names[i], mk_bool(l->formal_defs[i] != NULL) };
    return mk_attrs(out, l->nformals);
}

/* intersectAttrs e1 e2: e2's attributes whose names e1 has, by a merge of the sorted names. */
static Val prim_intersect_attrs(Val *args, Pos pos)
{
    Val a = want_attrs(args[0], pos), b = want_attrs(args[1], pos);
    Attr *out = alloc_attrs(a.len < b.len ? a.len : b.len);
    uint32_t i = 0, j = 0, k = 0;
    while (i < a.len && j < b.len) {
        if (a.attrs[i].name < b.attrs[j].name) i++;
        else if (a.attrs[i].name > b.attrs[j].name) j++;
        else { out[k++] = b.attrs[j++]; i++; }
    }
    return mk_attrs(out, k);
}

/* listToAttrs [ { name; value; } ... ]: the first of a name wins. */
static Val prim_list_to_attrs(Val *args, Pos pos)
{
    Val list = want_list(args[0], pos);
    static Sym s_name = SYM_NONE, s_value;
    if (s_name == SYM_NONE) { s_name = sym_cstr("name"); s_value = sym_cstr("value"); }
    Attr *out = alloc_attrs(list.len);
    for (uint32_t i = 0; i < list.len; i++) {
        Val e = want_attrs(list.list[i], pos);
        const Attr *n = attrs_get(e, s_name), *v = attrs_get(e, s_value);
        if (!n) fail(pos, "attribute 'name' missing");
        Val name = want_str(n->v, pos);
        if (!v) fail(pos, "attribute 'value' missing");
        out[i] = (Attr){ sym_intern(name.s, name.len), v->v };
    }
    return mk_attrs(out, attrs_sort_unique(out, list.len));
}

static int cmp_sym_names(const void *x, const void *y)
{
    return sym_cmp_name(*(const Sym *)x, *(const Sym *)y);
}

/* A set's names in the order of their text (nixel's sym_cmp_name), as Nix lists and
 * prints them. malloc'd. */
static Sym *names_by_text(Val set)
{
    Sym *names = malloc((set.len ? set.len : 1) * sizeof *names);
    if (!names) fail(NO_POS, "out of memory");
    for (uint32_t i = 0; i < set.len; i++) names[i] = set.attrs[i].name;
    qsort(names, set.len, sizeof *names, cmp_sym_names);
    return names;
}

static Val prim_attr_names(Val *args, Pos pos)
{
    Val set = want_attrs(args[0], pos);
    Sym *names = names_by_text(set);
    Val *out = alloc_vals(set.len);
    for (uint32_t i = 0; i < set.len; i++) out[i] = mk_str(sym_str(names[i]), sym_len(names[i]));
    free(names);
    return (Val){ .tag = V_LIST, .len = set.len, .list = out };
}

/* map f list: each element the application of f to the input's element, a thunk. */
static Val prim_map(Val *args, Pos pos)
{
    Val list = want_list(args[1], pos);
    Val *fn = mem_alloc_small(sizeof *fn);
    *fn = args[0];
    Val *elems = alloc_vals(list.len);
    for (uint32_t i = 0; i < list.len; i++) {
        Thunk *t = mem_alloc_small(sizeof *t);
        t->state = TH_APP;
        t->app.fn = fn;
        t->app.arg = &list.list[i];
        elems[i] = (Val){ .tag = V_THUNK, .th = t };
    }
    return (Val){ .tag = V_LIST, .len = list.len, .list = elems };
}

static Val prim_div(Val *args, Pos pos)
{
    int64_t a = want_int(args[0], pos), b = want_int(args[1], pos);
    if (b == 0) fail(pos, "division by zero");
    if (a == INT64_MIN && b == -1) return mk_int(INT64_MIN);
    return mk_int(a / b);
}

static Val prim_bit_and(Val *args, Pos pos)
{
    int64_t a = want_int(args[0], pos);
    return mk_int(a & want_int(args[1], pos));
}

static Val prim_string_length(Val *args, Pos pos) { return mk_int(to_string(args[0], pos, false).len); }

static Val prim_concat_strings_sep(Val *args, Pos pos)
{
    Val sep = want_str(args[0], pos), list = want_list(args[1], pos);
    size_t len = 0;
    Val *parts = alloc_vals(list.len);
    for (uint32_t i = 0; i < list.len; i++) {
        parts[i] = to_string(list.list[i], pos, false);
        len += parts[i].len + (i ? sep.len : 0);
    }
    if (len > UINT32_MAX) fail(pos, "string too long");
    char *s = alloc_bytes(len), *w = s;
    for (uint32_t i = 0; i < list.len; i++) {
        if (i) { memcpy(w, sep.s, sep.len); w += sep.len; }
        memcpy(w, parts[i].s, parts[i].len);
        w += parts[i].len;
    }
    return mk_str(s, (uint32_t)len);
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
    { "toString", 1, prim_to_string },
    { "isFunction", 1, prim_is_function },
    { "isAttrs", 1, prim_is_attrs },
    { "import", 1, prim_import },
    { "functionArgs", 1, prim_function_args },
    { "intersectAttrs", 2, prim_intersect_attrs },
    { "listToAttrs", 1, prim_list_to_attrs },
    { "attrNames", 1, prim_attr_names },
    { "map", 2, prim_map },
    { "div", 2, prim_div },
    { "bitAnd", 2, prim_bit_and },
    { "stringLength", 1, prim_string_length },
    { "concatStringsSep", 2, prim_concat_strings_sep },
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
    if (v.tag == V_LAYER) v = set_flat(v);
    if (v.tag == V_ATTRS)
        for (uint32_t i = 0; i < v.len; i++) force_deep(v.attrs[i].v, depth + 1);
}

static void print_value(Val v)
{
    v = force(v);
    if (v.tag == V_LAYER) v = set_flat(v);
    switch ((VTag)v.tag) {
    case V_NULL: fputs("null", stdout); break;
    case V_BOOL: fputs(v.b ? "true" : "false", stdout); break;
    case V_INT: printf("%" PRId64, v.i); break;
    case V_FN: case V_FN_SET: fputs("<LAMBDA>", stdout); break;
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
    case V_STR:
        fputc('"', stdout);
        for (uint32_t i = 0; i < v.len; i++) {
            char c = v.s[i];
            if (c == '"' || c == '\\' || (c == '$' && i + 1 < v.len && v.s[i + 1] == '{')) { fputc('\\', stdout); fputc(c, stdout); }
            else if (c == '\n') fputs("\\n", stdout);
            else if (c == '\t') fputs("\\t", stdout);
            else if (c == '\r') fputs("\\r", stdout);
            else fputc(c, stdout);
        }
        fputc('"', stdout);
        break;
    case V_ATTRS: {
        Sym *names = names_by_text(v);
        fputs("{ ", stdout);
        for (uint32_t i = 0; i < v.len; i++) {
            printf("%s = ", sym_str(names[i]));
            print_value(attrs_get(v, names[i])->v);
            fputs("; ", stdout);
        }
        fputc('}', stdout);
        free(names);
        break;
    }
    case V_LAYER: case V_THUNK: break;   /* flattened above; forced above */
    }
}

void print_strict(Val v)
{
    force_deep(v, 0);
    print_value(v);
    fputc('\n', stdout);
}
