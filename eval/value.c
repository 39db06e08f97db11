/* value.c: allocating values, attribute sets and environments; type names; equality. */
#include "eval/eval.h"
#include "base/diag.h"
#include "eval/observe.h"
#include "base/mem.h"
#include "base/grow.h"
#include "parser/show.h"

#include <stdlib.h>
#include <string.h>

Value *val_alloc(void) { return mem_alloc_small(sizeof(Value)); }

Value *val_int(int64_t n) { Value *v = val_alloc(); set_int(v, n); return v; }
Value *val_float(double f) { Value *v = val_alloc(); set_float(v, f); return v; }

/* Shared constants: never overwritten, since only thunks are updated in place. */
static Value const_true = { .type = T_BOOL, .b = true };
static Value const_false = { .type = T_BOOL, .b = false };
static Value const_null = { .type = T_NULL };
Value *val_bool(bool b) { return b ? &const_true : &const_false; }
Value *val_null(void) { return &const_null; }

Value *val_string(const char *s, size_t len, const Context *ctx)
{
    Value *v = val_alloc();
    set_string(v, s, len, ctx);
    return v;
}

Value *val_cstring(const char *s) { return val_string(s, strlen(s), NULL); }

Value *val_path(const char *s, size_t len)
{
    Value *v = val_alloc();
    set_path(v, s, len);
    return v;
}


/* Empty lists share one (never written) element array, so their pointer is never NULL. */
static Value *no_elems[1];
Value **list_alloc(uint32_t n) { return n ? mem_alloc((size_t)n * sizeof(Value *)) : no_elems; }

Value *val_app(Value *fn, Value *arg)
{
    Value *v = val_alloc();
    v->type = T_APP;
    v->app.fn = fn;
    v->app.arg = arg;
    return v;
}

Value *val_app_int(Value *fn, int64_t arg)
{
    Value *v = val_alloc();
    v->type = T_APP_INT;
    v->app_int.fn = fn;
    v->app_int.arg = arg;
    return v;
}

State *val_thunk_watcher;

Value *val_thunk(Env *env, Expr *e)
{
    Value *v = val_alloc();
    v->type = T_THUNK;
    v->thunk.env = env_keep(env);
    v->thunk.expr = e;
    if (unlikely(val_thunk_watcher)) observe_thunk_made(val_thunk_watcher, v);
    return v;
}

Env *env_alloc(Env *up, uint32_t n)
{
    size_t size = sizeof(Env) + (size_t)n * sizeof(Value *);
    Env *e = mem_small_class(size) <= MEM_SMALL_CLASSES ? mem_alloc_small(size) : mem_alloc(size);
    e->up = up ? env_keep(up) : NULL;
    e->n = n;
    return e;
}

Env *env_promote(Env *env)
{
    Env **copy = stack_env_copy(env);
    if (!*copy) {
        Env *h = env_alloc(env->up, env->n);
        for (uint32_t i = 0; i < env->n; i++) h->slots[i] = val_keep(env->slots[i]);
        h->kind = env->kind;
        h->prev_with = env->prev_with;
        *copy = h;
    }
    return *copy;
}

/* ---- attribute sets ---- */

Attrs *attrs_alloc(uint32_t n)
{
    Attrs *a = mem_alloc(sizeof(Attrs) + (size_t)n * sizeof(Attr));
    a->n = 0;
    return a;
}

Attr *attrs_find(const Attrs *a, Sym name)
{
    uint32_t lo = 0, hi = a->n;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        Sym s = a->a[mid].name;
        if (s == name) return (Attr *)&a->a[mid];
        if (s < name) lo = mid + 1; else hi = mid;
    }
    return NULL;
}

Value *attrs_get(const Attrs *a, Sym name)
{
    Attr *x = attrs_find(a, name);
    return x ? x->value : NULL;
}

static int cmp_attr_sym(const void *x, const void *y)
{
    const Attr *a = x, *b = y;
    if (a->name != b->name) return a->name < b->name ? -1 : 1;
    return 0;
}

/* Insertion sort when nearly sorted (the common case), else a stable merge via qsort on
 * (name, original index). */
