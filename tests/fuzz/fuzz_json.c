/* fuzz_json.c: libFuzzer harness over builtins.fromJSON (builtins/prim_json.c, a port of
 * nlohmann::json's parser). Each input is the text given to fromJSON; what parses is printed
 * and written back with builtins.toJSON, twice over: the second text must be a fixed point
 * of toJSON (fromJSON t). The first rounds may change values, as in Nix 2.8: floats are
 * written with six digits, -0.0 as -0 (which reads back as the integer 0), 1E2 as 100 (an
 * integer next time), and some overflow to infinities that do not parse back (then there
 * is no fixed point to check). */
#include "tests/fuzz/fuzz.h"

#include <string.h>

#include "eval/eval.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_nix_init();
    return 0;
}

/* toJSON (fromJSON text), or NULL if either fails. */
static Value *round_trip(State *st, Value *text)
{
    Handler h;
    if (!EVAL_TRY(st, &h)) {
        eval_unwind_to(st, &h);
        return NULL;
    }
    Value *v = fuzz_call(st, "fromJSON", 1, &text);
    Value *json = fuzz_call(st, "toJSON", 1, &v);
    eval_pop_handler(st, &h);
    return json;
}

static void run(State *st, const uint8_t *data, size_t size)
{
    Value *text = fuzz_string((const char *)data, size);
    Value *v = fuzz_call(st, "fromJSON", 1, &text);
    Value *json1 = fuzz_call(st, "toJSON", 1, &v);
    Value *json2 = round_trip(st, json1);
    Value *json3 = json2 ? round_trip(st, json2) : NULL;
    if (json3 && (json3->len != json2->len || memcmp(json3->str.s, json2->str.s, json2->len)))
        fuzz_fail("toJSON (fromJSON t) differs from t, a text toJSON wrote", json2->str.s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_nix_run(data, size, run);
    return 0;
}
