/* buf.c: growable byte buffers. */
#include "base/buf.h"
#include "base/mem.h"
#include "base/grow.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

void buf_reserve(Buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap) return;
    size_t cap = grow_cap(b->cap, b->len + extra + 1, 64);
    char *s = mem_alloc_atomic(cap);
    if (b->len) memcpy(s, b->s, b->len);
    b->s = s;
    b->cap = cap;
}

void buf_add(Buf *b, const char *s, size_t n)
{
    buf_reserve(b, n);
    if (n) memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

void buf_adds(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }

/* Formats into the room the buffer has (64 bytes if it has hardly any), and only when that
 * is too small a second time: formatting everything twice, to measure first, was a large
 * share of printing store paths and derivations. A buffer reserved to its final size
 * (store paths) is not grown. */
static bool only_strings(const char *fmt)
{
    for (const char *p = fmt; (p = strchr(p, '%')); p += 2)
        if (p[1] != 's') return false;
    return true;
}

/* A format of text and %s only is copied piece by piece (glibc's "(null)" kept): store
 * paths, contexts and file names are made so, three store paths per derivation, and
 * vsnprintf's machinery was most of their cost. */
static void buf_add_strings(Buf *b, const char *fmt, va_list ap)
{
    for (;;) {
        const char *q = strchr(fmt, '%');
        if (!q) { buf_adds(b, fmt); return; }
        buf_add(b, fmt, (size_t)(q - fmt));
        const char *s = va_arg(ap, const char *);
        buf_adds(b, s ? s : "(null)");
        fmt = q + 2;
    }
}

void buf_vprintf(Buf *b, const char *fmt, va_list ap)
{
    if (only_strings(fmt)) { buf_add_strings(b, fmt, ap); return; }
    if (b->cap - b->len < 16) buf_reserve(b, 64);
    size_t room = b->cap - b->len;
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(b->s + b->len, room, fmt, ap2);
    va_end(ap2);
    if (n <= 0) { b->s[b->len] = 0; return; }
    if ((size_t)n >= room) {
        buf_reserve(b, (size_t)n);
        vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    }
    b->len += (size_t)n;
}

void buf_printf(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(b, fmt, ap);
    va_end(ap);
}

const char *buf_format(const char *fmt, ...)
{
    Buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    return buf_cstr(&b);
}

const char *buf_cstr(Buf *b)
{
    if (!b->s) buf_reserve(b, 0), b->s[0] = 0;
    return b->s;
}

void buf_add_nul_shown(Buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i]) buf_addc(b, s[i]);
        else buf_adds(b, "\xe2\x90\x80");
    }
}
