/* drv.c: building, printing and hashing store derivations (CppNix 2.8's Derivation::unparse,
 * hashDerivationModulo and writeDerivation in read-only mode). Every derivation this
 * evaluator instantiates leaves its hash modulo in a table keyed by .drv path, the way
 * CppNix's drvHashes does; that table is the only "store" derivations are read from. */
#include "store/drv.h"
#include "base/mem.h"
#include "base/grow.h"
#include "base/strtab.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- building ---- */

void drv_add_arg(Derivation *d, const char *s)
{
    GROW_REALLOC(mem_realloc, d->args, d->nargs, d->cap_args, 8);
    d->args[d->nargs++] = s;
}

void drv_set_env(Derivation *d, const char *key, const char *value)
{
    size_t lo = 0, hi = d->nenv;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(d->env[mid].key, key);
        if (c == 0) { d->env[mid].value = value; return; }
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    GROW_REALLOC(mem_realloc, d->env, d->nenv, d->cap_env, 32);
    memmove(d->env + lo + 1, d->env + lo, (d->nenv - lo) * sizeof *d->env);
    d->env[lo] = (DrvEnv){ key, value };
    d->nenv++;
}

typedef struct { const char *a, *b; } StrPair;

static int cmp_pair(const void *x, const void *y)
{
    const StrPair *p = x, *q = y;
    int c = strcmp(p->a, q->a);
    return c ? c : strcmp(p->b, q->b);
}

/* Sorts the pairs and drops repeated ones; returns how many are left. */
static size_t sort_pairs(StrPair *p, size_t n)
{
    qsort(p, n, sizeof *p, cmp_pair);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!k || cmp_pair(&p[k - 1], &p[i])) p[k++] = p[i];
    return k;
}

/* Pairs (first, second) grouped by first, in order: each group's seconds as a path set. */
static size_t group_pairs(StrPair *p, size_t n, const char **firsts, PathSet *seconds)
{
    size_t g = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && !strcmp(p[j].a, p[i].a)) j++;
        const char **items = mem_alloc((j - i) * sizeof *items);
        for (size_t k = i; k < j; k++) items[k - i] = p[k].b;
        firsts[g] = p[i].a;
        seconds[g++] = (PathSet){ items, j - i };
        i = j;
    }
    return g;
}

void drv_set_inputs(Derivation *d, const char **paths, const char **outputs, size_t n)
{
    StrPair *p = mem_alloc((n ? n : 1) * sizeof *p);
    for (size_t i = 0; i < n; i++) p[i] = (StrPair){ paths[i], outputs[i] };
    n = sort_pairs(p, n);
    const char **firsts = mem_alloc((n ? n : 1) * sizeof *firsts);
    PathSet *outs = mem_alloc((n ? n : 1) * sizeof *outs);
    size_t g = group_pairs(p, n, firsts, outs);
    d->inputs = mem_alloc((g ? g : 1) * sizeof *d->inputs);
    for (size_t i = 0; i < g; i++) d->inputs[i] = (DrvInput){ firsts[i], outs[i] };
    d->ninputs = g;
}

DrvOutput *drv_set_output(Derivation *d, const char *name)
{
    size_t lo = 0, hi = d->noutputs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(d->outputs[mid].name, name);
        if (c == 0) {
            d->outputs[mid] = (DrvOutput){ .name = d->outputs[mid].name, .path = "" };
            return &d->outputs[mid];
        }
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    DrvOutput *n = mem_alloc((d->noutputs + 1) * sizeof *n);
    if (lo) memcpy(n, d->outputs, lo * sizeof *n);
    n[lo] = (DrvOutput){ .name = name, .path = "" };
    if (d->noutputs > lo) memcpy(n + lo + 1, d->outputs + lo, (d->noutputs - lo) * sizeof *n);
    d->outputs = n;
    d->noutputs++;
    return &d->outputs[lo];
}

bool drv_is_fixed(const Derivation *d)
{
    return d->noutputs > 0 && d->outputs[0].fixed;
}

/* ---- the hash table of instantiated derivations ---- */

typedef struct {
    const char *drv_path;
    size_t n;
    const char **names;   /* sorted, as the derivation's outputs */
    Hash *hashes;
    const char **hex;     /* the hashes in base 16, as the derivations using it show them */
} DrvHashEntry;

/* CppNix would read a derivation it has not seen from the store; nixel's store is empty,
 * so this fails as reading the missing .drv file fails there. */
