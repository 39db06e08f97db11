/* prim_flake.c: flake references, newer than Nix 2.8 (Nix 2.18): parseFlakeRef and
 * flakeRefToString, as today's Nix's libflake and libfetchers define them, for the kinds
 * that are written without fetching anything: github:, gitlab:, sourcehut: (owner/repo and
 * a ref or rev) and indirect ones (flake:ID or ID, with a ref and a rev). Other kinds
 * (path:, git+..., tarballs) are an error that says so. */
#include "builtins/prim.h"
#include "base/mem.h"
#include "parser/show.h"

#include <string.h>

typedef struct { const char *key, *value; } Param;
typedef struct { Param *p; size_t n; } Params;

static bool is_forge(const char *t)
{
    return !strcmp(t, "github") || !strcmp(t, "gitlab") || !strcmp(t, "sourcehut");
}

/* A full commit hash (revRegex: 40 hex digits, or 64 for SHA-256 repositories). */
static bool is_rev(const char *s)
{
    size_t n = strlen(s);
    if (n != 40 && n != 64) return false;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) return false;
    return true;
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static const char *percent_decode(const char *s, size_t n)
{
    Buf b = {0};
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '%' && i + 2 < n && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
            buf_addc(&b, (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2])));
            i += 2;
        } else {
            buf_addc(&b, s[i]);
        }
    }
    return buf_cstr(&b);
}

static void put(AttrsBuilder *b, const char *k, const char *v)
{
    ab_add(b, sym_cstr(k), val_cstring(v), NO_POS);
}

_Noreturn static void bad_url(State *st, const char *ref, const char *why)
{
    eval_error(st, ERR_EVAL, NO_POS, "URL '%s' %s", ref, why);
}

/* Splits "a/b/c" into its non-empty segments. */
static const char **segments(const char *s, size_t *n)
{
    const char **v = mem_alloc((strlen(s) + 1) * sizeof *v);
    size_t k = 0;
    for (const char *p = s; *p;) {
        const char *e = strchr(p, '/');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len) v[k++] = percent_decode(p, len);
        p += len + (e ? 1 : 0);
    }
    *n = k;
    return v;
}

static void parse_query(const char *q, Params *out)
{
    out->p = mem_alloc((strlen(q) + 1) * sizeof *out->p);
    out->n = 0;
    for (const char *p = q; *p;) {
        const char *e = strchr(p, '&');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        const char *eq = memchr(p, '=', len);
        if (len) {
            Param *x = &out->p[out->n++];
            x->key = percent_decode(p, eq ? (size_t)(eq - p) : len);
            x->value = eq ? percent_decode(eq + 1, len - (size_t)(eq + 1 - p)) : "";
        }
        p += len + (e ? 1 : 0);
    }
}

static void prim_parseFlakeRef(State *st, Pos pos, Value **args, Value *out)
{
    eval_push_frame(st, (Frame){ FR_TEXT, pos, 0, "while evaluating the argument passed to builtins.parseFlakeRef", 0 });
    const char *ref = force_string_noctx(st, args[0], pos, NULL);
    eval_pop_frame(st);
    const char *hash = strchr(ref, '#');
    if (hash) eval_error(st, ERR_EVAL, NO_POS, "unexpected fragment '%s' in flake reference '%s'", hash + 1, ref);
    const char *qm = strchr(ref, '?');
    const char *body = qm ? mem_strndup(ref, (size_t)(qm - ref)) : ref;
    Params q;
    parse_query(qm ? qm + 1 : "", &q);
    const char *colon = strchr(body, ':');
    const char *type = colon ? mem_strndup(body, (size_t)(colon - body)) : "flake";
    const char *path = colon ? colon + 1 : body;
    AttrsBuilder b;
    ab_init(&b, 8);
    bool have_ref = false, have_rev = false;
    size_t n;
    const char **seg = segments(path, &n);
    if (is_forge(type)) {
        if (n < 2) bad_url(st, ref, "is invalid");
        put(&b, "owner", seg[0]);
        put(&b, "repo", seg[1]);
        if (n == 3 && is_rev(seg[2])) { put(&b, "rev", seg[2]); have_rev = true; }
        else if (n >= 3) {
            Buf r = {0};
            for (size_t i = 2; i < n; i++) buf_printf(&r, "%s%s", i > 2 ? "/" : "", seg[i]);
            put(&b, "ref", buf_cstr(&r));
            have_ref = true;
        }
    } else if (!strcmp(type, "flake")) {
        if (n < 1 || n > 3) bad_url(st, ref, "is not a valid flake reference");
        put(&b, "id", seg[0]);
        for (size_t i = 1; i < n; i++) {
            if (is_rev(seg[i])) { put(&b, "rev", seg[i]); have_rev = true; }
            else if (i == 1) { put(&b, "ref", seg[i]); have_ref = true; }
            else bad_url(st, ref, "is not a valid flake reference");
        }
        type = "indirect";
    } else {
        eval_error(st, ERR_EVAL, NO_POS, "flake references of type '%s' ('%s') are not supported by nixel", type, ref);
    }
    for (size_t i = 0; i < q.n; i++) {
        const char *k = q.p[i].key;
        if (!strcmp(k, "dir")) { if (*q.p[i].value) put(&b, "dir", q.p[i].value); continue; }
        if (!strcmp(k, "rev")) {
            if (have_rev) bad_url(st, ref, "contains multiple commit hashes");
            have_rev = true;
        } else if (!strcmp(k, "ref")) {
            if (have_ref) bad_url(st, ref, "contains multiple branch/tag names");
            have_ref = true;
        } else if (strcmp(k, "narHash") && (strcmp(k, "host") || !is_forge(type))) {
            Buf m = {0};
            buf_printf(&m, "contains unknown parameter '%s'", k);
            bad_url(st, ref, buf_cstr(&m));
        }
        put(&b, k, q.p[i].value);
    }
    put(&b, "type", type);
    set_attrs(out, ab_finish(&b, true));
}

