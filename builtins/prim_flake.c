/* prim_flake.c: flake references, newer than Nix 2.8 (Nix 2.18): builtins.parseFlakeRef and
 * builtins.flakeRefToString, as today's Nix defines them (libflake's flakeref.cc and the
 * input schemes of libfetchers), for every kind of reference: flake IDs and flake:
 * (indirect), github:, gitlab:, sourcehut:, path: and absolute paths, git+...: and git:,
 * hg+...:, tarball+...: and plain http(s):/file: URLs (tarball), file+...: (file).
 *
 * parseFlakeRef gives no base directory, as Nix's primop does: a path is not looked up on
 * the file system (no search for flake.nix, no turning a Git checkout into git+file:),
 * and a relative one is an error. Errors Nix raises as BadURL while it tries a reference as
 * a URL make it try the reference as a path instead, so they surface as the path's error;
 * url.h's url_parse is that URL parser.
 * Not here: git's verifyCommit, keytype and publicKey(s), which need the experimental
 * feature verified-fetches (nixel has not got it: they are Nix's error without it), and
 * SCP-style git locations with a bracketed IPv6 host. */
#include "builtins/prim.h"
#include "builtins/url.h"
#include "base/diag.h"
#include "base/hash.h"
#include "base/mem.h"
#include "eval/print.h"
#include "parser/show.h"

#include <setjmp.h>
#include <stdarg.h>
#include <string.h>

/* ---- fetcher attributes: a std::map<string, string | uint64 | bool> ---- */

typedef enum { FA_STR, FA_INT, FA_BOOL } FaKind;
typedef struct { const char *key; FaKind kind; const char *s; uint64_t i; bool b; } Fa;
typedef struct { Fa *a; size_t n; } Fattrs;

static Fa *fa_get(const Fattrs *f, const char *key)
{
    for (size_t i = 0; i < f->n; i++)
        if (!strcmp(f->a[i].key, key)) return &f->a[i];
    return NULL;
}

/* insert_or_assign (overwrite) or emplace (keep an existing value). */
static void fa_put(Fattrs *f, Fa x, bool overwrite)
{
    size_t i = 0;
    while (i < f->n && strcmp(f->a[i].key, x.key) < 0) i++;
    if (i < f->n && !strcmp(f->a[i].key, x.key)) {
        if (overwrite) f->a[i] = x;
        return;
    }
    Fa *a = mem_alloc((f->n + 1) * sizeof *a);
    if (i) memcpy(a, f->a, i * sizeof *a);   /* f->a is NULL while f is empty */
    a[i] = x;
    if (f->n > i) memcpy(a + i + 1, f->a + i, (f->n - i) * sizeof *a);
    f->a = a;
    f->n++;
}

static void fa_str(Fattrs *f, const char *k, const char *v) { fa_put(f, (Fa){ k, FA_STR, v, 0, false }, true); }
static void fa_int(Fattrs *f, const char *k, uint64_t v) { fa_put(f, (Fa){ k, FA_INT, NULL, v, false }, true); }
static void fa_bool(Fattrs *f, const char *k, bool v) { fa_put(f, (Fa){ k, FA_BOOL, NULL, 0, v }, true); }

static void fa_erase(Fattrs *f, const char *key)
{
    Fa *x = fa_get(f, key);
    if (!x) return;
    size_t i = (size_t)(x - f->a);
    memmove(f->a + i, f->a + i + 1, (f->n - i - 1) * sizeof *f->a);
    f->n--;
}

/* A JSON string as nlohmann's dump() writes it: \b and \f have their short escapes. */
static void json_string(Buf *b, const char *s)
{
    Buf t = {0};
    print_json_string(&t, s, strlen(s));
    for (size_t i = 0; i < t.len; i++) {
        if (t.s[i] != '\\') { buf_addc(b, t.s[i]); continue; }
        const char *esc = t.s + i;
        if (t.len - i >= 6 && !memcmp(esc, "\\u0008", 6)) { buf_adds(b, "\\b"); i += 5; }
        else if (t.len - i >= 6 && !memcmp(esc, "\\u000c", 6)) { buf_adds(b, "\\f"); i += 5; }
        else { buf_add(b, esc, 2); i++; }
    }
}

/* attrsToJSON(...).dump(), as messages show inputs. */
static const char *fa_json(const Fattrs *f)
{
    Buf b = {0};
    buf_addc(&b, '{');
    for (size_t i = 0; i < f->n; i++) {
        if (i) buf_addc(&b, ',');
        json_string(&b, f->a[i].key);
        buf_addc(&b, ':');
        if (f->a[i].kind == FA_STR) json_string(&b, f->a[i].s);
        else if (f->a[i].kind == FA_INT) buf_printf(&b, "%llu", (unsigned long long)f->a[i].i);
        else buf_adds(&b, f->a[i].b ? "true" : "false");
    }
    buf_addc(&b, '}');
    return buf_cstr(&b);
}

/* ---- errors ---- */

static State *cur_st;
/* Set while a reference is tried as a URL: Nix's BadURL then means "try it as a path". */
static jmp_buf *bad_url_catch;

static const char *vmsg(const char *fmt, va_list ap)
{
    Buf b = {0};
    buf_vprintf(&b, fmt, ap);
    return buf_cstr(&b);
}