static const DrvHashEntry *drv_hash_lookup(State *st, const char *path)
{
    DrvHashEntry *e = strtab_get(&st->drv_hashes, path, strlen(path));
    if (e) return e;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        close(fd);
        eval_error(st, ERR_EVAL, NO_POS, "reading derivation '%s' from the store is not supported by nixel", path);
    }
    eval_error(st, ERR_EVAL, NO_POS, "opening file '%s': %s", path, strerror(errno));
}

const char *const *drv_output_names(State *st, const char *drv_path, size_t *n)
{
    const DrvHashEntry *e = drv_hash_lookup(st, drv_path);
    *n = e->n;
    return e->names;
}

/* ---- printing ---- */

static void put_plain(Buf *b, const char *s)
{
    buf_addc(b, '"');
    buf_adds(b, s);
    buf_addc(b, '"');
}

static void put_escaped(Buf *b, const char *s)
{
    buf_addc(b, '"');
    for (;;) {
        size_t n = strcspn(s, "\"\\\n\r\t");
        buf_add(b, s, n);
        s += n;
        if (!*s) break;
        char c = *s++;
        if (c == '"' || c == '\\') { buf_addc(b, '\\'); buf_addc(b, c); }
        else if (c == '\n') buf_adds(b, "\\n");
        else if (c == '\r') buf_adds(b, "\\r");
        else buf_adds(b, "\\t");
    }
    buf_addc(b, '"');
}

static void put_plain_list(Buf *b, const char *const *items, size_t n)
{
    buf_addc(b, '[');
    for (size_t i = 0; i < n; i++) {
        if (i) buf_addc(b, ',');
        put_plain(b, items[i]);
    }
    buf_addc(b, ']');
}

static void put_output(Buf *b, const DrvOutput *o, bool mask)
{
    buf_addc(b, '(');
    put_plain(b, o->name);
    buf_addc(b, ',');
    put_plain(b, mask ? "" : o->path);
    buf_addc(b, ',');
    if (o->fixed) {
        Buf algo = {0};
        buf_printf(&algo, "%s%s", o->recursive ? "r:" : "", hash_type_name(o->hash.type));
        put_plain(b, buf_cstr(&algo));
        buf_addc(b, ',');
        put_plain(b, hash_str(&o->hash, HB_BASE16, false));
    } else {
        put_plain(b, "");
        buf_addc(b, ',');
        put_plain(b, "");
    }
    buf_addc(b, ')');
}

/* The hash of output `out` of input derivation e, in base 16. */
static const char *input_hash(State *st, const DrvHashEntry *e, const char *out)
{
    for (size_t j = 0; j < e->n; j++)
        if (!strcmp(e->names[j], out)) return e->hex[j];
    /* CppNix's std::map::at throws, and that is all it says */
    eval_error(st, ERR_EVAL, NO_POS, "map::at");
}

/* The inputs as hashDerivationModulo shows them: each input derivation replaced by the
 * base-16 hash of its output, grouped (and sorted) by that hash. */
static void put_hashed_inputs(State *st, Buf *b, const Derivation *d)
{
    size_t n = 0;
    for (size_t i = 0; i < d->ninputs; i++) n += d->inputs[i].outputs.n;
    StrPair *p = mem_alloc((n ? n : 1) * sizeof *p);
    n = 0;
    for (size_t i = 0; i < d->ninputs; i++) {
        const DrvHashEntry *e = drv_hash_lookup(st, d->inputs[i].path);
        for (size_t k = 0; k < d->inputs[i].outputs.n; k++) {
            const char *out = d->inputs[i].outputs.items[k];
            p[n++] = (StrPair){ input_hash(st, e, out), out };
        }
    }
    n = sort_pairs(p, n);
    const char **keys = mem_alloc((n ? n : 1) * sizeof *keys);
    PathSet *outs = mem_alloc((n ? n : 1) * sizeof *outs);
    size_t g = group_pairs(p, n, keys, outs);
    for (size_t i = 0; i < g; i++) {
        if (i) buf_addc(b, ',');
        buf_addc(b, '(');
        put_plain(b, keys[i]);
        buf_addc(b, ',');
        put_plain_list(b, outs[i].items, outs[i].n);
        buf_addc(b, ')');
    }
}

static bool is_output_name(const Derivation *d, const char *key)
{
    for (size_t i = 0; i < d->noutputs; i++)
        if (!strcmp(d->outputs[i].name, key)) return true;
    return false;
}

