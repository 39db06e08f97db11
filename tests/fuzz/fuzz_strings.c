/* fuzz_strings.c: libFuzzer harness over the string builtins. An input is an operation byte
 * and up to four NUL-separated fields; the operation chooses the builtin and how the fields
 * become its arguments (a field as a string, as an integer, or cut at commas into a list of
 * strings). Results are printed; toJSON of a string must read back as that string with
 * fromJSON whenever fromJSON takes it (it refuses invalid UTF-8), and toString of a float read
 * from eight bytes must not crash the printer. */
#include "tests/fuzz/fuzz.h"

#include <stdlib.h>
#include <string.h>

#include "eval/eval.h"

enum { MAX_FIELDS = 4 };

typedef struct { const char *s; size_t len; } Field;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_nix_init();
    return 0;
}

static Value *int_of(Field f)
{
    char buf[32];
    size_t n = f.len < sizeof buf - 1 ? f.len : sizeof buf - 1;
    memcpy(buf, f.s, n);
    buf[n] = 0;
    return val_int(strtoll(buf, NULL, 0));
}

/* "a,b,c" as [ "a" "b" "c" ]; the empty field as [ ]. */
static Value *list_of(Field f)
{
    uint32_t n = 0;
    Value **elems = list_alloc((uint32_t)f.len + 1);
    for (size_t i = 0, start = 0; f.len && i <= f.len; i++)
        if (i == f.len || f.s[i] == ',') {
            elems[n++] = fuzz_string(f.s + start, i - start);
            start = i + 1;
        }
    Value *v = val_alloc();
    set_list(v, elems, n);
    return v;
}

static Value *float_of(Field f)
{
    double x = 0;
    memcpy(&x, f.s, f.len < sizeof x ? f.len : sizeof x);
    return val_float(x);
}

static void json_round_trip(State *st, Value *s)
{
    Value *json = fuzz_call(st, "toJSON", 1, &s);
    Handler h;
    if (!EVAL_TRY(st, &h)) {
        eval_unwind_to(st, &h);
        return;
    }
    Value *back = fuzz_call(st, "fromJSON", 1, &json);
    eval_pop_handler(st, &h);
    if (back->type != T_STRING || back->len != s->len || memcmp(back->str.s, s->str.s, s->len))
        fuzz_fail("fromJSON (toJSON s) is not s", json->str.s);
}

static void run(State *st, const uint8_t *data, size_t size)
{
    if (!size) return;
    Field f[MAX_FIELDS] = { { "", 0 }, { "", 0 }, { "", 0 }, { "", 0 } };
    const char *p = (const char *)data + 1, *end = (const char *)data + size;
    for (int i = 0; i < MAX_FIELDS && p <= end; i++) {
        const char *nul = i < MAX_FIELDS - 1 ? memchr(p, 0, (size_t)(end - p)) : NULL;
        f[i] = (Field){ p, (size_t)((nul ? nul : end) - p) };
        p += f[i].len + 1;
    }
    Value *s0 = fuzz_string(f[0].s, f[0].len), *s1 = fuzz_string(f[1].s, f[1].len);
    Value *s2 = fuzz_string(f[2].s, f[2].len);
    Value *a[3];
    switch (data[0] % 16) {
    case 0: a[0] = list_of(f[0]), a[1] = list_of(f[1]), a[2] = s2; fuzz_call(st, "replaceStrings", 3, a); break;
    case 1: a[0] = int_of(f[0]), a[1] = int_of(f[1]), a[2] = s2; fuzz_call(st, "substring", 3, a); break;
    case 2: fuzz_call(st, "splitVersion", 1, &s0); break;
    case 3: a[0] = s0, a[1] = s1; fuzz_call(st, "compareVersions", 2, a); break;
    case 4: fuzz_call(st, "parseDrvName", 1, &s0); break;
    case 5: json_round_trip(st, s0); break;
    case 6: a[0] = s0, a[1] = list_of(f[1]); fuzz_call(st, "concatStringsSep", 2, a); break;
    case 7: a[0] = s0, a[1] = s1; fuzz_call(st, "hashString", 2, a); break;
    case 8: fuzz_call(st, "baseNameOf", 1, &s0); fuzz_call(st, "dirOf", 1, &s0); break;
    case 9: fuzz_call(st, "toXML", 1, &s0); break;
    case 10: a[0] = float_of(f[0]); fuzz_call(st, "toString", 1, a); fuzz_call(st, "toJSON", 1, a); break;
    case 11: fuzz_call(st, "placeholder", 1, &s0); break;
    case 12: a[0] = s0, a[1] = s1; fuzz_call(st, "toFile", 2, a); break;
    case 13: a[0] = fuzz_call(st, "splitVersion", 1, &s0), a[1] = int_of(f[1]); fuzz_call(st, "elemAt", 2, a); break;
    case 14: fuzz_call(st, "stringLength", 1, &s0); fuzz_call(st, "toPath", 1, &s0); break;
    default: a[0] = s0, a[1] = s1; fuzz_call(st, "lessThan", 2, a); break;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_nix_run(data, size, run);
    return 0;
}