_Noreturn static void fail_kind(ErrKind kind, const char *fmt, va_list ap)
{
    bad_url_catch = NULL;
    eval_error(cur_st, kind, NO_POS, "%s", vmsg(fmt, ap));
}

/* Nix's Error (and BadHash, MissingExperimentalFeature, ...): always reported. */
_Noreturn __attribute__((format(printf, 1, 2))) static void fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fail_kind(ERR_EVAL, fmt, ap);
}

/* Nix's UsageError. */
_Noreturn __attribute__((format(printf, 1, 2))) static void fail_usage(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fail_kind(ERR_USAGE, fmt, ap);
}

/* Nix's BadURL: caught while a reference is tried as a URL. */
_Noreturn __attribute__((format(printf, 1, 2))) static void fail_url(const char *fmt, ...)
{
    if (bad_url_catch) longjmp(*bad_url_catch, 1);
    va_list ap;
    va_start(ap, fmt);
    fail_kind(ERR_EVAL, fmt, ap);
}

/* maybeGetStrAttr / maybeGetIntAttr / maybeGetBoolAttr: absent is NULL, another type an error. */
static const char *maybe_str(const Fattrs *f, const char *key)
{
    Fa *x = fa_get(f, key);
    if (x && x->kind != FA_STR) fail("input attribute '%s' is not a string %s", key, fa_json(f));
    return x ? x->s : NULL;
}

static const char *get_str(const Fattrs *f, const char *key)
{
    const char *s = maybe_str(f, key);
    if (!s) fail("input attribute '%s' is missing", key);
    return s;
}

static void check_int(const Fattrs *f, const char *key)
{
    Fa *x = fa_get(f, key);
    if (x && x->kind != FA_INT) fail("input attribute '%s' is not an integer", key);
}

static bool maybe_bool(const Fattrs *f, const char *key)
{
    Fa *x = fa_get(f, key);
    if (x && x->kind != FA_BOOL) fail("input attribute '%s' is not a Boolean", key);
    return x && x->b;
}

/* ---- names ---- */

static bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
static bool is_ref_char(char c) { return is_alnum(c) || (c && strchr("_./@+-", c)); }
static bool is_id_char(char c) { return is_alnum(c) || c == '_' || c == '-'; }

/* flakeIdRegex: [a-zA-Z][a-zA-Z0-9_-]* */
static bool is_flake_id(const char *s)
{
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z'))) return false;
    while (*++s)
        if (!is_id_char(*s)) return false;
    return true;
}

/* refRegex: [a-zA-Z0-9@][a-zA-Z0-9_.\/@+-]* */
static bool matches_ref_regex(const char *s)
{
    if (!(is_alnum(*s) || *s == '@')) return false;
    while (*++s)
        if (!is_ref_char(*s)) return false;
    return true;
}

/* revRegex: 40 hex digits, either case. */
static bool is_rev(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++)
        if (!(is_alnum(s[n]) && (s[n] <= '9' || (s[n] | 32) <= 'f'))) return false;
    return n == 40;
}

/* libgit2's reference name check (git_reference__normalize_name without normalizing, one-level
 * names allowed if they are all capitals and underscores). */
static bool git_segment_ok(const char *s, size_t n)
{
    if (!n || s[0] == '.') return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= ' ' || strchr("~^:\\?[*", c)) return false;
        if (i && ((s[i - 1] == '.' && c == '.') || (s[i - 1] == '@' && c == '{'))) return false;
    }
    return !(n >= 5 && !memcmp(s + n - 5, ".lock", 5));
}

static bool all_caps(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || s[i] == '_')) return false;
    return n && s[0] != '_' && s[n - 1] != '_';
}

static bool git_refname_valid(const char *name)
{
    if (*name == '/') return false;
    size_t segs = 0, first = 0;
    for (const char *p = name;;) {
        size_t n = strcspn(p, "/");
        if (!git_segment_ok(p, n)) return false;
        if (!segs) first = n;
        segs++;
        if (!p[n]) {
            if (p[n - 1] == '.') return false;
            break;
        }
        p += n + 1;
    }
    return segs == 1 ? all_caps(name, first) : !all_caps(name, first);
}

/* isLegalRefName: a reference, branch or tag name as libgit2 accepts them. */
static bool is_legal_ref_name(const char *name)
{
    if (!strcmp(name, "@") || strchr(name, '\177')) return false;
    if (git_refname_valid(name)) return true;
    if (name[0] == '-') return false;
    if (strcmp(name, "HEAD") && git_refname_valid(buf_format("refs/heads/%s", name))) return true;
    return git_refname_valid(buf_format("refs/tags/%s", name));
}

/* ---- hashes ---- */

static const char *hash_or_fail(const char *s, HashType t, HashMode mode, Hash *h, bool soft)
{
    bool usage;
    const char *err = hash_parse_today(s, strlen(s), t, mode, h, &usage);
    if (err && usage) fail_usage("%s", err);
    if (err && !soft) fail("%s", err);
    return err;
}