void attrs_sort(Attrs *a)
{
    uint32_t n = a->n;
    bool sorted = true;
    for (uint32_t i = 1; i < n && sorted; i++) sorted = a->a[i - 1].name <= a->a[i].name;
    if (sorted) return;
    if (n < 32) {
        for (uint32_t i = 1; i < n; i++) {
            Attr x = a->a[i];
            uint32_t j = i;
            while (j > 0 && a->a[j - 1].name > x.name) { a->a[j] = a->a[j - 1]; j--; }
            a->a[j] = x;
        }
        return;
    }
    /* stable: sort an index array */
    typedef struct { Attr at; uint32_t idx; } Tagged;
    Tagged *t = malloc(n * sizeof *t);
    if (!t) mem_fail(n * sizeof *t);
    for (uint32_t i = 0; i < n; i++) t[i] = (Tagged){ a->a[i], i };
    qsort(t, n, sizeof *t, cmp_attr_sym);
    /* qsort is not stable: fix up runs of equal names by original index */
    for (uint32_t i = 0; i < n;) {
        uint32_t j = i + 1;
        while (j < n && t[j].at.name == t[i].at.name) j++;
        for (uint32_t k = i + 1; k < j; k++) {
            Tagged x = t[k];
            uint32_t m = k;
            while (m > i && t[m - 1].idx > x.idx) { t[m] = t[m - 1]; m--; }
            t[m] = x;
        }
        i = j;
    }
    for (uint32_t i = 0; i < n; i++) a->a[i] = t[i].at;
    free(t);
}

static const Attrs *by_name_set;
static int cmp_index_by_name(const void *x, const void *y)
{
    return sym_cmp_name(by_name_set->a[*(const uint32_t *)x].name, by_name_set->a[*(const uint32_t *)y].name);
}

/* Small sets by insertion sort: qsort's merge sort (and its calls of the comparison through
 * a pointer) took most of attrNames of twenty names. */
uint32_t *attrs_by_name(const Attrs *a)
{
    uint32_t n = a->n;
    uint32_t *idx = mem_alloc_atomic((n ? n : 1) * sizeof *idx);
    for (uint32_t i = 0; i < n; i++) idx[i] = i;
    if (n > 32) {
        by_name_set = a; /* nixel evaluates on one thread */
        qsort(idx, n, sizeof *idx, cmp_index_by_name);
        return idx;
    }
    for (uint32_t i = 1; i < n; i++) {
        uint32_t x = idx[i], j = i;
        while (j > 0 && sym_cmp_name(a->a[idx[j - 1]].name, a->a[x].name) > 0) { idx[j] = idx[j - 1]; j--; }
        idx[j] = x;
    }
    return idx;
}

void ab_init(AttrsBuilder *b, uint32_t cap)
{
    b->a = attrs_alloc(cap ? cap : 1);
    b->cap = cap ? cap : 1;
}

void ab_add(AttrsBuilder *b, Sym name, Value *v, Pos pos)
{
    if (b->a->n == b->cap) {
        uint32_t cap = b->cap * 2;
        Attrs *n = attrs_alloc(cap);
        memcpy(n, b->a, sizeof(Attrs) + (size_t)b->a->n * sizeof(Attr));
        b->a = n;
        b->cap = cap;
    }
    b->a->a[b->a->n++] = (Attr){ name, pos, v };
}

Attrs *ab_finish(AttrsBuilder *b, bool keep_first)
{
    Attrs *a = b->a;
    attrs_sort(a);
    uint32_t o = 0;
    for (uint32_t i = 0; i < a->n; i++) {
        if (o > 0 && a->a[o - 1].name == a->a[i].name) {
            if (!keep_first) a->a[o - 1] = a->a[i];
            continue;
        }
        a->a[o++] = a->a[i];
    }
    a->n = o;
    return a;
}

/* ---- types ---- */

const char *show_type(const Value *v)
{
    switch ((ValueType)v->type) {
    case T_INT: return "an integer";
    case T_BOOL: return "a Boolean";
    case T_STRING: return v->str.ctx ? "a string with context" : "a string";
    case T_PATH: return "a path";
    case T_NULL: return "null";
    case T_ATTRS: return "a set";
    case T_LIST: return "a list";
    case T_LAMBDA: return "a function";
    case T_FLOAT: return "a float";
    case T_THUNK: case T_EAGER: return "a thunk";
    case T_APP: case T_APP_INT: return "a function application";
    case T_BLACKHOLE: return "a black hole";
    case T_PRIMOP: {
        Buf b = {0};
        buf_printf(&b, "the built-in function '%s'", v->primop->name);
        return buf_cstr(&b);
    }
    case T_PRIMOP_APP: {
        const Value *p = v;
        while (p->type == T_PRIMOP_APP) p = p->papp.left;
        Buf b = {0};
        buf_printf(&b, "the partially applied built-in function '%s'", p->primop->name);
        return buf_cstr(&b);
    }
    }
    return "a value";
}

