/* url.c: URLs as today's Nix parses and prints them (see url.h). Boost.URL, which Nix
 * uses, accepts exactly RFC 3986's URI-reference; this is that grammar, checked character
 * by character, with Nix's fix-ups for spaces and quotes in the query and fragment. */
#include "builtins/url.h"
#include "base/diag.h"
#include "base/mem.h"

#include <string.h>

static bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static int hexval(char c)
{
    return is_digit(c) ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static bool is_unreserved(char c) { return is_alpha(c) || is_digit(c) || (c && strchr("-._~", c)); }
static bool is_subdelim(char c) { return c && strchr("!$&'()*+,;=", c); }
static bool is_pchar(char c) { return is_unreserved(c) || is_subdelim(c) || c == ':' || c == '@'; }

/* Why s[0..n) is not made of characters `ok` accepts and %XX escapes, in Boost.URL's words
 * (which Nix's messages quote), or NULL. */
static const char *part_error(const char *s, size_t n, bool (*ok)(char))
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '%') {
            if (i + 1 >= n || (hexval(s[i + 1]) >= 0 && i + 2 >= n)) return "incomplete pct-encoding";
            if (hexval(s[i + 1]) < 0 || hexval(s[i + 2]) < 0) return "bad hexdig in pct-encoding";
            i += 2;
        } else if (!ok(s[i])) {
            return "leftover";
        }
    }
    return NULL;
}

static bool any_char(char c) { (void)c; return true; }

const char *url_pct_error(const char *s, size_t n) { return part_error(s, n, any_char); }

static bool path_char(char c) { return is_pchar(c) || c == '/'; }
static bool query_char(char c) { return is_pchar(c) || c == '/' || c == '?'; }
static bool userinfo_char(char c) { return is_unreserved(c) || is_subdelim(c) || c == ':'; }
static bool regname_char(char c) { return is_unreserved(c) || is_subdelim(c); }
static bool ipv6_char(char c) { return hexval(c) >= 0 || c == ':' || c == '.'; }

const char *url_percent_decode(const char *s, size_t n)
{
    Buf b = {0};
    buf_add(&b, "", 0);
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '%') { buf_addc(&b, s[i]); continue; }
        if (i + 2 >= n || hexval(s[i + 1]) < 0 || hexval(s[i + 2]) < 0) return NULL;
        buf_addc(&b, (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2])));
        i += 2;
    }
    return buf_cstr(&b);
}

void url_percent_encode(Buf *b, const char *s, size_t n, const char *keep)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (is_unreserved(c) || (c && strchr(keep, c))) buf_addc(b, c);
        else buf_printf(b, "%%%02X", (unsigned char)c);
    }
}

const char *url_scheme_application(const char *scheme)
{
    const char *plus = strchr(scheme, '+');
    return plus ? mem_strndup(scheme, (size_t)(plus - scheme)) : NULL;
}

const char *url_scheme_transport(const char *scheme)
{
    const char *plus = strchr(scheme, '+');
    return plus ? plus + 1 : scheme;
}

/* ---- the query, a sorted map ---- */

static size_t query_find(const UrlQuery *q, const char *key, bool *found)
{
    size_t i = 0;
    while (i < q->n && strcmp(q->p[i].key, key) < 0) i++;
    *found = i < q->n && !strcmp(q->p[i].key, key);
    return i;
}

const char *url_query_get(const UrlQuery *q, const char *key)
{
    bool found;
    size_t i = query_find(q, key, &found);
    return found ? q->p[i].value : NULL;
}

static void query_put(UrlQuery *q, const char *key, const char *value, bool overwrite)
{
    bool found;
    size_t i = query_find(q, key, &found);
    if (found) {
        if (overwrite) q->p[i].value = value;
        return;
    }
    UrlParam *p = mem_alloc((q->n + 1) * sizeof *p);
    if (i) memcpy(p, q->p, i * sizeof *p);   /* q->p is NULL while q is empty */
    p[i] = (UrlParam){ key, value };
    if (q->n > i) memcpy(p + i + 1, q->p + i, (q->n - i) * sizeof *p);
    q->p = p;
    q->n++;
}

void url_query_set(UrlQuery *q, const char *key, const char *value) { query_put(q, key, value, true); }
void url_query_insert(UrlQuery *q, const char *key, const char *value) { query_put(q, key, value, false); }

void url_query_erase(UrlQuery *q, const char *key)
{
    bool found;
    size_t i = query_find(q, key, &found);
    if (!found) return;
    memmove(q->p + i, q->p + i + 1, (q->n - i - 1) * sizeof *q->p);
    q->n--;
}

static const char *bad(const char *fmt, const char *a)
{
    Buf m = {0};
    buf_printf(&m, fmt, a);
    return buf_cstr(&m);
}

/* A query character, or one of those the lenient parse escapes first. */
static bool lenient_query_char(char c) { return query_char(c) || c == ' ' || c == '"'; }