/* Input::getRev, printed as gitRev(): base-16. */
static const char *get_rev(const Fattrs *f)
{
    const char *s = maybe_str(f, "rev");
    if (!s) return NULL;
    Hash h;
    if (hash_or_fail(s, HT_NONE, HM_PREFIXED, &h, true)) hash_or_fail(s, HT_SHA1, HM_ANY, &h, false);
    return hash_str(&h, HB_BASE16, false);
}

/* Input::getNarHash, printed as SRI; "" is SHA-256's zero hash. */
static const char *get_nar_hash(const Fattrs *f)
{
    const char *s = maybe_str(f, "narHash");
    if (!s) return NULL;
    Hash h;
    if (!*s) hash_zero(HT_SHA256, &h);
    else hash_or_fail(s, HT_NONE, HM_SRI, &h, false);
    if (h.type != HT_SHA256) fail_usage("narHash must use SHA-256");
    return hash_str(&h, HB_SRI, true);
}

/* ---- file system paths in URLs ---- */

/* pathToUrlPath, as std::filesystem splits a POSIX path: "/a//b/" is "", "a", "b", "", "". */
static Url url_of_path(const char *scheme, const char *path, bool authority)
{
    Url u = { .scheme = scheme, .has_authority = authority, .host = "", .port = -1, .fragment = "" };
    size_t n = strlen(path);
    u.path = mem_alloc((n + 3) * sizeof *u.path);
    const char *p = path;
    if (*p == '/') u.path[u.npath++] = "";
    while (*p == '/') p++;
    bool rel = *p != 0;
    while (*p) {
        size_t k = strcspn(p, "/");
        u.path[u.npath++] = mem_strndup(p, k);
        p += k;
        while (*p == '/') p++;
    }
    if (rel && path[n - 1] == '/') u.path[u.npath++] = "";
    if (!n || path[n - 1] == '/') u.path[u.npath++] = "";
    return u;
}

/* urlPathToPath: the segments joined as std::filesystem's operator/= joins them. */
static const char *path_of_url(const Url *u)
{
    Buf b = {0};
    buf_add(&b, "", 0);
    size_t i = 0;
    for (size_t k = 0; k < u->npath; k++) {
        if (strchr(u->path[k], '/'))
            fail_url("URL path component '%s' contains '/', which is not allowed in file names", u->path[k]);
    }
    if (u->npath && !*u->path[0]) { buf_addc(&b, '/'); i = 1; }
    for (; i < u->npath; i++) {
        if (b.len && b.s[b.len - 1] != '/') buf_addc(&b, '/');
        buf_adds(&b, u->path[i]);
    }
    return buf_cstr(&b);
}

/* string2Int<uint64_t> */
static bool parse_u64(const char *s, uint64_t *out)
{
    if (!*s) return false;
    uint64_t v = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9' || v > (UINT64_MAX - (uint64_t)(*s - '0')) / 10) return false;
        v = v * 10 + (uint64_t)(*s - '0');
    }
    *out = v;
    return true;
}

static Url parse_url_or_fail(const char *s)
{
    Url u;
    const char *err = url_parse(s, false, &u);
    if (err) fail_url("%s", err);
    return u;
}

/* ---- the input schemes: from a URL, from attributes, to a URL ---- */

static bool is_forge(const char *t)
{
    return !strcmp(t, "github") || !strcmp(t, "gitlab") || !strcmp(t, "sourcehut");
}

static bool is_curl_transport(const char *scheme)
{
    const char *t = url_scheme_transport(scheme);
    return !strcmp(t, "file") || !strcmp(t, "http") || !strcmp(t, "https");
}

static bool is_hg_scheme(const char *s)
{
    return !strcmp(s, "hg+http") || !strcmp(s, "hg+https") || !strcmp(s, "hg+ssh") || !strcmp(s, "hg+file");
}

static const char *const allowed_git[] = { "url", "ref", "rev", "shallow", "submodules", "lfs", "exportIgnore",
    "lastModified", "revCount", "narHash", "allRefs", "name", "dirtyRev", "dirtyShortRev", "verifyCommit",
    "keytype", "publicKey", "publicKeys", NULL };
static const char *const allowed_forge[] = { "owner", "repo", "ref", "rev", "narHash", "lastModified", "host", "treeHash", NULL };
static const char *const allowed_hg[] = { "url", "ref", "rev", "revCount", "narHash", "name", NULL };
static const char *const allowed_indirect[] = { "id", "ref", "rev", "narHash", NULL };
static const char *const allowed_path[] = { "path", "rev", "revCount", "lastModified", "narHash", NULL };
static const char *const allowed_curl[] = { "url", "narHash", "name", "unpack", "rev", "revCount", "lastModified", NULL };

static const char *const *allowed_attrs(const char *type)
{
    if (!strcmp(type, "git")) return allowed_git;
    if (is_forge(type)) return allowed_forge;
    if (!strcmp(type, "hg")) return allowed_hg;
    if (!strcmp(type, "indirect")) return allowed_indirect;
    if (!strcmp(type, "path")) return allowed_path;
    if (!strcmp(type, "tarball") || !strcmp(type, "file")) return allowed_curl;
    return NULL;
}

static bool listed(const char *const *names, const char *s)
{
    for (; *names; names++)
        if (!strcmp(*names, s)) return true;
    return false;
}

