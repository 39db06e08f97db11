/* fuzz_nix.c: a fresh evaluator for each input of the harnesses that evaluate (fuzz.h).
 * An input gets a new State, so nothing one input forced or cached is seen by the next,
 * and everything it allocated is freed after it (fuzz_mem.c); no fork is needed. The State
 * is in restricted mode with no search path: it may read nixel's own modules/ (so
 * <nixpkgs/lib> works), nothing else, and fetch nothing.
 *
 * Caps: CPU time and memory. When either runs out, the stack limit is moved as Ctrl-C in
 * the REPL moves it (stack_interrupt), and the evaluation unwinds through its ordinary
 * error path at its next stack check. An evaluation still running 10 s of CPU time after
 * that could not be interrupted so: the harness aborts, a finding. (CPU time, because on a
 * shared machine libFuzzer's wall-clock -timeout mostly measures the other processes.) A
 * request past the hard memory cap (a list of a billion elements) is not made: the input
 * is abandoned by a longjmp past the evaluator, harmless because its State is dropped with
 * the rest. */
#include "tests/fuzz/fuzz.h"

#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <unistd.h>

#include "base/mem.h"
#include "base/stack.h"
#include "builtins/builtins.h"
#include "builtins/regex.h"
#include "builtins/restrict.h"
#include "eval/observe.h"
#include "eval/print.h"
#include "eval/teach.h"
#include "parser/source.h"

enum {
    CPU_CAP_MS = 500,
    HANG_TICKS = 20,    /* of CPU_CAP_MS each, after the interrupt */
    SOFT_MEM_CAP = 64 << 20,
    HARD_MEM_CAP = 160 << 20,
};

bool fuzz_nix_report_errors;

static size_t stack_size;
static jmp_buf abandon;

static void stop_evaluation(void) { stack_interrupt(); }
static void abandon_input(void) { longjmp(abandon, 1); }
static volatile sig_atomic_t ticks;

static void on_cpu_timer(int sig)
{
    (void)sig;
    if (++ticks == 1) stack_interrupt();
    if (ticks <= HANG_TICKS) return;
    static const char msg[] = "fuzz: the evaluation ran on for 10 s of CPU time after it was interrupted\n";
    (void)!write(2, msg, sizeof msg - 1);
    abort();
}

/* Every ms of CPU time from now on (0: never). */
static void set_cpu_timer(long ms)
{
    struct timeval every = { ms / 1000, (ms % 1000) * 1000 };
    struct itimerval t = { every, every };
    ticks = 0;
    setitimer(ITIMER_PROF, &t, NULL);
}

/* Some functions keep what they computed first in a static variable. Computed by the first
 * input, it would be freed with that input's memory; computed here, it is kept. */
static void warm_caches(void)
{
    (void)src_base_scope();
    (void)eval_modules_dir();
    Buf b = {0};
    observe_path(&b, "/");
}

void fuzz_nix_init(void)
{
    /* No search path, no home: nothing outside the input is read. */
    setenv("HOME", "/home/fuzz", 1);
    unsetenv("NIX_PATH");
    struct rlimit rl;
    stack_size = (size_t)8 << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < stack_size)
        stack_size = rl.rlim_cur;
    struct sigaction sa = { .sa_handler = on_cpu_timer };
    sigemptyset(&sa.sa_mask);
    sigaction(SIGPROF, &sa, NULL);
    mem_init();
    src_intern_startup_names();
    warm_caches();
    fuzz_state_save();
    fuzz_mem_mark();
    fuzz_mem_set_cap(SOFT_MEM_CAP, stop_evaluation, HARD_MEM_CAP, abandon_input);
}

/* Compiled expressions live outside the collector (builtins/regex.h); the State caches
 * them by pattern. */
static void free_regexes(State *st)
{
    for (size_t i = 0; i < st->regexes.cap; i++)
        if (st->regexes.slots[i].key) rx_free(st->regexes.slots[i].value);
}

static void evaluate(State *st, const uint8_t *data, size_t size, FuzzBody *body)
{
    Handler h;
    if (EVAL_TRY(st, &h)) {
        body(st, data, size);
        eval_pop_handler(st, &h);
        return;
    }
    eval_unwind_to(st, &h);
    Buf msg = {0};
    eval_format_message(&msg, &st->err);
    (void)buf_cstr(&msg);
    if (fuzz_nix_report_errors) {
        eval_print_error(st, &st->err);
        teach_report_error(st, &st->err, NULL);
    }
}

static State *new_state(void)
{
    State *st = eval_new_state();
    restrict_set_mode(st, ACCESS_RESTRICTED);
    eval_init_base_env(st);
    return st;
}

void fuzz_nix_run(const uint8_t *data, size_t size, FuzzBody *body)
{
    /* The recursion guards measure from here; libFuzzer's frames are above. */
    stack_set_limit(__builtin_frame_address(0), stack_size);
    resolve_set_reserve(stack_size / 2);
    State *volatile st = NULL;
    if (setjmp(abandon) == 0) {
        st = new_state();
        st->show_trace = size && (data[size - 1] & 1);
        set_cpu_timer(CPU_CAP_MS);
        evaluate(st, data, size, body);
    }
    set_cpu_timer(0);
    stack_clear_interrupt();
    if (st) free_regexes(st);
    fuzz_state_restore();
    fuzz_mem_release();
}

Value *fuzz_builtin(State *st, const char *name)
{
    Value *v = attrs_get(st->builtins->attrs, sym_cstr(name));
    if (!v) fuzz_fail("no such builtin", name);
    return v;
}

Value *fuzz_string(const char *s, size_t len)
{
    const char *nul = len ? memchr(s, 0, len) : NULL;
    if (nul) len = (size_t)(nul - s);
    return val_string(mem_strndup(len ? s : "", len), len, NULL);
}

void fuzz_print(State *st, Value *v)
{
    force_deep(st, v);
    Buf b = {0};
    print_value(st, &b, v);
    (void)buf_cstr(&b);
}

Value *fuzz_call(State *st, const char *fn, unsigned nargs, Value **args)
{
    Value *out = val_alloc();
    call_function(st, fuzz_builtin(st, fn), nargs, args, out, NO_POS);
    fuzz_print(st, out);
    return out;
}

_Noreturn void fuzz_fail(const char *what, const char *detail)
{
    fprintf(stderr, "fuzz: %s: %s\n", what, detail);
    abort();
}
