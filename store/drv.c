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

/* ---- drafts ---- */

/* Where an output's path goes in a draft: at byte `at`, the path of output `output`. */
typedef struct {
    size_t at, output;
} DrvHole;

/* A derivation printed before its outputs have paths, the text hashDerivationModulo masks:
 * inputs replaced by their hashes (the bytes [inputs_at, inputs_end)) and an empty string
 * wherever an output path goes. Filling the holes gives the text of the final hash modulo;
 * also printing the inputs as paths gives the .drv file. So a derivation is printed once,
 * not three times. Valid from drv_name_outputs to the drv_store_path after it, for `of`. */
typedef struct DrvDraft DrvDraft;
struct DrvDraft {
    const Derivation *of;
    Buf text;
    Buf scratch;          /* for the pieces printed when the draft is used */
    size_t inputs_at, inputs_end;
    DrvHole *holes;
    size_t nholes, cap_holes;
};

static void add_hole(DrvDraft *f, size_t output)
{
    GROW_REALLOC(mem_realloc, f->holes, f->nholes, f->cap_holes, 8);
    f->holes[f->nholes++] = (DrvHole){ f->text.len, output };
}

/* Puts `""`; in a draft, the hole of output i between the quotes. */
static void put_path_or_hole(Buf *b, const char *path, DrvDraft *f, size_t i)
{
    buf_addc(b, '"');
    if (f) add_hole(f, i);
    else buf_adds(b, path);
    buf_addc(b, '"');
}