/* fixupInput: the attributes every input has, checked for their types. */
static void fixup(const Fattrs *f)
{
    get_str(f, "type");
    maybe_str(f, "ref");
    check_int(f, "revCount");
    check_int(f, "lastModified");
}

/* Whether Git would take s for [user@]host:path rather than a URL (tryParseScpStyle): no
 * "://", a colon with no '/' before it, and not a scheme Git knows. */
static bool is_scp_style(const char *s)
{
    static const char *const git_schemes[] = { "ssh", "http", "https", "file", "ftp", "ftps", "git", NULL };
    const char *colon = strchr(s, ':');
    if (strstr(s, "://") || !colon) return false;
    const char *host = mem_strndup(s, (size_t)(colon - s));
    if (strchr(host, '/')) return false;
    return !listed(git_schemes, host) && !(!strncmp(host, "git+", 4) && listed(git_schemes, host + 4));
}

/* An SCP-style location as an ssh:// URL. Its path is made absolute, with Nix's warning
 * unless it starts with '~'. (Bracketed IPv6 hosts are not handled.) */
static const char *scp_to_url(const char *s)
{
    const char *colon = strchr(s, ':'), *path = colon + 1;
    const char *host = mem_strndup(s, (size_t)(colon - s)), *at = strchr(host, '@');
    Url u = { .scheme = "ssh", .has_authority = true, .port = -1, .fragment = "" };
    if (at) {
        u.user = mem_strndup(host, (size_t)(at - host));
        host = at + 1;
    }
    u.host = host;
    u.host_type = HOST_NAME;
    if (!*path) fail_url("SCP-style Git URL '%s' has an empty path", s);
    u.path = mem_alloc((strlen(path) + 3) * sizeof *u.path);
    for (const char *p = path;;) {
        size_t k = strcspn(p, "/");
        u.path[u.npath++] = mem_strndup(p, k);
        if (!p[k]) break;
        p += k + 1;
    }
    if (!*u.path[0]) return url_to_string(&u);
    memmove(u.path + 1, u.path, u.npath++ * sizeof *u.path);
    u.path[0] = "";
    const char *abs = url_to_string(&u);
    if (u.path[1][0] != '~') {
        Url t = u;
        t.path = mem_alloc((u.npath + 1) * sizeof *t.path);
        t.path[0] = "";
        t.path[1] = "~";
        memcpy(t.path + 2, u.path + 1, (u.npath - 1) * sizeof *t.path);
        t.npath = u.npath + 1;
        const char *w = buf_format("warning: SCP-style URL '%s' has a relative path which cannot be faithfully converted to an SSH URL: "
            "we will convert it to an absolute path when making an SSH URL.\n\nUse an explicit absolute path:\n\n    %s:/%s\n\n"
            "or with an explicit SSH URL:\n\n    %s\n\ninstead, to explicitly use an absolute path (and silence this warning). "
            "Or, to be relative to the remote user's home directory:\n\n    %s:~/%s\n\nor with an explicit SSH URL:\n\n    %s",
            s, host, path, abs, host, path, url_to_string(&t));
        diag_log(w, strlen(w));
    }
    return abs;
}

/* fixGitURL: an absolute path is a file:// URL, [user@]host:path an ssh:// one; "git+" is
 * dropped from the scheme. */
static const char *fix_git_url(const char *s)
{
    if (*s == '/') {
        Url u = url_of_path("file", s, true);
        return url_to_string(&u);
    }
    if (is_scp_style(s)) return scp_to_url(s);
    Url u = parse_url_or_fail(s);
    const char *app = url_scheme_application(u.scheme);
    if (app && !strcmp(app, "git")) u.scheme = url_scheme_transport(u.scheme);
    return url_to_string(&u);
}

static void git_from_attrs(Fattrs *f)
{
    static const char *const verified[] = { "verifyCommit", "keytype", "publicKey", "publicKeys", NULL };
    for (size_t i = 0; i < f->n; i++)
        if (listed(verified, f->a[i].key))
            fail("experimental Nix feature 'verified-fetches' is disabled; add '--extra-experimental-features verified-fetches' to enable it");
    const char *ref = maybe_str(f, "ref");
    if (ref && !is_legal_ref_name(ref)) fail_url("invalid Git branch/tag name '%s'", ref);
    fa_str(f, "url", fix_git_url(get_str(f, "url")));
    maybe_bool(f, "shallow");
    maybe_bool(f, "submodules");
    maybe_bool(f, "allRefs");
}

static void forge_from_attrs(const Fattrs *f)
{
    get_str(f, "owner");
    get_str(f, "repo");
    const char *ref = maybe_str(f, "ref"), *rev = maybe_str(f, "rev");
    if (ref && rev)
        fail_url("input %s contains both a commit hash ('%s') and a branch/tag name ('%s')", fa_json(f), rev, ref);
    Hash h;
    if (rev) hash_or_fail(rev, HT_SHA1, HM_ANY, &h, false);
    if (ref && !is_legal_ref_name(ref)) fail_url("input %s contains an invalid branch/tag name", fa_json(f));
    const char *host = maybe_str(f, "host");
    if (host)
        for (const char *p = host; *p; p++)
            if (!is_alnum(*p) && *p != '.' && *p != '-') fail_url("input %s contains an invalid instance host", fa_json(f));
}

