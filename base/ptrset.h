/* ptrset.h: the one set of pointers (values visited by a deep force, sets and lists
 * already printed, names already seen). Any non-NULL pointer-sized key will do: a small
 * number cast to a pointer too, since the hash mixes all the bits. A zeroed PtrSet is
 * empty; its slots are collectable memory. */
#ifndef NIXEL_PTRSET_H
#define NIXEL_PTRSET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    const void **slots; /* NULL: empty */
    size_t n, cap;      /* cap: 0 or a power of two, at least twice n */
} PtrSet;

void ptrset_grow(PtrSet *s);

/* Fibonacci hashing: the high bits of the product depend on every bit of the key, so
 * aligned pointers and consecutive numbers spread alike. */
static inline size_t ptrset_hash(const void *key)
{
    return (size_t)(((uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15u) >> 32);
}

/* Adds key; false if it was there already. Inline: a deep force adds every value. */
static inline bool ptrset_add(PtrSet *s, const void *key)
{
    if ((s->n + 1) * 2 > s->cap) ptrset_grow(s);
    size_t m = s->cap - 1, h = ptrset_hash(key) & m;
    while (s->slots[h]) {
        if (s->slots[h] == key) return false;
        h = (h + 1) & m;
    }
    s->slots[h] = key;
    s->n++;
    return true;
}

#endif
