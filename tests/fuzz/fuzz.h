/* fuzz.h: what the libFuzzer harnesses (tests/fuzz/fuzz_*.c) share: the per-input memory
 * and name tables (fuzz_mem.c, fuzz_state.c) and, for the harnesses that evaluate, a fresh
 * evaluator for each input with caps on its time and memory (fuzz_nix.c). */
#ifndef NIXEL_FUZZ_H
#define NIXEL_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* fuzz_mem.c: from the mark on, allocations belong to the current input; the release
 * frees them. The caps apply to what one input holds (0: none); soft_cb is called once an
 * input passes the soft cap, hard_cb (which must not return) before a request would pass
 * the hard one. */
void fuzz_mem_mark(void);
void fuzz_mem_release(void);
void fuzz_mem_set_cap(size_t soft, void (*soft_cb)(void), size_t hard, void (*hard_cb)(void));

/* fuzz_state.c: the symbol and source tables as they were after start-up. */
void fuzz_state_save(void);
void fuzz_state_restore(void);

/* fuzz_nix.c: for harnesses that evaluate. Init once (from LLVMFuzzerInitialize). */
void fuzz_nix_init(void);
/* Also print errors to stderr, as nix-instantiate and nixel eval print them (traces with
 * --show-trace when the input's last byte is odd); stderr is best closed (-close_fd_mask=2). */
extern bool fuzz_nix_report_errors;

struct State;
/* Runs body on a fresh State (restricted mode: no files, no network) under an error
 * handler, within the caps; a failed evaluation has its message formatted, as nixel
 * would print it, and is otherwise fine. Everything the input allocated is freed after. */
typedef void FuzzBody(struct State *st, const uint8_t *data, size_t size);
void fuzz_nix_run(const uint8_t *data, size_t size, FuzzBody *body);

/* Helpers for bodies. The builtin `name` (as in `builtins.name`). */
struct Value *fuzz_builtin(struct State *st, const char *name);
/* A string value of the bytes up to the first NUL (Nix strings hold none). */
struct Value *fuzz_string(const char *s, size_t len);
/* Calls fn with the arguments, forces the result deeply and prints it as nix-instantiate
 * --eval --strict would; returns the result. */
struct Value *fuzz_call(struct State *st, const char *fn, unsigned nargs, struct Value **args);
/* Forces v deeply and prints it (the printout is dropped). */
void fuzz_print(struct State *st, struct Value *v);

/* Stops the fuzzer with a message: a check failed. */
_Noreturn void fuzz_fail(const char *what, const char *detail);

#endif