void drv_unparse(State *st, const Derivation *d, bool mask, bool hashed_inputs, Buf *b)
{
    buf_adds(b, "Derive([");
    for (size_t i = 0; i < d->noutputs; i++) {
        if (i) buf_addc(b, ',');
        put_output(b, &d->outputs[i], mask);
    }
    buf_adds(b, "],[");
    if (hashed_inputs) put_hashed_inputs(st, b, d);
    else
        for (size_t i = 0; i < d->ninputs; i++) {
            if (i) buf_addc(b, ',');
            buf_addc(b, '(');
            put_plain(b, d->inputs[i].path);
            buf_addc(b, ',');
            put_plain_list(b, d->inputs[i].outputs.items, d->inputs[i].outputs.n);
            buf_addc(b, ')');
        }
    buf_adds(b, "],");
    put_plain_list(b, d->srcs.items, d->srcs.n);
    buf_addc(b, ',');
    put_plain(b, d->platform);
    buf_addc(b, ',');
    put_escaped(b, d->builder);
    buf_adds(b, ",[");
    for (size_t i = 0; i < d->nargs; i++) {
        if (i) buf_addc(b, ',');
        put_escaped(b, d->args[i]);
    }
    buf_adds(b, "],[");
    for (size_t i = 0; i < d->nenv; i++) {
        if (i) buf_addc(b, ',');
        buf_addc(b, '(');
        put_escaped(b, d->env[i].key);
        buf_addc(b, ',');
        put_escaped(b, mask && is_output_name(d, d->env[i].key) ? "" : d->env[i].value);
        buf_addc(b, ')');
    }
    buf_adds(b, "])");
}

/* ---- hashing ---- */

void drv_hash_modulo(State *st, const Derivation *d, bool mask, Hash *hashes)
{
    if (drv_is_fixed(d)) {
        for (size_t i = 0; i < d->noutputs; i++) {
            const DrvOutput *o = &d->outputs[i];
            Buf s = {0};
            buf_printf(&s, "fixed:out:%s%s:", o->recursive ? "r:" : "", hash_type_name(o->hash.type));
            hash_print(&s, &o->hash, HB_BASE16, false);
            buf_printf(&s, ":%s", o->path);
            hash_bytes(HT_SHA256, s.s, s.len, &hashes[i]);
        }
        return;
    }
    Buf *text = &st->drv_text;
    text->len = 0;
    drv_unparse(st, d, mask, true, text);
    Hash h;
    hash_bytes(HT_SHA256, text->s, text->len, &h);
    for (size_t i = 0; i < d->noutputs; i++) hashes[i] = h;
}

const char *drv_store_path(State *st, const Derivation *d)
{
    Buf *text = &st->drv_text;
    text->len = 0;
    drv_unparse(st, d, false, false, text);
    const char **all = mem_alloc((d->srcs.n + d->ninputs + 1) * sizeof *all);
    if (d->srcs.n) memcpy(all, d->srcs.items, d->srcs.n * sizeof *all);   /* items is NULL when empty */
    for (size_t i = 0; i < d->ninputs; i++) all[d->srcs.n + i] = d->inputs[i].path;
    PathSet refs;
    pathset_build(&refs, all, d->srcs.n + d->ninputs);
    Buf name = {0};
    buf_printf(&name, "%s.drv", d->name);
    Hash h;
    hash_bytes(HT_SHA256, text->s, text->len, &h);
    const char *path = store_text_path(st, buf_cstr(&name), &h, &refs);
    store_add_text(st, path, text->s, text->len, &refs);

    if (!strtab_get(&st->drv_hashes, path, strlen(path))) {
        DrvHashEntry *e = mem_alloc(sizeof *e);
        e->drv_path = path;
        e->n = d->noutputs;
        e->names = mem_alloc(d->noutputs * sizeof *e->names);
        e->hashes = mem_alloc(d->noutputs * sizeof *e->hashes);
        for (size_t i = 0; i < d->noutputs; i++) e->names[i] = d->outputs[i].name;
        drv_hash_modulo(st, d, false, e->hashes);
        e->hex = mem_alloc(d->noutputs * sizeof *e->hex);
        for (size_t i = 0; i < d->noutputs; i++) e->hex[i] = hash_str(&e->hashes[i], HB_BASE16, false);
        strtab_put(&st->drv_hashes, path, strlen(path), e);
    }
    return path;
}
