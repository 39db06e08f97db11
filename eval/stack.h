/* stack.h: how deep the C stack may go. nixel recurses over syntax trees and values;
 * every recursion checks this limit so that deep input ends in a clean error instead of
 * a crash. The limit is set once, by the thread that does the work. */
#ifndef NIXEL_STACK_H
#define NIXEL_STACK_H

#include <stdbool.h>
#include <stddef.h>

extern const char *stack_limit;

/* base: an address near the top of the current thread's stack; size: usable bytes. */
void stack_set_limit(const char *base, size_t size);

/* True when less than `reserve` bytes are left above the limit. */
static inline bool stack_low(size_t reserve)
{
    char here;
    return stack_limit && &here < stack_limit + reserve;
}

#endif