Pos val_pos(const Value *v, Pos dflt)
{
    switch (v->type) {
    case T_ATTRS: return v->attrs->pos;
    case T_LAMBDA: return v->lambda.fn->h.pos;
    case T_APP: return val_pos(v->app.fn, dflt);
    case T_APP_INT: return val_pos(v->app_int.fn, dflt);
    default: return dflt;
    }
}

bool is_derivation(State *st, Value *v)
{
    if (v->type != T_ATTRS) return false;
    Attr *t = attrs_find(v->attrs, st->s_type);
    if (!t) return false;
    force(st, t->value, t->pos);
    return t->value->type == T_STRING && t->value->len == 10 && memcmp(t->value->str.s, "derivation", 10) == 0;
}

/* Lists and sets, element by element. Apart from eq_values, whose other cases (strings,
 * numbers) then need no registers saved: `==` on strings is the commonest comparison of
 * the module system (`x._type or "" == "if"`, `elem`). */
__attribute__((noinline)) static bool eq_compound(State *st, Value *a, Value *b, Pos pos)
{
    if (a->type == T_LIST) {
        if (a->len != b->len) return false;
        eval_enter(st, pos);
        for (uint32_t i = 0; i < a->len; i++)
            if (!eq_values(st, a->list[i], b->list[i], pos)) { eval_leave(st); return false; }
        eval_leave(st);
        return true;
    }
    if (is_derivation(st, a) && is_derivation(st, b)) {
        Value *x = attrs_get(a->attrs, st->s_outPath), *y = attrs_get(b->attrs, st->s_outPath);
        if (x && y) return eq_values(st, x, y, pos);
    }
    if (a->attrs->n != b->attrs->n) return false;
    eval_enter(st, pos);
    for (uint32_t i = 0; i < a->attrs->n; i++)
        if (a->attrs->a[i].name != b->attrs->a[i].name ||
            !eq_values(st, a->attrs->a[i].value, b->attrs->a[i].value, pos)) { eval_leave(st); return false; }
    eval_leave(st);
    return true;
}

__attribute__((cold, noinline)) _Noreturn static void not_comparable(State *st, const Value *a, const Value *b)
{
    eval_error(st, ERR_EVAL, NO_POS, "cannot compare %s with %s", show_type(a), show_type(b));
}

bool eq_values(State *st, Value *a, Value *b, Pos pos)
{
    force(st, a, NO_POS);
    force(st, b, NO_POS);
    if (a == b) return true;
    if (a->type != b->type) {
        if (a->type == T_INT && b->type == T_FLOAT) return (double)a->i == b->f;
        if (a->type == T_FLOAT && b->type == T_INT) return a->f == (double)b->i;
        return false; /* primops and lambdas are both functions: unequal, not an error */
    }
    switch ((ValueType)a->type) {
    case T_STRING: case T_PATH: return a->len == b->len && memcmp(a->str.s, b->str.s, a->len) == 0;
    case T_INT: return a->i == b->i;
    case T_BOOL: return a->b == b->b;
    case T_NULL: return true;
    case T_FLOAT: return a->f == b->f;
    case T_LIST: case T_ATTRS: return eq_compound(st, a, b, pos);
    case T_LAMBDA: case T_PRIMOP: case T_PRIMOP_APP: return false;
    default: not_comparable(st, a, b);
    }
}

/* ---- contexts ---- */

/* Contexts are immutable sorted arrays: adding binary-searches, a union merges (and
 * allocates nothing when b adds nothing), so collecting a large context stays cheap. */
Context *ctx_add(Context *c, const char *item)
{
    uint32_t n = c ? c->n : 0, lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        int k = strcmp(c->items[mid], item);
        if (k == 0) return c;
        if (k < 0) lo = mid + 1; else hi = mid;
    }
    Context *r = mem_alloc(sizeof(Context) + (n + 1) * sizeof(char *));
    if (lo) memcpy(r->items, c->items, lo * sizeof(char *));
    r->items[lo] = item;
    if (n > lo) memcpy(r->items + lo + 1, c->items + lo, (n - lo) * sizeof(char *));
    r->n = n + 1;
    return r;
}