const char *url_decode_query(const char *s, size_t n, UrlQuery *out)
{
    *out = (UrlQuery){0};
    if (!n) return NULL;
    const char *why = part_error(s, n, lenient_query_char);
    if (why) return buf_format("invalid URI query '%s': %s", mem_strndup(s, n), why);
    for (const char *p = s, *end = s + n; p <= end;) {
        const char *amp = memchr(p, '&', (size_t)(end - p));
        const char *e = amp ? amp : end;
        const char *eq = memchr(p, '=', (size_t)(e - p));
        const char *k = url_percent_decode(p, (size_t)((eq ? eq : e) - p));
        const char *v = eq ? url_percent_decode(eq + 1, (size_t)(e - eq - 1)) : "";
        if (!eq) {
            Buf w = {0};
            buf_printf(&w, "dubious URI query '%s' is missing equal sign '=', ignoring", mem_strndup(p, (size_t)(e - p)));
            diag_emit("warning", buf_cstr(&w));
        } else {
            url_query_insert(out, k, v);
        }
        p = e + 1;
    }
    return NULL;
}

/* ---- parsing ---- */

/* percentEncodeCharSet: the characters of `set` in s escaped, the rest kept. */
static void encode_chars(Buf *b, const char *s, size_t n, const char *set)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] && strchr(set, s[i])) buf_printf(b, "%%%02X", (unsigned char)s[i]);
        else buf_addc(b, s[i]);
    }
}

/* The lenient fix-up: spaces and '"' escaped in the query, and '^' too in the fragment. */
static const char *lenient_fixup(const char *s)
{
    Buf b = {0};
    buf_add(&b, "", 0);
    const char *q = strchr(s, '?');
    if (q) {
        buf_add(&b, s, (size_t)(q + 1 - s));
        s = q + 1;
        const char *h = strchr(s, '#');
        size_t qn = h ? (size_t)(h - s) : strlen(s);
        encode_chars(&b, s, qn, " \"");
        s += qn;
    }
    const char *h = strchr(s, '#');
    if (h) {
        buf_add(&b, s, (size_t)(h + 1 - s));
        encode_chars(&b, h + 1, strlen(h + 1), " \"^");
    } else {
        buf_adds(&b, s);
    }
    return buf_cstr(&b);
}

/* dec-octet "." dec-octet "." dec-octet "." dec-octet, without leading zeros. */
static bool is_ipv4(const char *s, size_t n)
{
    int parts = 0;
    for (size_t i = 0; i <= n && parts < 4;) {
        size_t j = i;
        while (j < n && is_digit(s[j])) j++;
        size_t len = j - i;
        if (!len || len > 3 || (len > 1 && s[i] == '0')) return false;
        int v = 0;
        for (size_t k = i; k < j; k++) v = v * 10 + (s[k] - '0');
        if (v > 255) return false;
        parts++;
        if (j == n) return parts == 4;
        if (s[j] != '.') return false;
        i = j + 1;
    }
    return false;
}

/* Boost.URL's reason when the authority is not valid, or NULL; *nix_msg is set instead
 * when Nix's own check of the port fails after Boost's parse. */
static const char *parse_authority(const char *s, size_t n, Url *u, const char **nix_msg)
{
    const char *at = memchr(s, '@', n);
    if (at) {
        size_t un = (size_t)(at - s);
        const char *why = part_error(s, un, userinfo_char);
        if (why) return why;
        const char *colon = memchr(s, ':', un);
        u->user = url_percent_decode(s, colon ? (size_t)(colon - s) : un);
        if (colon) u->password = url_percent_decode(colon + 1, (size_t)(at - colon - 1));
        n -= un + 1;
        s = at + 1;
    }
    size_t hn;
    if (n && s[0] == '[') {
        const char *close = memchr(s, ']', n);
        if (!close) return "leftover";
        hn = (size_t)(close + 1 - s);
        for (size_t i = 1; i + 1 < hn; i++)
            if (!ipv6_char(s[i])) return "invalid";
        u->host_type = HOST_IPV6;
        u->host = mem_strndup(s + 1, hn - 2);
    } else {
        const char *colon = memchr(s, ':', n);
        hn = colon ? (size_t)(colon - s) : n;
        const char *why = part_error(s, hn, regname_char);
        if (why) return why;
        u->host_type = is_ipv4(s, hn) ? HOST_IPV4 : HOST_NAME;
        u->host = url_percent_decode(s, hn);
    }
    if (hn < n) {
        if (s[hn] != ':') return "leftover";
        const char *ps = s + hn + 1;
        size_t pn = n - hn - 1;
        long port = 0;
        for (size_t i = 0; i < pn; i++) {
            if (!is_digit(ps[i])) return "leftover";
            if (port <= 65535) port = port * 10 + (ps[i] - '0');
        }
        if (pn && (port == 0 || port > 65535))
            *nix_msg = bad("port '%s' is invalid", mem_strndup(ps, pn));
        if (pn) u->port = port;
    }
    return NULL;
}

