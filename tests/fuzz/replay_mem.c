/* replay_mem.c: the per-input memory calls of the harnesses (fuzz.h) for replay.c's build,
 * where base/mem.c and its collector manage memory: nothing to mark, release or cap. */
#include "tests/fuzz/fuzz.h"

void fuzz_mem_mark(void) {}
void fuzz_mem_release(void) {}
void fuzz_mem_set_cap(size_t soft, void (*soft_cb)(void), size_t hard, void (*hard_cb)(void))
{
    (void)soft, (void)soft_cb, (void)hard, (void)hard_cb;
}
