/* symtab.c: open-addressing hash table from names to ids, and the id -> name array. */
#include "base/symtab.h"
#include "base/mem.h"
#include "base/strtab.h"
#include "base/grow.h"

#include <stdbool.h>
#include <string.h>

static SymName *names;      /* by id */
static uint32_t count, names_cap;
static uint32_t *slots;     /* hash table of id+1, 0 = empty */
static uint32_t slots_cap;  /* power of two */
static uint32_t gap_next, gap_end;  /* ids set aside (sym_intern_beyond_gap) not handed out yet */
static bool gap_open;               /* whether new names take them */

static void grow_table(void)
{
    uint32_t cap = slots_cap ? slots_cap * 2 : 4096;
    uint32_t *ns = mem_arena(cap * sizeof *ns);
    for (uint32_t id = 0; id < count; id++) {
        if (id >= gap_next && id < gap_end) continue;
        uint32_t i = str_hash(names[id].s, names[id].len) & (cap - 1);
        while (ns[i]) i = (i + 1) & (cap - 1);
        ns[i] = id + 1;
    }
    slots = ns;
    slots_cap = cap;
}

static uint32_t *lookup_slot(const char *s, size_t len)
{
    uint32_t i = str_hash(s, len) & (slots_cap - 1);
    for (;;) {
        uint32_t v = slots[i];
        if (!v) return &slots[i];
        SymName *n = &names[v - 1];
        if (n->len == len && memcmp(n->s, s, len) == 0) return &slots[i];
        i = (i + 1) & (slots_cap - 1);
    }
}

Sym sym_find(const char *s, size_t len)
{
    if (!slots_cap) return SYM_NONE;
    uint32_t v = *lookup_slot(s, len);
    return v ? v - 1 : SYM_NONE;
}

static uint64_t name_key(const char *s, size_t len)
{
    uint64_t k = 0;
    for (size_t i = 0; i < 8; i++) k = k << 8 | (i < len ? (unsigned char)s[i] : 0);
    return k;
}

Sym sym_intern(const char *s, size_t len)
{
    if ((count + 1) * 2 > slots_cap) grow_table();
    uint32_t *slot = lookup_slot(s, len);
    if (*slot) return *slot - 1;
    uint32_t id = gap_open && gap_next < gap_end ? gap_next++ : count;
    if (id == count) {
        GROW(mem_arena, names, count, names_cap, 4096);
        count++;
    }
    names[id].s = mem_strndup(s, len);
    names[id].len = (uint32_t)len;
    names[id].key = name_key(s, len);
    *slot = id + 1;
    return id;
}

void sym_intern_beyond_gap(uint32_t n, const char *const *late, size_t nlate)
{
    GROW_TO(mem_arena, names, count, names_cap, (size_t)count + n, 4096);
    for (uint32_t i = 0; i < n; i++) names[count + i] = (SymName){ "", 0, 0 };
    gap_next = count;
    gap_end = count += n;
    while ((count + 1) * 2 > slots_cap) grow_table();
    for (size_t i = 0; i < nlate; i++) sym_cstr(late[i]);    /* after the gap */
    gap_open = true;
}
Sym sym_cstr(const char *s) { return sym_intern(s, strlen(s)); }
const char *sym_str(Sym id) { return names[id].s; }
uint32_t sym_len(Sym id) { return names[id].len; }
uint32_t sym_count(void) { return count; }

int sym_cmp_name(Sym a, Sym b)
{
    if (a == b) return 0;
    const SymName *x = &names[a], *y = &names[b];
    /* different keys order the names as their bytes do (a shorter name's zeros sort it
     * first, as its end does); equal keys leave it to the bytes */
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->s, y->s, n);
    if (c) return c;
    return x->len < y->len ? -1 : x->len > y->len;
}

SymCheckpoint symtab_checkpoint(void)
{
    return (SymCheckpoint){ names, count, names_cap, slots, slots_cap, gap_next };
}

/* Names added to the saved hash table before it grew are cleared from it (ids are
 * inserted in order, so no older name's probe sequence goes through them). */
void symtab_rollback(const SymCheckpoint *c)
{
    for (uint32_t i = 0; i < c->slots_cap; i++)
        if (c->slots[i] > c->count || (c->slots[i] > c->gap_next && c->slots[i] <= gap_next)) c->slots[i] = 0;
    gap_next = c->gap_next;
    names = c->names, count = c->count, names_cap = c->names_cap;
    slots = c->slots, slots_cap = c->slots_cap;
}
