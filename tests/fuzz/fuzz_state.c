/* fuzz_state.c: forgetting what one input added to the symbol table and the source
 * table. Without it, every input would leave its names and its source behind (memory,
 * and the 4 GiB position space runs out within minutes), and symbol ids, which decide
 * how `let` prints, would depend on earlier inputs, so a crash might not reproduce on
 * its own. */
#include "base/pos.h"
#include "base/symtab.h"

static SymCheckpoint saved_syms;
static PosCheckpoint saved_sources;

/* Call once start-up is done, before fuzz_mem_mark(): the arrays saved here are then
 * never freed. */
void fuzz_state_save(void)
{
    saved_syms = symtab_checkpoint();
    saved_sources = pos_checkpoint();
}

/* Back to the saved state. Call before fuzz_mem_release(). */
void fuzz_state_restore(void)
{
    symtab_rollback(&saved_syms);
    pos_rollback(&saved_sources);
}
