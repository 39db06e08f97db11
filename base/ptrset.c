/* ptrset.c: growing the pointer set of ptrset.h (the rest is inline). */
#include "base/ptrset.h"
#include "base/mem.h"

void ptrset_grow(PtrSet *s)
{
    size_t cap = s->cap ? s->cap * 2 : 64;
    const void **slots = mem_alloc(cap * sizeof *slots);
    for (size_t i = 0; i < s->cap; i++) {
        const void *k = s->slots[i];
        if (!k) continue;
        size_t h = ptrset_hash(k) & (cap - 1);
        while (slots[h]) h = (h + 1) & (cap - 1);
        slots[h] = k;
    }
    s->slots = slots;
    s->cap = cap;
}
