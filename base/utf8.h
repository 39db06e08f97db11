/* utf8.h: the one UTF-8 encoder. Callers that must reject surrogates or code points past
 * 0x10FFFF (TOML, JSON escapes) check before they encode. */
#ifndef NIXEL_UTF8_H
#define NIXEL_UTF8_H

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

#endif
