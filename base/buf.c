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

static const char digit_pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                  "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                  "8081828384858687888990919293949596979899";

/* Writes the eight digits of v < 10^8 (zeros in front) ending at p: two independent halves,
 * a pair at a time from the table. */
static inline char *put_eight_digits(char *p, uint32_t v)
{
    uint32_t hi = v / 10000, lo = v % 10000;
    memcpy(p - 2, digit_pairs + 2 * (lo % 100), 2);
    memcpy(p - 4, digit_pairs + 2 * (lo / 100), 2);
    memcpy(p - 6, digit_pairs + 2 * (hi % 100), 2);
    memcpy(p - 8, digit_pairs + 2 * (hi / 100), 2);
    return p - 8;
}

/* Writes the digits of v ending at p, without zeros in front. */
static inline char *put_digits(char *p, uint32_t v)
{
    while (v >= 100) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * (v % 100), 2);
        v /= 100;
    }
    if (v >= 10) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * v, 2);
    } else *--p = (char)('0' + v);
    return p;
}

/* Written straight into out from its end once the length is known: no copy. Eight digits at
 * a time are split off in 64-bit arithmetic, and those are written in 32-bit arithmetic, two
 * at a time from a table: 64-bit division by a constant costs twice as much as 32-bit. */
size_t int_to_text(char out[INT_TEXT_MAX], int64_t n)
{
    /* the magnitude in unsigned arithmetic: -INT64_MIN does not fit an int64_t */
    uint64_t u = n < 0 ? 0 - (uint64_t)n : (uint64_t)n;
    static const uint64_t tens[20] = { 1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull,
                                       10000000ull, 100000000ull, 1000000000ull, 10000000000ull,
                                       100000000000ull, 1000000000000ull, 10000000000000ull,
                                       100000000000000ull, 1000000000000000ull, 10000000000000000ull,
                                       100000000000000000ull, 1000000000000000000ull,
                                       10000000000000000000ull };
    /* the number of digits from the bit length (1233 / 4096 ~ log10 2), one comparison to
     * correct it */
    size_t approx = (size_t)((64 - __builtin_clzll(u | 1)) * 1233) >> 12;
    size_t digits = approx + (u >= tens[approx]);
    if (!digits) digits = 1;
    size_t k = digits + (n < 0);
    char *p = out + k;
    while (u >= 100000000) {
        uint64_t q = u / 100000000;
        p = put_eight_digits(p, (uint32_t)(u - q * 100000000));
        u = q;
    }
    p = put_digits(p, (uint32_t)u);
    if (n < 0) *--p = '-';
    return k;
}

void buf_add_int(Buf *b, int64_t n)
{
    char t[INT_TEXT_MAX];
    buf_add(b, t, int_to_text(t, n));
}

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