static void hg_from_attrs(const Fattrs *f)
{
    parse_url_or_fail(get_str(f, "url"));
    const char *ref = maybe_str(f, "ref");
    if (ref && !matches_ref_regex(ref)) fail_url("invalid Mercurial branch/tag name '%s'", ref);
}

static void indirect_from_attrs(const Fattrs *f)
{
    const char *id = get_str(f, "id");
    if (!is_flake_id(id)) fail_url("'%s' is not a valid flake ID", id);
}

/* CurlInputScheme::inputFromURL: tarball and file inputs keep the URL, its Nix-specific
 * parameters taken out. */
static Fattrs curl_from_url(const Url *url, const char *type)
{
    Url u = *url;
    u.scheme = url_scheme_transport(u.scheme);
    Fattrs f = {0};
    const char *s;
    uint64_t n;
    if ((s = url_query_get(&u.query, "narHash"))) fa_str(&f, "narHash", s);
    if ((s = url_query_get(&u.query, "rev"))) fa_str(&f, "rev", s);
    if ((s = url_query_get(&u.query, "revCount")) && parse_u64(s, &n)) fa_int(&f, "revCount", n);
    if ((s = url_query_get(&u.query, "lastModified")) && parse_u64(s, &n)) fa_int(&f, "lastModified", n);
    for (const char *const *a = allowed_curl; *a; a++) url_query_erase(&u.query, *a);
    fa_str(&f, "type", type);
    fa_str(&f, "url", url_to_string(&u));
    return f;
}

static Fattrs git_from_url(const Url *url)
{
    static const char *const strs[] = { "rev", "ref", "keytype", "publicKey", "publicKeys", NULL };
    static const char *const bools[] = { "shallow", "submodules", "lfs", "exportIgnore", "allRefs", "verifyCommit", NULL };
    Url u = *url;
    u.query = (UrlQuery){0};
    Fattrs f = {0};
    fa_str(&f, "type", "git");
    for (size_t i = 0; i < url->query.n; i++) {
        const UrlParam *p = &url->query.p[i];
        if (listed(strs, p->key)) fa_str(&f, p->key, p->value);
        else if (listed(bools, p->key)) fa_bool(&f, p->key, !strcmp(p->value, "1"));
        else url_query_insert(&u.query, p->key, p->value);
    }
    fa_str(&f, "url", url_to_string(&u));
    git_from_attrs(&f);
    return f;
}

/* The path's non-empty segments (pathSegments(skipEmpty = true)). */
static const char **nonempty_segments(const Url *u, size_t *n)
{
    const char **v = mem_alloc((u->npath + 1) * sizeof *v);
    *n = 0;
    for (size_t i = 0; i < u->npath; i++)
        if (*u->path[i]) v[(*n)++] = u->path[i];
    return v;
}

static Fattrs forge_from_url(const Url *u)
{
    size_t n;
    const char **path = nonempty_segments(u, &n);
    const char *url = url_to_string(u);
    Fattrs f = {0};
    if (n == 3) {
        fa_str(&f, is_rev(path[2]) ? "rev" : "ref", path[2]);
    } else if (n > 3) {
        Buf r = {0};
        for (size_t i = 2; i < n; i++) buf_printf(&r, "%s%s", i > 2 ? "/" : "", path[i]);
        fa_str(&f, "ref", buf_cstr(&r));
    } else if (n < 2) {
        fail_url("URL '%s' is invalid", url);
    }
    for (size_t i = 0; i < u->query.n; i++) {
        const char *k = u->query.p[i].key;
        if (!strcmp(k, "rev") || !strcmp(k, "ref")) {
            if (fa_get(&f, k))
                fail_url("URL '%s' contains multiple %s", url, !strcmp(k, "rev") ? "commit hashes" : "branch/tag names");
        } else if (strcmp(k, "host") && strcmp(k, "narHash")) {
            fail_url("URL '%s' contains unknown parameter '%s'", url, k);
        }
        fa_str(&f, k, u->query.p[i].value);
    }
    fa_str(&f, "type", u->scheme);
    fa_str(&f, "owner", path[0]);
    fa_str(&f, "repo", path[1]);
    forge_from_attrs(&f);
    return f;
}

static Fattrs hg_from_url(const Url *url)
{
    Url u = *url;
    u.scheme = url->scheme + 3;
    u.query = (UrlQuery){0};
    Fattrs f = {0};
    fa_str(&f, "type", "hg");
    for (size_t i = 0; i < url->query.n; i++) {
        const UrlParam *p = &url->query.p[i];
        if (!strcmp(p->key, "rev") || !strcmp(p->key, "ref")) fa_str(&f, p->key, p->value);
        else url_query_insert(&u.query, p->key, p->value);
    }
    fa_str(&f, "url", url_to_string(&u));
    hg_from_attrs(&f);
    return f;
}

