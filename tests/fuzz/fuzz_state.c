/* fuzz_state.c: the symbol table and the source table of the fuzzing build, with a way
 * to forget what one input added to them. Without it, every input would leave its
 * names and its source behind (memory, and the 4 GiB position space runs out within
 * minutes), and symbol ids, which decide how `let` prints, would depend on earlier
 * inputs, so a crash might not reproduce on its own. It compiles base/symtab.c and
 * base/pos.c as they are, to reach their state. */
#include "base/symtab.c"
#include "base/pos.c"

static struct {
    SymName *names;
    uint32_t count, names_cap, *slots, slots_cap;
    Source **sources;
    uint32_t nsources, cap_sources;
    Pos next_base;
} saved;

/* Call once start-up is done, before fuzz_mem_mark(): the arrays saved here are then
 * never freed. */
void fuzz_state_save(void)
{
    saved.names = names, saved.count = count, saved.names_cap = names_cap;
    saved.slots = slots, saved.slots_cap = slots_cap;
    saved.sources = sources, saved.nsources = nsources, saved.cap_sources = cap_sources;
    saved.next_base = next_base;
}

/* Back to the saved state. An input may have added names to the saved hash table before
 * it grew; they are cleared (ids are inserted in order, so no older name's probe
 * sequence goes through them). Call before fuzz_mem_release(). */
void fuzz_state_restore(void)
{
    for (uint32_t i = 0; i < saved.slots_cap; i++)
        if (saved.slots[i] > saved.count) saved.slots[i] = 0;
    names = saved.names, count = saved.count, names_cap = saved.names_cap;
    slots = saved.slots, slots_cap = saved.slots_cap;
    sources = saved.sources, nsources = saved.nsources, cap_sources = saved.cap_sources;
    next_base = saved.next_base;
}
