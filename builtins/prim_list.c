/* prim_list.c: builtins on lists. */
#include "builtins/prim.h"
#include "base/diag.h"
#include "base/mem.h"
#include "base/grow.h"

#include <stdlib.h>
#include <string.h>

static void elem_at(State *st, Pos pos, Value *list, int64_t n, Value *out)
{
    uint32_t len;
    Value **l = force_list(st, list, pos, &len);
    if (n < 0 || (uint64_t)n >= len) eval_error(st, ERR_EVAL, pos, "list index %d is out of bounds", (int)n);
    force(st, l[n], pos);
    *out = *l[n];
}

static void prim_elemAt(State *st, Pos pos, Value **args, Value *out)
{
    /* CppNix passes the index as an int */
    elem_at(st, pos, args[0], (int)force_int(st, args[1], pos), out);
}

static void prim_head(State *st, Pos pos, Value **args, Value *out) { elem_at(st, pos, args[0], 0, out); }

static void prim_tail(State *st, Pos pos, Value **args, Value *out)
{
    uint32_t n;
    Value **l = force_list(st, args[0], pos, &n);
    if (n == 0) eval_error(st, ERR_EVAL, pos, "'tail' called on an empty list");
    Value **r = list_alloc(n - 1);
    memcpy(r, l + 1, (n - 1) * sizeof *r);
    set_list(out, r, n - 1);
}

static void prim_map(State *st, Pos pos, Value **args, Value *out)
{
    uint32_t n;
    Value **l = force_list(st, args[1], pos, &n);
    Value **r = list_alloc(n);
    for (uint32_t i = 0; i < n; i++) r[i] = val_app(args[0], l[i]);
    set_list(out, r, n);
}

static void prim_filter(State *st, Pos pos, Value **args, Value *out)
{
    force_function(st, args[0], pos);
    uint32_t n;
    Value **l = force_list(st, args[1], pos, &n);
    Value **r = list_alloc(n);
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++) {
        Value res;
        call1(st, args[0], l[i], &res, NO_POS);
        if (force_bool(st, &res, pos)) r[k++] = l[i];
    }
    if (k == n) *out = *args[1];
    else set_list(out, r, k);
}

static void prim_elem(State *st, Pos pos, Value **args, Value *out)
{
    uint32_t n;
    Value **l = force_list(st, args[1], pos, &n);
    bool found = false;
    for (uint32_t i = 0; i < n && !found; i++) found = eq_values(st, args[0], l[i], pos);
    set_bool(out, found);
}

static void prim_concatLists(State *st, Pos pos, Value **args, Value *out)
{
    uint32_t n;
    Value **l = force_list(st, args[0], pos, &n);
    concat_lists(st, n, l, out, pos);
}

static void prim_length(State *st, Pos pos, Value **args, Value *out)
{
    uint32_t n;
    force_list(st, args[0], pos, &n);
    set_int(out, n);
}

static void prim_foldlStrict(State *st, Pos pos, Value **args, Value *out)
{
    force_function(st, args[0], pos);
    uint32_t n;
    Value **l = force_list(st, args[2], pos, &n);
    if (n == 0) {
        force(st, args[1], pos);
        *out = *args[1];
        return;
    }
    /* The accumulators live here on the stack, in turn: the function keeps a copy of one
     * if it needs to (val_keep). A result that is not yet a value (never from a lambda) goes
     * to the heap, where it can be forced once. */
    Value acc[2];
    Value *cur = args[1];
    for (uint32_t i = 0; i < n; i++) {
        Value *next = i + 1 == n ? out : &acc[i & 1];
        Value *fa[2] = { cur, l[i] };
        call_function(st, args[0], 2, fa, next, pos);
        if (next != out && val_is_lazy(next)) {
            Value *h = val_alloc();
            *h = *next;
            next = h;
        }
#ifdef __SANITIZE_ADDRESS__
        /* the accumulator just used is dead: anything still pointing to it reads garbage */
        if (cur != args[1] && on_c_stack(cur)) memset(cur, 0xa5, sizeof *cur);
#endif
        cur = next;
    }
    force(st, out, pos);
}

