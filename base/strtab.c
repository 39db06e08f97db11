/* strtab.c: the string-keyed hash table of strtab.h. */
#include "base/strtab.h"
#include "base/mem.h"

#include <string.h>

static StrTabSlot *find_slot(StrTabSlot *slots, size_t cap, const char *key, size_t len)
{
    size_t i = str_hash(key, len) & (cap - 1);
    while (slots[i].key && (slots[i].len != len || memcmp(slots[i].key, key, len)))
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

static void grow(StrTab *t)
{
    size_t cap = t->cap ? t->cap * 2 : 64;
    StrTabSlot *slots = mem_alloc(cap * sizeof *slots);
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].key) *find_slot(slots, cap, t->slots[i].key, t->slots[i].len) = t->slots[i];
    t->slots = slots;
    t->cap = cap;
}

void *strtab_get(const StrTab *t, const char *key, size_t len)
{
    if (!t->cap) return NULL;
    return find_slot(t->slots, t->cap, key, len)->value;
}

void strtab_put(StrTab *t, const char *key, size_t len, void *value)
{
    if ((t->n + 1) * 2 > t->cap) grow(t);
    StrTabSlot *s = find_slot(t->slots, t->cap, key, len);
    if (!s->key) t->n++;
    *s = (StrTabSlot){ key, len, value };
}