static void split_path(const char *s, size_t n, Url *u)
{
    size_t k = 1;
    for (size_t i = 0; i < n; i++) k += s[i] == '/';
    u->path = mem_alloc(k * sizeof *u->path);
    u->npath = 0;
    for (const char *p = s, *end = s + n;;) {
        const char *sl = memchr(p, '/', (size_t)(end - p));
        const char *e = sl ? sl : end;
        u->path[u->npath++] = url_percent_decode(p, (size_t)(e - p));
        if (!sl) break;
        p = sl + 1;
    }
}

const char *url_parse(const char *url, bool lenient, Url *u)
{
    *u = (Url){ .port = -1, .fragment = "" };
    const char *s = lenient ? lenient_fixup(url) : url;
    size_t i = 0;
    if (is_alpha(s[0])) {
        i = 1;
        while (is_alpha(s[i]) || is_digit(s[i]) || (s[i] && strchr("+-.", s[i]))) i++;
        if (s[i] != ':') i = 0;
    }
    const char *scheme = i ? mem_strndup(s, i) : NULL;
    const char *p = i ? s + i + 1 : s;
    if (p[0] == '/' && p[1] == '/') {
        size_t an = strcspn(p + 2, "/?#");
        const char *nix_msg = NULL, *why = parse_authority(p + 2, an, u, &nix_msg);
        if (why) return buf_format("'%s' is not a valid URL: %s", url, why);
        if (nix_msg) return nix_msg;
        u->has_authority = true;
        p += 2 + an;
    }
    size_t pn = strcspn(p, "?#");
    const char *why = part_error(p, pn, path_char);
    if (why) return buf_format("'%s' is not a valid URL: %s", url, why);
    const char *path = p;
    p += pn;
    const char *query = "";
    size_t qn = 0;
    if (*p == '?') {
        query = p + 1;
        qn = strcspn(query, "#");
        if ((why = part_error(query, qn, query_char))) return buf_format("'%s' is not a valid URL: %s", url, why);
        p = query + qn;
    }
    if (*p == '#') {
        if ((why = part_error(p + 1, strlen(p + 1), query_char))) return buf_format("'%s' is not a valid URL: %s", url, why);
        u->fragment = url_percent_decode(p + 1, strlen(p + 1));
    }
    if (!scheme) return bad("'%s' doesn't have a scheme", s);
    u->scheme = scheme;
    /* RFC 3986 3.2.2: "file" URLs may have an empty host only, and their path is never empty */
    bool file = !strcmp(url_scheme_transport(scheme), "file");
    if (u->has_authority && *u->host && file) {
        Buf m = {0};
        buf_printf(&m, "file:// URL '%s' has unexpected authority '%s'", s, u->host);
        return buf_cstr(&m);
    }
    if (file && !pn) split_path("/", 1, u);
    else split_path(path, pn, u);
    return url_decode_query(query, qn, &u->query);
}

/* ---- printing ---- */

static void print_authority(Buf *b, const Url *u)
{
    if (u->user) {
        url_percent_encode(b, u->user, strlen(u->user), "");
        if (u->password) {
            buf_addc(b, ':');
            url_percent_encode(b, u->password, strlen(u->password), "");
        }
        buf_addc(b, '@');
    }
    if (u->host_type == HOST_IPV4) {
        buf_adds(b, u->host);
    } else if (u->host_type == HOST_IPV6) {
        buf_addc(b, '[');
        url_percent_encode(b, u->host, strlen(u->host), ":");
        buf_addc(b, ']');
    } else {
        url_percent_encode(b, u->host, strlen(u->host), "");
    }
    if (u->port >= 0) buf_printf(b, ":%ld", u->port);
}

const char *url_to_string(const Url *u)
{
    Buf b = {0};
    buf_printf(&b, "%s:", u->scheme);
    if (u->has_authority) {
        buf_adds(&b, "//");
        print_authority(&b, u);
    }
    for (size_t i = 0; i < u->npath; i++) {
        if (i) buf_addc(&b, '/');
        url_percent_encode(&b, u->path[i], strlen(u->path[i]), ":@");
    }
    for (size_t i = 0; i < u->query.n; i++) {
        buf_addc(&b, i ? '&' : '?');
        url_percent_encode(&b, u->query.p[i].key, strlen(u->query.p[i].key), ":@/?");
        buf_addc(&b, '=');
        url_percent_encode(&b, u->query.p[i].value, strlen(u->query.p[i].value), ":@/?");
    }
    if (*u->fragment) {
        buf_addc(&b, '#');
        url_percent_encode(&b, u->fragment, strlen(u->fragment), "");
    }
    return buf_cstr(&b);
}
