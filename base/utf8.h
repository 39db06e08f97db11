/* utf8.h: the one UTF-8 encoder, and a validator. Callers that must reject surrogates or
 * code points past 0x10FFFF (TOML, JSON escapes) check before they encode. */
#ifndef NIXEL_UTF8_H
#define NIXEL_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Writes the 1 to 4 bytes of cp (at most 0x10FFFF) to out and returns how many. */
static inline size_t utf8_encode(char out[4], uint32_t cp)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | cp >> 6);
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | cp >> 12);
        out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | cp >> 18);
    out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Whether s[0..n) is well-formed UTF-8 (RFC 3629: no overlong forms, surrogates or code
 * points past 0x10FFFF). If not, *at is the index of the first byte that cannot continue
 * it, as a byte-by-byte decoder meets it (nlohmann::json's), and *incomplete tells a
 * sequence cut short by the end, whose last byte is then at *at. */
static inline bool utf8_valid(const unsigned char *s, size_t n, size_t *at, bool *incomplete)
{
    *incomplete = false;
    for (size_t i = 0; i < n;) {
        unsigned c = s[i], lo = 0x80, hi = 0xBF;
        size_t need;
        if (c < 0x80) { i++; continue; }
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; lo = c == 0xE0 ? 0xA0 : 0x80; hi = c == 0xED ? 0x9F : 0xBF; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; lo = c == 0xF0 ? 0x90 : 0x80; hi = c == 0xF4 ? 0x8F : 0xBF; }
        else { *at = i; return false; }
        for (size_t k = 1; k <= need; k++) {
            if (i + k >= n) { *incomplete = true; *at = n - 1; return false; }
            unsigned d = s[i + k];
            if (d < (k == 1 ? lo : 0x80) || d > (k == 1 ? hi : 0xBF)) { *at = i + k; return false; }
        }
        i += need + 1;
    }
    return true;
}

#endif