/* IndirectInputScheme::inputFromURL: flake:ID[/REF][/REV]; its query is ignored. */
static Fattrs indirect_from_url(const Url *u)
{
    size_t n;
    const char **path = nonempty_segments(u, &n);
    const char *url = url_to_string(u);
    const char *ref = NULL, *rev = NULL;
    if (n == 2) {
        if (is_rev(path[1])) rev = path[1];
        else if (is_legal_ref_name(path[1])) ref = path[1];
        else fail_url("in flake URL '%s', '%s' is not a commit hash or branch/tag name", url, path[1]);
    } else if (n == 3) {
        if (!is_legal_ref_name(path[1])) fail_url("in flake URL '%s', '%s' is not a branch/tag name", url, path[1]);
        ref = path[1];
        if (!is_rev(path[2])) fail_url("in flake URL '%s', '%s' is not a commit hash", url, path[2]);
        rev = path[2];
    } else if (n != 1) {
        fail_url("GitHub URL '%s' is invalid", url);
    }
    if (!is_flake_id(path[0])) fail_url("'%s' is not a valid flake ID", path[0]);
    Fattrs f = {0};
    fa_str(&f, "type", "indirect");
    fa_str(&f, "id", path[0]);
    if (rev) {
        Hash h;
        hash_or_fail(rev, HT_SHA1, HM_ANY, &h, false);
        fa_str(&f, "rev", hash_str(&h, HB_BASE16, false));
    }
    if (ref) fa_str(&f, "ref", ref);
    return f;
}

static const char *authority_text(const Url *u)
{
    Url a = *u;
    a.scheme = "x";
    a.npath = 0;
    a.query = (UrlQuery){0};
    a.fragment = "";
    return url_to_string(&a) + 4;
}

static Fattrs path_from_url(const Url *u)
{
    if (u->has_authority && *u->host)
        fail("path URL '%s' should not have an authority ('%s')", url_to_string(u), authority_text(u));
    Fattrs f = {0};
    fa_str(&f, "type", "path");
    fa_str(&f, "path", path_of_url(u));
    for (size_t i = 0; i < u->query.n; i++) {
        const char *k = u->query.p[i].key, *v = u->query.p[i].value;
        uint64_t n;
        if (!strcmp(k, "rev") || !strcmp(k, "narHash")) fa_str(&f, k, v);
        else if (!strcmp(k, "revCount") || !strcmp(k, "lastModified")) {
            if (!parse_u64(v, &n)) fail("path URL '%s' has invalid parameter '%s'", url_to_string(u), k);
            fa_int(&f, k, n);
        } else {
            fail("path URL '%s' has unsupported parameter '%s'", url_to_string(u), k);
        }
    }
    return f;
}

/* Input::fromURL: the first scheme, in the order of their names, that takes the URL. */
static Fattrs input_from_url(const Url *u)
{
    const char *s = u->scheme, *app = url_scheme_application(s), *tr = url_scheme_transport(s);
    if (is_curl_transport(s) && app && !strcmp(app, "file")) return curl_from_url(u, "file");
    if (!strcmp(s, "git") || (app && !strcmp(app, "git"))) return git_from_url(u);
    if (is_forge(s)) return forge_from_url(u);
    if (is_hg_scheme(s)) return hg_from_url(u);
    if (!strcmp(s, "flake")) return indirect_from_url(u);
    if (!strcmp(s, "path")) return path_from_url(u);
    if (is_curl_transport(s) && (!app || !strcmp(app, "tarball"))) return curl_from_url(u, "tarball");
    if (app && !strcmp(app, "file") && !strcmp(tr, "git"))
        fail("input '%s' is unsupported; did you mean 'git+file' instead of 'file+git'?", url_to_string(u));
    fail("input '%s' is unsupported", url_to_string(u));
}

/* Input::fromAttrs, for flakeRefToString. false: a type no scheme has (Nix keeps such an
 * input, but cannot show it). */
static bool input_from_attrs(Fattrs *f)
{
    Fa *t = fa_get(f, "type");
    if (!t) fail("'type' attribute to specify input scheme is required but not provided");
    const char *type = maybe_str(f, "type");
    const char *const *allowed = allowed_attrs(type);
    if (!allowed) {
        fixup(f);
        return false;
    }
    for (size_t i = 0; i < f->n; i++) {
        const char *k = f->a[i].key;
        if (strcmp(k, "type") && strcmp(k, "__final") && !listed(allowed, k))
            fail("input attribute '%s' not supported by scheme '%s'", k, type);
    }
    if (!strcmp(type, "git")) git_from_attrs(f);
    else if (is_forge(type)) forge_from_attrs(f);
    else if (!strcmp(type, "hg")) hg_from_attrs(f);
    else if (!strcmp(type, "indirect")) indirect_from_attrs(f);
    else if (!strcmp(type, "path")) get_str(f, "path");
    fixup(f);
    return true;
}

/* github.cc's and indirect.cc's toURL: the ref and rev as path segments. */
static Url path_style_to_url(const Fattrs *f, bool forge)
{
    Url u = { .scheme = forge ? get_str(f, "type") : "flake", .host = "", .port = -1, .fragment = "" };
    u.path = mem_alloc(4 * sizeof *u.path);
    if (forge) {
        u.path[u.npath++] = get_str(f, "owner");
        u.path[u.npath++] = get_str(f, "repo");
    } else {
        u.path[u.npath++] = get_str(f, "id");
    }
    const char *ref = maybe_str(f, "ref"), *rev = get_rev(f), *s;
    if (ref) u.path[u.npath++] = ref;
    if (rev) u.path[u.npath++] = rev;
    if (forge && (s = get_nar_hash(f))) url_query_set(&u.query, "narHash", s);
    if (forge && (s = maybe_str(f, "host"))) url_query_set(&u.query, "host", s);
    return u;
}

