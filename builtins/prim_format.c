/* prim_format.c: the text-format and pattern family of builtins. This file has the small
 * ones (replaceStrings, versions and derivation names, hashString, toXML) and the table
 * of the whole family; regular expressions, JSON, TOML and XML output live in
 * prim_regex.c, prim_json.c, prim_toml.c and xml.c. */
#include "builtins/prim_format.h"
#include "base/hash.h"
#include "base/mem.h"
#include "eval/print.h"

#include <string.h>

static void prim_replaceStrings(State *st, Pos pos, Value **args, Value *out)
{
    uint32_t nfrom, nto;
    Value **from = force_list(st, args[0], pos, &nfrom);
    Value **to = force_list(st, args[1], pos, &nto);
    if (nfrom != nto)
        eval_error(st, ERR_EVAL, pos, "'from' and 'to' arguments to 'replaceStrings' have different lengths");
    const char **fs = mem_alloc((nfrom + 1) * sizeof *fs);
    size_t *flen = mem_alloc_atomic((nfrom + 1) * sizeof *flen);
    for (uint32_t i = 0; i < nfrom; i++) fs[i] = force_string(st, from[i], pos, &flen[i]);
    /* Nix 2.8 forces every replacement, used or not, before the string; today's Nix forces
     * one when it is first used (ts[i] NULL until then). A context joins the result's only
     * if its replacement is used. */
    const char **ts = mem_alloc((nto + 1) * sizeof *ts);
    size_t *tlen = mem_alloc_atomic((nto + 1) * sizeof *tlen);
    Context **tctx = mem_alloc((nto + 1) * sizeof *tctx);
    bool lazy = eval_compat_current(st);
    for (uint32_t i = 0; i < nto && !lazy; i++) ts[i] = force_string_ctx(st, to[i], pos, &tlen[i], &tctx[i]);
    Context *ctx = NULL;
    size_t n;
    const char *s = force_string_ctx(st, args[2], pos, &n, &ctx);
    Buf b = {0};
    /* Bytes that no pattern begins with are copied in runs (unless a pattern is empty: it
     * matches everywhere). */
    bool begins[256] = { false }, empty = false;
    for (uint32_t i = 0; i < nfrom; i++) {
        if (flen[i]) begins[(unsigned char)fs[i][0]] = true;
        else empty = true;
    }
    /* one step past the end, so that an empty pattern also matches there */
    for (size_t p = 0; p <= n;) {
        if (!empty) {
            size_t q = p;
            while (q < n && !begins[(unsigned char)s[q]]) q++;
            buf_add(&b, s + p, q - p);
            if (q == n) break;
            p = q;
        }
        uint32_t i = 0;
        for (; i < nfrom; i++)
            if (flen[i] <= n - p && !memcmp(s + p, fs[i], flen[i])) break;
        if (i == nfrom) {
            if (p < n) buf_addc(&b, s[p]);
            p++;
            continue;
        }
        if (!ts[i]) ts[i] = force_string_ctx(st, to[i], pos, &tlen[i], &tctx[i]);
        buf_add(&b, ts[i], tlen[i]);
        if (!flen[i]) {
            if (p < n) buf_addc(&b, s[p]);
            p++;
        } else {
            p += flen[i];
        }
        if (tctx[i]) { ctx = ctx_union(ctx, tctx[i]); tctx[i] = NULL; }
    }
    set_string_buf(out, &b, ctx);
}

/* ---- versions (CppNix's names.cc) ---- */

static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* nextComponent: skips separators, then takes a run of digits or a run of anything else
 * but digits and separators. */
static size_t next_component(const char *s, size_t n, size_t *p, const char **comp)
{
    while (*p < n && (s[*p] == '.' || s[*p] == '-')) (*p)++;
    size_t start = *p;
    if (*p < n && is_digit(s[*p]))
        while (*p < n && is_digit(s[*p])) (*p)++;
    else
        while (*p < n && !is_digit(s[*p]) && s[*p] != '.' && s[*p] != '-') (*p)++;
    *comp = s + start;
    return *p - start;
}

/* string2Int<int>: digits only (components never hold a sign), and it must fit an int. */
static bool component_int(const char *c, size_t n, long *v)
{
    if (!n || !is_digit(c[0])) return false;
    long x = 0;
    for (size_t i = 0; i < n; i++) {
        x = x * 10 + (c[i] - '0');
        if (x > 2147483647L) return false;
    }
    *v = x;
    return true;
}

static bool comp_is(const char *c, size_t n, const char *lit) { return n == strlen(lit) && !memcmp(c, lit, n); }

