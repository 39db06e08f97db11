/* stack.c: the C stack limit (see stack.h). */
#include "base/stack.h"

const char *stack_limit;
const char *stack_floor, *stack_base;
static const char *saved_limit;   /* the limit while an interrupt has moved it */

void stack_interrupt(void)
{
    if (saved_limit || !stack_base) return;
    saved_limit = stack_limit;
    stack_limit = stack_base;
}

bool stack_clear_interrupt(void)
{
    if (!saved_limit) return false;
    stack_limit = saved_limit;
    saved_limit = NULL;
    return true;
}

void stack_set_limit(const char *base, size_t total)
{
    /* keep a margin below the limit for the error path, the C library and the environment
     * block */
    stack_limit = base - (total - total / 8 - ((size_t)256 << 10));
    stack_floor = base - total;
    stack_base = base;
}
