/* stack.h: how deep the C stack may go. nixel recurses over syntax trees and values;
 * every recursion checks this limit so that deep input ends in a clean error instead of
 * a crash. The limit is set once, by the thread that does the work. */
#ifndef NIXEL_STACK_H
#define NIXEL_STACK_H

#include <stdbool.h>
#include <stddef.h>

extern const char *stack_limit;
/* The part of the stack evaluation runs in: [stack_floor, stack_base). */
extern const char *stack_floor, *stack_base;

/* base: an address near the top of the current thread's stack; total: its size. */
void stack_set_limit(const char *base, size_t total);

/* An interrupt (Ctrl-C in the REPL) moves the limit to the top of the stack, so that the
 * next check fails and the running evaluation unwinds through its ordinary error path:
 * the evaluator needs no check of its own on its hot paths. Safe in a signal handler. */
void stack_interrupt(void);
/* Puts the limit back; returns true if an interrupt had moved it. */
bool stack_clear_interrupt(void);

/* Where the stack is now. Read from the register on x86-64: the address of a local variable
 * gave every frame that checks the limit a slot of its own (call_function's frame, which
 * each level of a recursion through it holds: 304 -> 288 bytes). */
static inline const char *stack_here(void)
{
#if defined(__x86_64__)
    const char *sp;
    __asm__("mov %%rsp, %0" : "=r"(sp));
    return sp;
#else
    return __builtin_frame_address(0);
#endif
}

/* True when less than `reserve` bytes are left above the limit. */
static inline bool stack_low(size_t reserve)
{
    return stack_limit && stack_here() < stack_limit + reserve;
}

/* Is p on the part of the C stack evaluation runs in? */
static inline bool on_c_stack(const void *p)
{
    return (const char *)p >= stack_floor && (const char *)p < stack_base;
}

#endif