static void any_or_all(State *st, bool any, Pos pos, Value **args, Value *out)
{
    force_function(st, args[0], pos);
    uint32_t n;
    Value **l = force_list(st, args[1], pos, &n);
    for (uint32_t i = 0; i < n; i++) {
        Value res;
        call1(st, args[0], l[i], &res, pos);
        if (force_bool(st, &res, pos) == any) { set_bool(out, any); return; }
    }
    set_bool(out, !any);
}

static void prim_any(State *st, Pos pos, Value **args, Value *out) { any_or_all(st, true, pos, args, out); }
static void prim_all(State *st, Pos pos, Value **args, Value *out) { any_or_all(st, false, pos, args, out); }

static void prim_genList(State *st, Pos pos, Value **args, Value *out)
{
    int64_t len = force_int(st, args[1], pos);
    if (len < 0) eval_error(st, ERR_EVAL, pos, "cannot create list of size %lld", (long long)len);
    if (len > UINT32_MAX / 2) eval_error(st, ERR_EVAL, pos, "cannot create list of size %lld", (long long)len);
    Value **r = list_alloc((uint32_t)len);
    for (int64_t i = 0; i < len; i++) r[i] = val_app_int(args[0], i);
    set_list(out, r, (uint32_t)len);
}

/* ---- sort: libstdc++'s std::stable_sort, which Nix 2.8 calls ----
 * The same comparisons in the same order, so that a comparator that is not a strict weak
 * order gives Nix's result, the first comparison that fails is Nix's, and
 * trace-function-calls shows Nix's calls: each half of the list (the first of (n+1)/2) is
 * sorted in runs of 7 by insertion, the runs merged pairwise through a buffer, then the two
 * halves merged (backward when the first is longer). */

typedef struct { State *st; Value *cmp; Pos pos; bool builtin_less; } SortCtx;

static bool sort_less(SortCtx *c, Value *a, Value *b)
{
    if (c->builtin_less) return eval_less_than(c->st, a, b, c->pos);
    Value *fa[2] = { a, b };
    Value r;
    call_function(c->st, c->cmp, 2, fa, &r, c->pos);
    return force_bool(c->st, &r, c->pos);
}

enum { SORT_CHUNK = 7 };    /* libstdc++'s _S_chunk_size */

static void insertion_sort(SortCtx *c, Value **a, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        Value *x = a[i];
        if (sort_less(c, x, a[0])) {
            memmove(a + 1, a, i * sizeof *a);
            a[0] = x;
            continue;
        }
        size_t j = i;   /* unguarded: x is not less than a[0] */
        while (sort_less(c, x, a[j - 1])) { a[j] = a[j - 1]; j--; }
        a[j] = x;
    }
}

/* Merges a[0..n1) and b[0..n2) into out, taking from b only when it is less. */
static void move_merge(SortCtx *c, Value **a, size_t n1, Value **b, size_t n2, Value **out)
{
    size_t i = 0, j = 0;
    while (i < n1 && j < n2) *out++ = sort_less(c, b[j], a[i]) ? b[j++] : a[i++];
    while (i < n1) *out++ = a[i++];
    while (j < n2) *out++ = b[j++];
}

static void merge_sort_loop(SortCtx *c, Value **from, size_t n, Value **to, size_t step)
{
    size_t done = 0;
    while (n - done >= 2 * step) {
        move_merge(c, from + done, step, from + done + step, step, to + done);
        done += 2 * step;
    }
    size_t rest = n - done, first = rest < step ? rest : step;
    move_merge(c, from + done, first, from + done + first, rest - first, to + done);
}

static void merge_sort_with_buffer(SortCtx *c, Value **a, size_t n, Value **buf)
{
    size_t i = 0;
    for (; n - i >= SORT_CHUNK; i += SORT_CHUNK) insertion_sort(c, a + i, SORT_CHUNK);
    insertion_sort(c, a + i, n - i);
    for (size_t step = SORT_CHUNK; step < n; step *= 4) {
        merge_sort_loop(c, a, n, buf, step);
        merge_sort_loop(c, buf, n, a, 2 * step);
    }
}

