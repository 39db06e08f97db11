/* symtab.h: interned names. Every identifier and attribute name becomes a 32-bit id,
 * so comparing names compares integers. Ids are handed out in creation order (but for
 * the gap of sym_intern_beyond_gap). */
#ifndef NIXEL_SYMTAB_H
#define NIXEL_SYMTAB_H

#include <stddef.h>
#include <stdint.h>

typedef uint32_t Sym;

typedef struct {
    const char *s; /* NUL-terminated */
    uint32_t len;
    uint64_t key;  /* the first 8 bytes, big-endian, zero-padded: orders most pairs of names */
} SymName;

Sym sym_intern(const char *s, size_t len);
Sym sym_cstr(const char *s);
/* Returns the id if the name is already interned, else SYM_NONE. */
Sym sym_find(const char *s, size_t len);
const char *sym_str(Sym id);
uint32_t sym_len(Sym id);
/* Order of names as text (bytewise), for everything whose order is visible. */
int sym_cmp_name(Sym a, Sym b);
uint32_t sym_count(void);
/* Sets n ids aside after the names so far, interns the late names after them, and hands
 * the n ids to the next n new names, in order: those then sort before the late names.
 * CppNix's names lie in memory so (see parser/startup_syms.h). */
void sym_intern_beyond_gap(uint32_t n, const char *const *late, size_t nlate);

/* The table as it is, to go back to: the fuzzer forgets each input's names, so that ids
 * (which decide how `let` prints) do not depend on earlier inputs. Rolling back does not
 * free what was allocated since (the fuzzer's allocator does); names interned since are
 * gone, and their ids are handed out again. */
typedef struct {
    SymName *names;
    uint32_t count, names_cap, *slots, slots_cap, gap_next;
} SymCheckpoint;
SymCheckpoint symtab_checkpoint(void);
void symtab_rollback(const SymCheckpoint *c);

#define SYM_NONE ((Sym)0xffffffffu)

#endif
