/* fuzz_json2toml.c: libFuzzer harness over render/json2toml.c (remarshal's json2toml, with
 * its own JSON reader). Each input is converted as JSON text. Its first eight bytes are also
 * taken as a double and written as Python's repr() writes floats, which must read back as
 * the same double. The converter allocates from mem.h only, so no evaluator is needed. */
#include "tests/fuzz/fuzz.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "render/json2toml.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    mem_init();
    fuzz_mem_mark();
    return 0;
}

static void check_float(const uint8_t *data, size_t size)
{
    double x;
    if (size < sizeof x) return;
    memcpy(&x, data, sizeof x);
    if (!isfinite(x)) return;
    char text[64];
    json2toml_format_float(text, sizeof text, x);
    double back = strtod(text, NULL);
    if (memcmp(&back, &x, sizeof x) != 0) {
        char detail[128];
        snprintf(detail, sizeof detail, "%.17g written as %s", x, text);
        fuzz_fail("a float does not read back", detail);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *out;
    size_t len;
    (void)json2toml_convert((const char *)data, size, &out, &len);
    check_float(data, size);
    fuzz_mem_release();
    return 0;
}