/* The merge of the halves a[0..n1) and a[n1..n1+n2) with n1 > n2, from the back: the
 * second half goes to buf. */
static void merge_backward(SortCtx *c, Value **a, size_t n1, size_t n2, Value **buf)
{
    if (n2 == 0) return;
    memcpy(buf, a + n1, n2 * sizeof *a);
    size_t i = n1, j = n2, k = n1 + n2;    /* one past the last of each */
    for (;;) {
        if (sort_less(c, buf[j - 1], a[i - 1])) {
            a[--k] = a[--i];
            if (i == 0) { memcpy(a, buf, j * sizeof *a); return; }
        } else {
            a[--k] = buf[--j];
            if (j == 0) return;
        }
    }
}

static void stable_sort(SortCtx *c, Value **a, size_t n, Value **buf)
{
    size_t n1 = (n + 1) / 2, n2 = n - n1;
    merge_sort_with_buffer(c, a, n1, buf);
    merge_sort_with_buffer(c, a + n1, n2, buf);
    if (n1 <= n2) {
        memcpy(buf, a, n1 * sizeof *a);
        size_t i = 0, j = n1, k = 0;   /* the forward merge, the rest of the second half in place */
        while (i < n1 && j < n) a[k++] = sort_less(c, a[j], buf[i]) ? a[j++] : buf[i++];
        while (i < n1) a[k++] = buf[i++];
    } else {
        merge_backward(c, a, n1, n2, buf);
    }
}

static void prim_sort(State *st, Pos pos, Value **args, Value *out)
{
    force_function(st, args[0], pos);
    uint32_t n;
    Value **l = force_list(st, args[1], pos, &n);
    Value **r = list_alloc(n);
    for (uint32_t i = 0; i < n; i++) { force(st, l[i], pos); r[i] = l[i]; }
    SortCtx c = { st, args[0], pos, args[0]->type == T_PRIMOP && args[0]->primop->fn == eval_lessThan };
    Value **buf = list_alloc((n + 1) / 2 ? (n + 1) / 2 : 1);
    stable_sort(&c, r, n, buf);
    set_list(out, r, n);
}

static void prim_partition(State *st, Pos pos, Value **args, Value *out)
{
    force_function(st, args[0], pos);
    uint32_t n;
    Value **l = force_list(st, args[1], pos, &n);
    Value **right = list_alloc(n), **wrong = list_alloc(n);
    uint32_t nr = 0, nw = 0;
    for (uint32_t i = 0; i < n; i++) {
        force(st, l[i], pos);
        Value res;
        call1(st, args[0], l[i], &res, pos);
        if (force_bool(st, &res, pos)) right[nr++] = l[i]; else wrong[nw++] = l[i];
    }
    Value *vr = val_alloc(), *vw = val_alloc();
    set_list(vr, right, nr);
    set_list(vw, wrong, nw);
    Attrs *a = attrs_alloc(2);
    a->a[a->n++] = (Attr){ st->s_right, NO_POS, vr };
    a->a[a->n++] = (Attr){ st->s_wrong, NO_POS, vw };
    attrs_sort(a);
    set_attrs(out, a);
}

static void prim_groupBy(State *st, Pos pos, Value **args, Value *out)
{
    force_function(st, args[0], pos);
    uint32_t n;
    Value **l = force_list(st, args[1], pos, &n);
    AttrsBuilder b;
    ab_init(&b, n);
    for (uint32_t i = 0; i < n; i++) {
        Value res;
        call1(st, args[0], l[i], &res, pos);
        size_t len;
        const char *s = force_string_noctx(st, &res, pos, &len);
        ab_add(&b, sym_intern(s, len), l[i], NO_POS);
    }
    Attrs *r = attrs_group(b.a);
    set_attrs(out, r);
}

