/* buf.h: a growable byte buffer, the one way nixel builds strings of unknown length.
 * Its memory is collectable, so an error that unwinds past a buffer leaks nothing. */
#ifndef NIXEL_BUF_H
#define NIXEL_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    char *s;     /* NUL-terminated while len < cap */
    size_t len, cap;
} Buf;

void buf_reserve(Buf *b, size_t extra);
void buf_add(Buf *b, const char *s, size_t n);
void buf_adds(Buf *b, const char *s);
/* inline: printers and builtins add one byte at a time in their loops */
static inline void buf_addc(Buf *b, char c)
{
    if (b->len + 2 > b->cap) buf_reserve(b, 1);
    b->s[b->len++] = c;
    b->s[b->len] = 0;
}
/* Appends s[0..n) with each NUL byte shown as U+2400 (the symbol for null), as today's Nix
 * quotes a string it cannot hold. */
void buf_add_nul_shown(Buf *b, const char *s, size_t n);
/* The decimal text of n (INT64_MIN too) into out, not NUL-terminated; returns its length.
 * Integers are printed so, not through printf's machinery: toString, interpolation,
 * toJSON and the printers turn many of them into text. */
enum { INT_TEXT_MAX = 20 };
size_t int_to_text(char out[INT_TEXT_MAX], int64_t n);
void buf_add_int(Buf *b, int64_t n);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(Buf *b, const char *fmt, va_list ap);
/* The contents as a NUL-terminated string (never NULL). */
const char *buf_cstr(Buf *b);
/* A new string, printf's (collectable): for messages. */
const char *buf_format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
