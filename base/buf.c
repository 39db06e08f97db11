/* buf.c: growable byte buffers. */
#include "base/buf.h"
#include "base/mem.h"
#include "base/grow.h"

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

void buf_vprintf(Buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n <= 0) return;
    buf_reserve(b, (size_t)n);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void buf_printf(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(b, fmt, ap);
    va_end(ap);
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