static void prim_concatMap(State *st, Pos pos, Value **args, Value *out)
{
    force_function(st, args[0], pos);
    uint32_t n;
    Value **l = force_list(st, args[1], pos, &n);
    /* the results in one block: a value each was an allocation per element */
    Value *results = mem_alloc((n ? n : 1) * sizeof *results);
    Value **lists = list_alloc(n);
    for (uint32_t i = 0; i < n; i++) {
        lists[i] = &results[i];
        call1(st, args[0], l[i], lists[i], pos);
        if (lists[i]->type == T_LIST) continue; /* a call's result is evaluated: nothing can fail */
        eval_push_frame(st, (Frame){ FR_TEXT, pos, 0, "while invoking '" DIAG_ARG "concatMap" DIAG_NORMAL "'", 0 });
        uint32_t k;
        force_list(st, lists[i], val_pos(lists[i], val_pos(args[0], pos)), &k);
        eval_pop_frame(st);
    }
    concat_lists(st, n, lists, out, pos);
}

static void prim_genericClosure(State *st, Pos pos, Value **args, Value *out)
{
    Attrs *a = force_attrs(st, args[0], pos);
    Attr *start = eval_require_attr(st, "genericClosure", st->s_startSet, a, pos);
    uint32_t n;
    Value **l = force_list(st, start->value, pos, &n);
    Attr *op = eval_require_attr(st, "genericClosure", st->s_operator, a, pos);
    force(st, op->value, pos);

    size_t wcap = n + 16, whead = 0, wtail = 0;
    Value **work = mem_alloc(wcap * sizeof *work);
    for (uint32_t i = 0; i < n; i++) work[wtail++] = l[i];
    size_t rcap = 16, rn = 0;
    Value **res = mem_alloc(rcap * sizeof *res);
    /* done keys, kept sorted (CppNix keeps a std::set ordered by lessThan) */
    size_t kcap = 16, kn = 0;
    Value **keys = mem_alloc(kcap * sizeof *keys);
    while (whead < wtail) {
        Value *e = work[whead++];
        Attrs *ea = force_attrs(st, e, pos);
        Attr *key = attrs_find(ea, st->s_key);
        if (!key) eval_error(st, ERR_EVAL, pos, "attribute 'key' required");
        force(st, key->value, pos);
        size_t lo = 0, hi = kn;
        bool found = false;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (eval_less_than(st, key->value, keys[mid], pos)) hi = mid;
            else if (eval_less_than(st, keys[mid], key->value, pos)) lo = mid + 1;
            else { found = true; break; }
        }
        if (found) continue;
        GROW(mem_alloc, keys, kn, kcap, 16);
        memmove(keys + lo + 1, keys + lo, (kn - lo) * sizeof *keys);
        keys[lo] = key->value;
        kn++;
        GROW(mem_alloc, res, rn, rcap, 16);
        res[rn++] = e;
        Value call;
        call1(st, op->value, e, &call, NO_POS); /* CppNix forces an application: no call site */
        uint32_t m;
        Value **more = force_list(st, &call, pos, &m);
        for (uint32_t i = 0; i < m; i++) {
            force(st, more[i], pos);
            if (wtail == wcap) {
                size_t live = wtail - whead;
                size_t cap2 = live * 2 + 16;
                Value **w2 = mem_alloc(cap2 * sizeof *w2);
                memcpy(w2, work + whead, live * sizeof *w2);
                work = w2; wcap = cap2; wtail = live; whead = 0;
            }
            work[wtail++] = more[i];
        }
    }
    Value **r = list_alloc((uint32_t)rn);
    memcpy(r, res, rn * sizeof *r);
    set_list(out, r, (uint32_t)rn);
}

const PrimDef prim_list_defs[] = {
    { "__elemAt", 2, prim_elemAt },
    { "__head", 1, prim_head },
    { "__tail", 1, prim_tail },
    { "map", 2, prim_map },
    { "__filter", 2, prim_filter },
    { "__elem", 2, prim_elem },
    { "__concatLists", 1, prim_concatLists },
    { "__length", 1, prim_length },
    { "__foldl'", 3, prim_foldlStrict },
    { "__any", 2, prim_any },
    { "__all", 2, prim_all },
    { "__genList", 2, prim_genList },
    { "__sort", 2, prim_sort },
    { "__partition", 2, prim_partition },
    { "__groupBy", 2, prim_groupBy },
    { "__concatMap", 2, prim_concatMap },
    { "__genericClosure", 1, prim_genericClosure },
    { NULL, 0, NULL },
};