/* path.cc's toURL: every other attribute is a parameter (attrsToQuery). */
static Url path_to_url(const Fattrs *f)
{
    Url u = url_of_path("path", get_str(f, "path"), false);
    for (size_t i = 0; i < f->n; i++) {
        const Fa *a = &f->a[i];
        if (!strcmp(a->key, "path") || !strcmp(a->key, "type") || !strcmp(a->key, "__final")) continue;
        const char *v = a->kind == FA_STR ? a->s : a->kind == FA_INT ? buf_format("%llu", (unsigned long long)a->i) : a->b ? "1" : "0";
        url_query_set(&u.query, a->key, v);
    }
    return u;
}

/* git.cc's and mercurial.cc's toURL: the URL with "git+" or "hg+", rev, ref and the
 * flags that are true (git only) as parameters. */
static Url repo_to_url(const Fattrs *f, bool git)
{
    static const char *const flags[] = { "shallow", "lfs", "submodules", "exportIgnore", "verifyCommit", NULL };
    Url u = parse_url_or_fail(get_str(f, "url"));
    if (!git || strcmp(u.scheme, "git")) u.scheme = buf_format("%s+%s", git ? "git" : "hg", u.scheme);
    const char *s;
    if ((s = get_rev(f))) url_query_set(&u.query, "rev", s);
    if ((s = maybe_str(f, "ref"))) url_query_set(&u.query, "ref", s);
    for (const char *const *k = flags; git && *k; k++)
        if (maybe_bool(f, *k)) url_query_set(&u.query, *k, "1");
    return u;
}

/* tarball.cc's toURL: the URL alone, with the narHash. */
static Url curl_to_url(const Fattrs *f)
{
    Url u = parse_url_or_fail(get_str(f, "url"));
    const char *s = get_nar_hash(f);
    if (s) url_query_set(&u.query, "narHash", s);
    return u;
}

static Url input_to_url(const Fattrs *f)
{
    const char *type = get_str(f, "type");
    if (is_forge(type) || !strcmp(type, "indirect")) return path_style_to_url(f, is_forge(type));
    if (!strcmp(type, "path")) return path_to_url(f);
    if (!strcmp(type, "git") || !strcmp(type, "hg")) return repo_to_url(f, !strcmp(type, "git"));
    return curl_to_url(f);
}

/* ---- flake references ---- */

typedef struct { Fattrs input; const char *dir, *fragment; } FlakeRef;

/* fromParsedURL: `dir` is the flake's, not the input's; the fragment is set aside. */
static FlakeRef from_parsed_url(Url u)
{
    FlakeRef r;
    const char *dir = url_query_get(&u.query, "dir");
    r.dir = dir ? dir : "";
    url_query_erase(&u.query, "dir");
    r.fragment = u.fragment;
    u.fragment = "";
    r.input = input_from_url(&u);
    return r;
}

static bool is_fragment_char(char c)
{
    return is_alnum(c) || (c && strchr("-._~!$&'\"()*+,;=:@/? ^", c));
}

