/* stack.c: the C stack limit (see stack.h). */
#include "stack.h"

const char *stack_limit;

void stack_set_limit(const char *base, size_t size) { stack_limit = base - size; }