Context *ctx_union(Context *a, const Context *b)
{
    if (!b || !b->n || a == b) return a;
    if (!a || !a->n) return (Context *)b;
    if (b->n <= 2) {   /* the usual case: one more string's context */
        for (uint32_t k = 0; k < b->n; k++) a = ctx_add(a, b->items[k]);
        return a;
    }
    uint32_t i = 0, j = 0, extra = 0;
    while (j < b->n) {
        int k = i < a->n ? strcmp(a->items[i], b->items[j]) : 1;
        if (k < 0) i++;
        else { if (k > 0) extra++; else i++; j++; }
    }
    if (!extra) return a;
    Context *r = mem_alloc(sizeof(Context) + (a->n + extra) * sizeof(char *));
    uint32_t n = 0;
    i = j = 0;
    while (i < a->n || j < b->n) {
        int k = i >= a->n ? 1 : j >= b->n ? -1 : strcmp(a->items[i], b->items[j]);
        if (k < 0) r->items[n++] = a->items[i++];
        else if (k > 0) r->items[n++] = b->items[j++];
        else { r->items[n++] = a->items[i++]; j++; }
    }
    r->n = n;
    return r;
}

static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void gather_items(CtxGather *g, const Context *c)
{
    GROW_TO(mem_alloc, g->items, g->n, g->cap, g->n + c->n, 16);
    memcpy(g->items + g->n, c->items, c->n * sizeof *g->items);
    g->n += c->n;
}

void ctx_gather(CtxGather *g, const Context *c)
{
    if (!c || !c->n) return;
    /* the usual case, a single string with a context, keeps that context as it is */
    if (!g->n && !g->first) { g->first = c; return; }
    if (g->first) { gather_items(g, g->first); g->first = NULL; }
    gather_items(g, c);
}

Context *ctx_gather_end(CtxGather *g, Context *into)
{
    if (g->first) return ctx_union(into, g->first);
    if (!g->n) return into;
    qsort(g->items, g->n, sizeof *g->items, cmp_cstr);
    Context *r = mem_alloc(sizeof(Context) + g->n * sizeof(char *));
    uint32_t n = 0;
    for (size_t i = 0; i < g->n; i++)
        if (!n || strcmp(r->items[n - 1], g->items[i])) r->items[n++] = g->items[i];
    r->n = n;
    return ctx_union(into, r);
}

Attrs *attrs_group(Attrs *pairs)
{
    attrs_sort(pairs); /* stable: values keep their order within a name */
    Attrs *r = attrs_alloc(pairs->n);
    for (uint32_t i = 0; i < pairs->n;) {
        uint32_t j = i;
        while (j < pairs->n && pairs->a[j].name == pairs->a[i].name) j++;
        Value **vals = list_alloc(j - i);
        for (uint32_t k = i; k < j; k++) vals[k - i] = pairs->a[k].value;
        Value *lv = val_alloc();
        set_list(lv, vals, j - i);
        r->a[r->n++] = (Attr){ pairs->a[i].name, NO_POS, lv };
        i = j;
    }
    return r;
}

void set_pos_attrs(State *st, Pos p, Value *out)
{
    LineCol lc = pos_linecol(p);
    if (!lc.src) { set_null(out); return; }
    Attrs *a = attrs_alloc(3);
    const char *file = lc.src->origin == ORIGIN_FILE ? lc.src->path : lc.src->text;
    a->a[a->n++] = (Attr){ st->s_file, NO_POS, val_cstring(file) };
    a->a[a->n++] = (Attr){ st->s_line, NO_POS, val_int(lc.line) };
    a->a[a->n++] = (Attr){ st->s_column, NO_POS, val_int(lc.col) };
    attrs_sort(a);
    set_attrs(out, a);
}

/* A required attribute of a builtin's argument (builtins and findFile): "attribute 'x'
 * missing for call to 'f'", with a "while invoking" frame when the set has a position. */
Attr *eval_require_attr(State *st, const char *fn, Sym name, Attrs *a, Pos pos)
{
    Attr *x = attrs_find(a, name);
    if (x) return x;
    Buf b = {0};
    show_id(&b, name);
    if (a->pos == NO_POS)
        eval_error(st, ERR_TYPE, pos, "attribute '%s' missing for call to '%s'", buf_cstr(&b), fn);
    eval_push_frame(st, (Frame){ FR_TEXT, pos, 0, mem_strndup("while invoking '", 16), 0 });
    Buf m = {0};
    buf_printf(&m, "while invoking '" DIAG_ARG "%s" DIAG_NORMAL "'", fn);
    st->frames[st->nframes - 1].a = buf_cstr(&m);
    eval_error(st, ERR_TYPE, a->pos, "attribute '%s' missing for call to '%s'", buf_cstr(&b), fn);
}