/* parseFlakeIdRef: ID[/REF-OR-REV][#FRAGMENT], the short form of flake:ID. */
static bool parse_flake_id_ref(const char *s, FlakeRef *out)
{
    size_t i = 0;
    if (!((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'))) return false;
    while (is_id_char(s[++i])) {}
    if (s[i] == '/') {
        if (!(is_alnum(s[i + 1]) || s[i + 1] == '@')) return false;
        i++;
        while (is_ref_char(s[++i])) {}
    }
    const char *frag = "";
    if (s[i] == '#') {
        for (const char *p = s + i + 1; *p; p++) {
            if (*p == '%') {
                if (!p[1] || !p[2] || !strchr("0123456789abcdefABCDEF", p[1]) || !strchr("0123456789abcdefABCDEF", p[2])) return false;
                p += 2;
            } else if (!is_fragment_char(*p)) {
                return false;
            }
        }
        frag = url_percent_decode(s + i + 1, strlen(s + i + 1));
    } else if (s[i]) {
        return false;
    }
    Url u = { .scheme = "flake", .host = "", .port = -1, .fragment = "" };
    u.path = mem_alloc((i + 1) * sizeof *u.path);
    for (const char *p = s, *end = s + i;;) {
        const char *sl = memchr(p, '/', (size_t)(end - p));
        u.path[u.npath++] = mem_strndup(p, (size_t)((sl ? sl : end) - p));
        if (!sl) break;
        p = sl + 1;
    }
    out->input = input_from_url(&u);
    out->dir = "";
    out->fragment = frag;
    return true;
}

/* parseURLFlakeRef: false when the reference is not a URL Nix accepts (BadURL). */
static bool parse_url_flake_ref(const char *s, FlakeRef *out)
{
    Url u;
    if (url_parse(s, true, &u)) return false;
    jmp_buf jb;
    if (setjmp(jb)) {
        bad_url_catch = NULL;
        return false;
    }
    bad_url_catch = &jb;
    *out = from_parsed_url(u);
    bad_url_catch = NULL;
    return true;
}

/* parsePathFlakeRefWithFragment without a base directory: an absolute path is path:PATH. */
static FlakeRef parse_path_flake_ref(const char *s)
{
    size_t pn = strcspn(s, "?#");
    const char *q = s + pn, *query = "", *frag = "";
    size_t qn = 0;
    if (*q == '?') {
        query = q + 1;
        qn = strcspn(query, "#");
        q = query + qn;
    }
    if (*q == '#') {
        frag = q + 1;
        if (strpbrk(frag, "\n\r")) fail("invalid flakeref '%s'", s); /* ECMAScript's '.' */
    }
    Url u = url_of_path("path", mem_strndup(s, pn), *s == '/');
    const char *err = url_decode_query(query, qn, &u.query);
    if (err) fail("%s", err);
    u.fragment = url_percent_decode(frag, strlen(frag));
    if (!u.fragment) fail("invalid URI parameter '%s': %s", frag, url_pct_error(frag, strlen(frag)));
    if (*s != '/') fail("flake reference '%s' is not an absolute path", s);
    return from_parsed_url(u);
}

static FlakeRef parse_flake_ref(const char *s)
{
    FlakeRef r;
    if (!parse_flake_id_ref(s, &r) && !parse_url_flake_ref(s, &r)) r = parse_path_flake_ref(s);
    if (*r.fragment) fail("unexpected fragment '%s' in flake reference '%s'", r.fragment, s);
    return r;
}

/* ---- the builtins ---- */

static void prim_parseFlakeRef(State *st, Pos pos, Value **args, Value *out)
{
    eval_push_frame(st, (Frame){ FR_TEXT, pos, 0, "while evaluating the argument passed to builtins.parseFlakeRef", 0 });
    const char *ref = force_string_noctx(st, args[0], pos, NULL);
    eval_pop_frame(st);
    cur_st = st;
    FlakeRef r = parse_flake_ref(ref);
    /* FlakeRef::toAttrs: the input's attributes, and `dir` when there is one */
    if (*r.dir) fa_put(&r.input, (Fa){ "dir", FA_STR, r.dir, 0, false }, false);
    AttrsBuilder b;
    ab_init(&b, (uint32_t)r.input.n);
    for (size_t i = 0; i < r.input.n; i++) {
        const Fa *a = &r.input.a[i];
        Value *v = a->kind == FA_STR ? val_cstring(a->s) : a->kind == FA_INT ? val_int((int64_t)a->i) : val_bool(a->b);
        ab_add(&b, sym_cstr(a->key), v, NO_POS);
    }
    set_attrs(out, ab_finish(&b, true));
}

/* An attribute as flakeRefToString takes it: a string (its context ignored), a non-negative
 * integer or a Boolean. */
static Fa attr_of_value(State *st, Attr *a)
{
    force(st, a->value, a->pos);
    Value *v = a->value;
    const char *k = sym_str(a->name);
    if (v->type == T_STRING) return (Fa){ k, FA_STR, mem_strndup(v->str.s, v->len), 0, false };
    if (v->type == T_INT) {
        if (v->i < 0) eval_error(st, ERR_EVAL, NO_POS, "negative value given for flake ref attr %s: %lld", k, (long long)v->i);
        return (Fa){ k, FA_INT, NULL, (uint64_t)v->i, false };
    }
    if (v->type == T_BOOL) return (Fa){ k, FA_BOOL, NULL, 0, v->b };
    eval_error(st, ERR_EVAL, NO_POS, "flake reference attribute sets may only contain integers, Booleans, and strings, but attribute '%s' is %s",
               k, show_type(v));
}

static void prim_flakeRefToString(State *st, Pos pos, Value **args, Value *out)
{
    eval_push_frame(st, (Frame){ FR_TEXT, pos, 0, "while evaluating the argument passed to builtins.flakeRefToString", 0 });
    Attrs *a = force_attrs(st, args[0], pos);
    eval_pop_frame(st);
    Fattrs f = {0};
    for (uint32_t i = 0; i < a->n; i++) fa_put(&f, attr_of_value(st, &a->a[i]), true);
    cur_st = st;
    /* FlakeRef::fromAttrs: `dir` is the flake's */
    Fattrs input = f;
    input.a = mem_alloc((f.n + 1) * sizeof *input.a);
    if (f.n) memcpy(input.a, f.a, f.n * sizeof *f.a);
    fa_erase(&input, "dir");
    bool known = input_from_attrs(&input);
    const char *dir = maybe_str(&f, "dir");
    if (!known) fail("cannot show unsupported input '%s'", fa_json(&input));
    Url u = input_to_url(&input);
    if (dir && *dir) url_query_insert(&u.query, "dir", dir);
    const char *s = url_to_string(&u);
    set_string(out, s, strlen(s), NULL);
}

const PrimDef prim_flake_defs[] = {
    { "__parseFlakeRef", 1, prim_parseFlakeRef },
    { "__flakeRefToString", 1, prim_flakeRefToString },
    { NULL, 0, NULL },
};