static bool components_lt(const char *c1, size_t n1, const char *c2, size_t n2)
{
    long v1, v2;
    bool i1 = component_int(c1, n1, &v1), i2 = component_int(c2, n2, &v2);
    if (i1 && i2) return v1 < v2;
    if (n1 == 0 && i2) return true;
    if (comp_is(c1, n1, "pre") && !comp_is(c2, n2, "pre")) return true;
    if (comp_is(c2, n2, "pre")) return false;
    /* 2.3a < 2.3.1 */
    if (i2) return true;
    if (i1) return false;
    int r = memcmp(c1, c2, n1 < n2 ? n1 : n2);
    return r < 0 || (r == 0 && n1 < n2);
}

static int compare_versions(const char *v1, size_t n1, const char *v2, size_t n2)
{
    size_t p1 = 0, p2 = 0;
    while (p1 < n1 || p2 < n2) {
        const char *c1, *c2;
        size_t l1 = next_component(v1, n1, &p1, &c1);
        size_t l2 = next_component(v2, n2, &p2, &c2);
        if (components_lt(c1, l1, c2, l2)) return -1;
        if (components_lt(c2, l2, c1, l1)) return 1;
    }
    return 0;
}

static void prim_compareVersions(State *st, Pos pos, Value **args, Value *out)
{
    size_t n1, n2;
    const char *v1 = force_string_noctx(st, args[0], pos, &n1);
    const char *v2 = force_string_noctx(st, args[1], pos, &n2);
    set_int(out, compare_versions(v1, n1, v2, n2));
}

static void prim_splitVersion(State *st, Pos pos, Value **args, Value *out)
{
    size_t n;
    const char *v = force_string_noctx(st, args[0], pos, &n);
    Value **elems = list_alloc((uint32_t)n);   /* at most one component per byte */
    uint32_t k = 0;
    size_t p = 0;
    while (p < n) {
        const char *c;
        size_t l = next_component(v, n, &p, &c);
        if (!l) break;
        elems[k++] = val_string(mem_strndup(c, l), l, NULL);
    }
    set_list(out, elems, k);
}

/* DrvName: the name ends at the first dash that is not followed by a letter. */
static void prim_parseDrvName(State *st, Pos pos, Value **args, Value *out)
{
    size_t n;
    const char *s = force_string_noctx(st, args[0], pos, &n);
    size_t name_len = n, ver_start = n;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '-' && i + 1 < n && !is_alpha(s[i + 1])) {
            name_len = i;
            ver_start = i + 1;
            break;
        }
    AttrsBuilder b;
    ab_init(&b, 2);
    ab_add(&b, st->s_name, val_string(mem_strndup(s, name_len), name_len, NULL), NO_POS);
    ab_add(&b, sym_intern("version", 7), val_string(mem_strndup(s + ver_start, n - ver_start), n - ver_start, NULL), NO_POS);
    Attrs *a = ab_finish(&b, false);
    set_attrs(out, a);
}

/* ---- hashes ---- */

static void prim_hashString(State *st, Pos pos, Value **args, Value *out)
{
    size_t tlen, n;
    const char *type = force_string_noctx(st, args[0], pos, &tlen);
    HashType t = hash_type_parse(type, tlen);
    if (t == HT_NONE) eval_error(st, ERR_USAGE, NO_POS, "unknown hash algorithm '%s'", type);
    /* the string's context is dropped */
    const char *s = force_string(st, args[1], pos, &n);
    Hash h;
    hash_bytes(t, s, n, &h);
    const char *r = hash_str(&h, HB_BASE16, false);
    set_string(out, r, strlen(r), NULL);
}

/* ---- XML ---- */

static void prim_toXML(State *st, Pos pos, Value **args, Value *out)
{
    Buf b = {0};
    Context *ctx = NULL;
    print_xml_at(st, &b, args[0], true, false, &ctx, pos);
    set_string_buf(out, &b, ctx);
}

const PrimDef prim_format_defs[] = {
    { "__match", 2, prim_match },
    { "__split", 2, prim_split },
    { "__replaceStrings", 3, prim_replaceStrings },
    { "__compareVersions", 2, prim_compareVersions },
    { "__splitVersion", 1, prim_splitVersion },
    { "__parseDrvName", 1, prim_parseDrvName },
    { "__hashString", 2, prim_hashString },
    { "__toXML", 1, prim_toXML },
    { "__toJSON", 1, prim_toJSON },
    { "__fromJSON", 1, prim_fromJSON },
    { "fromTOML", 1, prim_fromTOML },
    { NULL, 0, NULL },
};
