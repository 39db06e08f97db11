/* fuzz_toml.c: libFuzzer harness over builtins.fromTOML (builtins/prim_toml.c, a port of
 * toml11's parser). Each input is the text given to fromTOML; what parses is printed and
 * written as JSON (dates and times are sets, floats may be nan or inf). */
#include "tests/fuzz/fuzz.h"

#include "eval/eval.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_nix_init();
    return 0;
}

static void run(State *st, const uint8_t *data, size_t size)
{
    Value *text = fuzz_string((const char *)data, size);
    Value *v = fuzz_call(st, "fromTOML", 1, &text);
    (void)fuzz_call(st, "toJSON", 1, &v);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_nix_run(data, size, run);
    return 0;
}
