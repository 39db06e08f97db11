/* strtab.h: the one string-keyed hash table (bytes to a pointer), and the one string
 * hash. Keys are byte strings of a length (a NUL is an ordinary byte); the table keeps
 * the key's pointer, so the key must live as long as the table. The slots are
 * collectable memory that holds pointers: the values stay alive as long as the table. */
#ifndef NIXEL_STRTAB_H
#define NIXEL_STRTAB_H

#include <stddef.h>
#include <stdint.h>

/* FNV-1a, 32 bits: short keys (names, paths, patterns) hash fast and spread well. */
static inline uint32_t str_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

typedef struct {
    const char *key; /* NULL: an empty slot */
    size_t len;
    void *value;
} StrTabSlot;

/* Open addressing, linear probing, at most half full. A zeroed StrTab is empty. */
typedef struct {
    StrTabSlot *slots;
    size_t n, cap; /* cap: 0 or a power of two */
} StrTab;

/* The value stored under the key, or NULL. */
void *strtab_get(const StrTab *t, const char *key, size_t len);
/* Stores value under the key, in place of what was stored there. */
void strtab_put(StrTab *t, const char *key, size_t len, void *value);

#endif