static void put_output(Buf *b, const DrvOutput *o, DrvDraft *f, size_t i)
{
    buf_addc(b, '(');
    put_plain(b, o->name);
    buf_addc(b, ',');
    put_path_or_hole(b, o->path, f, i);
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

static void put_plain_input(Buf *b, const DrvInput *in)
{
    buf_addc(b, '(');
    put_plain(b, in->path);
    buf_addc(b, ',');
    put_plain_list(b, in->outputs.items, in->outputs.n);
    buf_addc(b, ')');
}

/* The index of the output named key, or d->noutputs. */
static size_t output_index(const Derivation *d, const char *key)
{
    size_t i = 0;
    while (i < d->noutputs && strcmp(d->outputs[i].name, key)) i++;
    return i;
}

/* Derivation::unparse. With a draft f, into f->text: hashed inputs, and holes for the output
 * paths (as the environment variables of the outputs show them too). */
static void unparse(State *st, const Derivation *d, Buf *b, DrvDraft *f)
{
    buf_adds(b, "Derive([");
    for (size_t i = 0; i < d->noutputs; i++) {
        if (i) buf_addc(b, ',');
        put_output(b, &d->outputs[i], f, i);
    }
    buf_adds(b, "],[");
    if (f) {
        f->inputs_at = b->len;
        put_hashed_inputs(st, b, d);
        f->inputs_end = b->len;
    } else {
        for (size_t i = 0; i < d->ninputs; i++) {
            if (i) buf_addc(b, ',');
            put_plain_input(b, &d->inputs[i]);
        }
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
        size_t out = f ? output_index(d, d->env[i].key) : d->noutputs;
        if (out < d->noutputs) put_path_or_hole(b, NULL, f, out);
        else put_escaped(b, d->env[i].value);
        buf_addc(b, ')');
    }
    buf_adds(b, "])");
}

/* The evaluation's one draft, whichever derivation it was last made for. */
static DrvDraft *the_draft(State *st)
{
    if (!st->drv_draft) st->drv_draft = mem_alloc(sizeof *st->drv_draft);
    return st->drv_draft;
}

/* The draft of d, if the last one made is for d; else NULL. */
static const DrvDraft *draft_of(State *st, const Derivation *d)
{
    return st->drv_draft && st->drv_draft->of == d ? st->drv_draft : NULL;
}

static DrvDraft *draft(State *st, const Derivation *d)
{
    DrvDraft *f = the_draft(st);
    f->of = d;
    f->text.len = 0;
    f->nholes = 0;
    unparse(st, d, &f->text, f);
    return f;
}

/* Where text goes: into a hash and, unless copy is NULL, into a buffer. */
typedef struct {
    HashCtx hash;
    Buf *copy;
} Sink;

static void put(Sink *to, const char *s, size_t n)
{
    hash_update(&to->hash, s, n);
    if (to->copy) buf_add(to->copy, s, n);
}

/* Bytes [from, to) of the draft, with the holes in them filled by d's output paths (which
 * need no escaping: store paths have no quotes, backslashes or control characters). */
static void put_filled(const DrvDraft *f, const Derivation *d, size_t from, size_t to, Sink *out)
{
    for (size_t h = 0; h < f->nholes && f->holes[h].at < to; h++) {
        size_t at = f->holes[h].at;
        if (at < from) continue;
        put(out, f->text.s + from, at - from);
        const char *path = d->outputs[f->holes[h].output].path;
        put(out, path, strlen(path));
        from = at;
    }
    put(out, f->text.s + from, to - from);
}

/* ---- hashing ---- */

static void fixed_output_hashes(const Derivation *d, Hash *hashes)
{
    for (size_t i = 0; i < d->noutputs; i++) {
        const DrvOutput *o = &d->outputs[i];
        Buf s = {0};
        buf_printf(&s, "fixed:out:%s%s:", o->recursive ? "r:" : "", hash_type_name(o->hash.type));
        hash_print(&s, &o->hash, HB_BASE16, false);
        buf_printf(&s, ":%s", o->path);
        hash_bytes(HT_SHA256, s.s, s.len, &hashes[i]);
    }
}

void drv_name_outputs(State *st, Derivation *d)
{
    DrvDraft *f = draft(st, d);
    Hash h;
    hash_bytes(HT_SHA256, f->text.s, f->text.len, &h);
    for (size_t i = 0; i < d->noutputs; i++) {
        DrvOutput *o = &d->outputs[i];
        const char *path = store_output_path(st, o->name, &h, d->name);
        drv_set_env(d, o->name, path);   /* replaces "": the draft's positions stay */
        o->path = path;
    }
}

/* The hashes modulo of d's outputs as derivations using d see them (mask off). */
static void final_hashes(State *st, const Derivation *d, Hash *hashes)
{
    if (drv_is_fixed(d)) {
        fixed_output_hashes(d, hashes);
        return;
    }
    const DrvDraft *f = draft_of(st, d);
    if (!f) f = draft(st, d);
    Sink out = { .copy = NULL };
    hash_init(&out.hash, HT_SHA256);
    put_filled(f, d, 0, f->text.len, &out);
    Hash h;
    hash_final(&out.hash, &h);
    for (size_t i = 0; i < d->noutputs; i++) hashes[i] = h;
}

/* Puts the .drv file's text: from the draft, printing only the inputs, which are small;
 * a whole buffer of it is made only when the store keeps the text. */
static void put_final_text(State *st, const Derivation *d, Sink *out)
{
    const DrvDraft *f = draft_of(st, d);
    Buf *b = &the_draft(st)->scratch;
    b->len = 0;
    if (drv_is_fixed(d) || !f) {
        unparse(st, d, b, NULL);
        put(out, b->s, b->len);
        return;
    }
    put_filled(f, d, 0, f->inputs_at, out);
    for (size_t i = 0; i < d->ninputs; i++) {
        b->len = 0;
        if (i) buf_addc(b, ',');
        put_plain_input(b, &d->inputs[i]);
        put(out, b->s, b->len);
    }
    put_filled(f, d, f->inputs_end, f->text.len, out);
}

const char *drv_store_path(State *st, const Derivation *d)
{
    Buf *text = &st->drv_text;   /* reused: the store keeps a copy */
    text->len = 0;
    Sink out = { .copy = st->read_write ? text : NULL };
    hash_init(&out.hash, HT_SHA256);
    put_final_text(st, d, &out);
    Hash h;
    hash_final(&out.hash, &h);
    const char **all = mem_alloc((d->srcs.n + d->ninputs + 1) * sizeof *all);
    if (d->srcs.n) memcpy(all, d->srcs.items, d->srcs.n * sizeof *all);   /* items is NULL when empty */
    for (size_t i = 0; i < d->ninputs; i++) all[d->srcs.n + i] = d->inputs[i].path;
    PathSet refs;
    pathset_build(&refs, all, d->srcs.n + d->ninputs);
    Buf name = {0};
    buf_printf(&name, "%s.drv", d->name);
    const char *path = store_text_path(st, buf_cstr(&name), &h, &refs);
    if (out.copy) store_add_text(st, path, text->s, text->len, &refs);

    if (!strtab_get(&st->drv_hashes, path, strlen(path))) {
        DrvHashEntry *e = mem_alloc(sizeof *e);
        e->drv_path = path;
        e->n = d->noutputs;
        e->names = mem_alloc(d->noutputs * sizeof *e->names);
        e->hashes = mem_alloc(d->noutputs * sizeof *e->hashes);
        for (size_t i = 0; i < d->noutputs; i++) e->names[i] = d->outputs[i].name;
        final_hashes(st, d, e->hashes);
        e->hex = mem_alloc(d->noutputs * sizeof *e->hex);
        for (size_t i = 0; i < d->noutputs; i++) e->hex[i] = hash_str(&e->hashes[i], HB_BASE16, false);
        strtab_put(&st->drv_hashes, path, strlen(path), e);
    }
    if (st->drv_draft) st->drv_draft->of = NULL;   /* d may change once it is written */
    return path;
}
