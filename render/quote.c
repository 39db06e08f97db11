/* quote.c: names in MANIFEST, written and read (quote.h). */
#include "render/quote.h"
#include "base/buf.h"

#include <stdio.h>
#include <string.h>

static bool needs_escape(unsigned char c) { return c < 0x20 || c == 0x7f; }

static bool needs_quotes(const char *s, size_t n)
{
    if (n == 0 || s[0] == '"') return true;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ' ' || needs_escape((unsigned char)s[i])) return true;
    return false;
}

static void add_escaped(Buf *b, unsigned char c)
{
    switch (c) {
    case '\\': buf_adds(b, "\\\\"); break;
    case '"': buf_adds(b, "\\\""); break;
    case '\n': buf_adds(b, "\\n"); break;
    case '\t': buf_adds(b, "\\t"); break;
    case '\r': buf_adds(b, "\\r"); break;
    default:
        if (needs_escape(c)) buf_printf(b, "\\x%02x", c);
        else buf_addc(b, (char)c);
    }
}

const char *quote_name(const char *s, size_t n)
{
    Buf b = {0};
    if (!needs_quotes(s, n)) {
        buf_add(&b, s, n);
        return buf_cstr(&b);
    }
    buf_addc(&b, '"');
    for (size_t i = 0; i < n; i++) add_escaped(&b, (unsigned char)s[i]);
    buf_addc(&b, '"');
    return buf_cstr(&b);
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* One escape after a backslash at *p; false if unknown. */
static bool read_escape(const char **p, Buf *b)
{
    static const char from[] = "\\\"ntr", to[] = "\\\"\n\t\r";
    const char *c = strchr(from, **p);
    if (**p && c) { buf_addc(b, to[c - from]); (*p)++; return true; }
    if (**p != 'x') return false;
    int hi = hex_value((*p)[1]), lo = hi < 0 ? -1 : hex_value((*p)[2]);
    if (lo < 0) return false;
    buf_addc(b, (char)(hi * 16 + lo));
    *p += 3;
    return true;
}

bool quote_read(const char **p, char **out, size_t *len)
{
    Buf b = {0};
    const char *s = *p;
    if (*s != '"') {
        size_t n = strcspn(s, " ");
        buf_add(&b, s, n);
        *p = s + n;
    } else {
        for (s++; *s != '"'; ) {
            if (!*s) return false;
            if (*s != '\\') { buf_addc(&b, *s++); continue; }
            s++;
            if (!read_escape(&s, &b)) return false;
        }
        *p = s + 1;
    }
    *len = b.len;
    *out = (char *)buf_cstr(&b);
    return true;
}
