/* fuzz_regex.c: libFuzzer harness over the regular expressions of builtins.match and
 * builtins.split (builtins/regex.c, a memoized port of libstdc++'s std::regex, and
 * builtins/prim_regex.c). An input is PATTERN NUL SUBJECT (without a NUL, the pattern is
 * its own subject); both builtins run on it and their results are printed. A search must
 * end within the step limit (RX_TOO_COMPLEX) or the caps, or libFuzzer reports a timeout. */
#include "tests/fuzz/fuzz.h"

#include <string.h>

#include "eval/eval.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_nix_init();
    return 0;
}

static void call_caught(State *st, const char *fn, Value *pattern, Value *subject)
{
    Handler h;
    if (!EVAL_TRY(st, &h)) {
        eval_unwind_to(st, &h);
        return;
    }
    Value *args[2] = { pattern, subject };
    (void)fuzz_call(st, fn, 2, args);
    eval_pop_handler(st, &h);
}

static void run(State *st, const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    const char *nul = memchr(s, 0, size);
    size_t plen = nul ? (size_t)(nul - s) : size;
    Value *pattern = fuzz_string(s, plen);
    Value *subject = nul ? fuzz_string(nul + 1, size - plen - 1) : pattern;
    call_caught(st, "match", pattern, subject);
    call_caught(st, "split", pattern, subject);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_nix_run(data, size, run);
    return 0;
}