/* The value of an attribute as flakeRefToString takes it: a string, or a non-negative
 * integer or a Boolean, printed. */
static const char *attr_text(State *st, Attr *a)
{
    force(st, a->value, a->pos);
    Value *v = a->value;
    if (v->type == T_STRING) return force_string_noctx(st, v, a->pos, NULL);
    if (v->type == T_INT) {
        if (v->i < 0) eval_error(st, ERR_EVAL, NO_POS, "negative value given for flake ref attr %s: %lld", sym_str(a->name), (long long)v->i);
        Buf b = {0};
        buf_printf(&b, "%lld", (long long)v->i);
        return buf_cstr(&b);
    }
    if (v->type == T_BOOL) return v->b ? "1" : "0";
    eval_error(st, ERR_EVAL, NO_POS, "flake reference attribute sets may only contain integers, Booleans, and strings, but attribute '%s' is %s",
               sym_str(a->name), show_type(v));
}

static void add_url_text(Buf *b, const char *s)
{
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || strchr("-._~!$&'()*+,;=:@/", c))
            buf_addc(b, (char)c);
        else
            buf_printf(b, "%%%02X", c);
    }
}

static void prim_flakeRefToString(State *st, Pos pos, Value **args, Value *out)
{
    eval_push_frame(st, (Frame){ FR_TEXT, pos, 0, "while evaluating the argument passed to builtins.flakeRefToString", 0 });
    Attrs *a = force_attrs(st, args[0], pos);
    eval_pop_frame(st);
    /* every attribute is checked first, as Nix builds its attribute map first */
    const char **text = mem_alloc((a->n ? a->n : 1) * sizeof *text);
    const char *type = NULL, *owner = NULL, *repo = NULL, *id = NULL, *ref = NULL, *rev = NULL;
    for (uint32_t i = 0; i < a->n; i++) {
        text[i] = attr_text(st, &a->a[i]);
        const char *k = sym_str(a->a[i].name);
        if (!strcmp(k, "type")) type = text[i];
        else if (!strcmp(k, "owner")) owner = text[i];
        else if (!strcmp(k, "repo")) repo = text[i];
        else if (!strcmp(k, "id")) id = text[i];
        else if (!strcmp(k, "ref")) ref = text[i];
        else if (!strcmp(k, "rev")) rev = text[i];
    }
    if (!type) eval_error(st, ERR_EVAL, NO_POS, "attribute 'type' is missing in flake reference");
    bool forge = is_forge(type), indirect = !strcmp(type, "indirect");
    if (!forge && !indirect)
        eval_error(st, ERR_EVAL, NO_POS, "flake references of type '%s' are not supported by nixel", type);
    Buf b = {0};
    if (forge) {
        if (!owner || !repo) eval_error(st, ERR_EVAL, NO_POS, "attribute '%s' is missing in flake reference", owner ? "repo" : "owner");
        buf_printf(&b, "%s:", type);
        add_url_text(&b, owner);
        buf_addc(&b, '/');
        add_url_text(&b, repo);
    } else {
        if (!id) eval_error(st, ERR_EVAL, NO_POS, "attribute 'id' is missing in flake reference");
        buf_adds(&b, "flake:");
        add_url_text(&b, id);
    }
    if (ref) { buf_addc(&b, '/'); add_url_text(&b, ref); }
    if (rev) { buf_addc(&b, '/'); add_url_text(&b, rev); }
    /* the remaining attributes are the query, in name order */
    uint32_t *order = attrs_by_name(a);
    char sep = '?';
    for (uint32_t j = 0; j < a->n; j++) {
        uint32_t i = order[j];
        const char *k = sym_str(a->a[i].name);
        if (!strcmp(k, "type") || !strcmp(k, "owner") || !strcmp(k, "repo") || !strcmp(k, "id") ||
            !strcmp(k, "ref") || !strcmp(k, "rev")) continue;
        buf_addc(&b, sep);
        sep = '&';
        add_url_text(&b, k);
        buf_addc(&b, '=');
        add_url_text(&b, text[i]);
    }
    set_string(out, b.s, b.len, NULL);
}

const PrimDef prim_flake_defs[] = {
    { "__parseFlakeRef", 1, prim_parseFlakeRef },
    { "__flakeRefToString", 1, prim_flakeRefToString },
    { NULL, 0, NULL },
};
