/* url.h: URLs as today's Nix (libutil's url.cc, on Boost.URL) parses and prints them, for
 * flake references: RFC 3986 syntax, the lenient fix-ups Nix applies to queries and
 * fragments, path segments percent-decoded, the query as a map sorted by name. */
#ifndef NIXEL_URL_H
#define NIXEL_URL_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"

typedef struct { const char *key, *value; } UrlParam;
/* A std::map<string, string>: sorted by key (byte order), keys unique. */
typedef struct { UrlParam *p; size_t n; } UrlQuery;

typedef enum { HOST_NAME, HOST_IPV4, HOST_IPV6 } UrlHostType;

typedef struct {
    const char *scheme;
    bool has_authority;
    const char *user, *password;    /* NULL when absent */
    const char *host;               /* decoded; IPv6 without its brackets */
    UrlHostType host_type;
    long port;                      /* -1: none */
    const char **path;              /* segments, decoded: "/a/b" is "", "a", "b" */
    size_t npath;
    UrlQuery query;
    const char *fragment;           /* decoded; "" when absent */
} Url;

/* parseURL(s, lenient): NULL on success, else the reason it is not a URL (Nix's BadURL;
 * its wording is approximate where it comes from Boost.URL). */
const char *url_parse(const char *s, bool lenient, Url *out);
/* ParsedURL::to_string. */
const char *url_to_string(const Url *u);
/* The scheme's application and transport parts: "git+https" is "git" and "https";
 * "https" has no application (NULL). */
const char *url_scheme_application(const char *scheme);
const char *url_scheme_transport(const char *scheme);

/* decodeQuery(s, true): '&'-separated name=value pairs, percent-decoded, the first of
 * duplicates kept; a pair without '=' is dropped with Nix's warning. NULL or the reason. */
const char *url_decode_query(const char *s, size_t n, UrlQuery *out);
/* percentDecode; NULL when s has a '%' not followed by two hex digits, for which
 * url_pct_error gives Boost.URL's reason. */
const char *url_percent_decode(const char *s, size_t n);
const char *url_pct_error(const char *s, size_t n);
/* percentEncode(s, keep): everything but RFC 3986's unreserved characters and `keep`. */
void url_percent_encode(Buf *b, const char *s, size_t n, const char *keep);

const char *url_query_get(const UrlQuery *q, const char *key);
/* insert_or_assign, insert (keeps an existing value) and erase. */
void url_query_set(UrlQuery *q, const char *key, const char *value);
void url_query_insert(UrlQuery *q, const char *key, const char *value);
void url_query_erase(UrlQuery *q, const char *key);

#endif
