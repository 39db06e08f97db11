/* test_json2toml.c: the json2toml converter (render/json2toml.c) against the rules
 * and examples of shared/golden/README.md ("registries.conf"). Floats against Python's
 * repr are checked more widely by tests/render/json2toml-diff.sh. */
#include "unit.h"
#include "render/json2toml.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static void converts(const char *name, const char *json, const char *want)
{
    char *out = NULL;
    size_t len = 0;
    const char *err = json2toml_convert(json, strlen(json), &out, &len);
    if (err) unit_check(false, name, "unexpected error: %s", err);
    else unit_check_bytes(name, out, len, want, strlen(want));
}

static void fails(const char *name, const char *json, const char *needle)
{
    char *out = NULL;
    size_t len = 0;
    const char *err = json2toml_convert(json, strlen(json), &out, &len);
    unit_check(err && strstr(err, needle), name, "want an error with \"%s\", got %s", needle, err ? err : "success");
}

static void float_is(double x, const char *want)
{
    char buf[64], name[96];
    json2toml_format_float(buf, sizeof buf, x);
    snprintf(name, sizeof name, "float %s", want);
    unit_check_str(name, buf, want);
}

static void test_readme_examples(void)
{
    const char *defaults =
        "[registries]\n\n"
        "[registries.block]\nregistries = []\n\n"
        "[registries.insecure]\nregistries = []\n\n"
        "[registries.search]\nregistries = [\"docker.io\", \"quay.io\"]\n";
    unit_check(strlen(defaults) == 147, "README default is 147 bytes", "%zu", strlen(defaults));
    converts("default registries",
             "{\"registries\":{\"block\":{\"registries\":[]},\"insecure\":{\"registries\":[]},"
             "\"search\":{\"registries\":[\"docker.io\",\"quay.io\"]}}}", defaults);
    converts("empty root gives an empty file", "{}", "");
    converts("integer", "{\"a\":1}", "a = 1\n");
    converts("float %g form", "{\"a\":1.23457e+08}", "a = 123457000.0\n");
    converts("float 1e+16", "{\"a\":1e+16}", "a = 1e+16\n");
    converts("float 1e-05", "{\"a\":1e-05}", "a = 1e-05\n");
    converts("float 1.5", "{\"a\":1.5}", "a = 1.5\n");
    converts("booleans", "{\"f\":false,\"t\":true}", "f = false\nt = true\n");
}

static void test_tables(void)
{
    converts("key/value lines before sub-tables, sorted",
             "{\"z\":1,\"b\":{\"x\":1},\"a\":2}", "a = 2\nz = 1\n\n[b]\nx = 1\n");
    converts("sub-tables depth first",
             "{\"a\":{\"b\":{\"c\":1},\"d\":1},\"e\":{\"f\":1}}",
             "[a]\nd = 1\n\n[a.b]\nc = 1\n\n[e]\nf = 1\n");
    converts("empty tables are headers only",
             "{\"a\":{\"b\":{}},\"c\":{}}", "[a]\n\n[a.b]\n\n[c]\n");
    converts("array of tables",
             "{\"s\":[{\"n\":\"a\",\"sub\":{\"x\":1}},{\"n\":\"b\"}]}",
             "[[s]]\nn = \"a\"\n\n[s.sub]\nx = 1\n\n[[s]]\nn = \"b\"\n");
    converts("array of one empty table", "{\"z\":[{}]}", "[[z]]\n");
    converts("empty array is a value", "{\"e\":[]}", "e = []\n");
    converts("silent root writes no blank line", "{\"a\":{\"x\":1}}", "[a]\nx = 1\n");
    converts("root with lines then a table", "{\"a\":{},\"k\":1}", "k = 1\n\n[a]\n");
    converts("last table has no trailing blank line", "{\"a\":{\"x\":1},\"b\":{}}", "[a]\nx = 1\n\n[b]\n");
}

static void test_values(void)
{
    converts("nested arrays inline", "{\"a\":[5,[6,[]]]}", "a = [5, [6, []]]\n");
    converts("inline table in a mixed array, keys in JSON order",
             "{\"m\":[1,\"two\",{\"b\":[4],\"a\":3}]}", "m = [1, \"two\", {b = [4], a = 3}]\n");
    converts("empty inline table", "{\"m\":[1,{}]}", "m = [1, {}]\n");
    converts("array of arrays of tables is inline", "{\"a\":[[{\"x\":1}]]}", "a = [[{x = 1}]]\n");
    converts("null value is a commented line", "{\"k\":null}",
             "#k = null  # To use: uncomment and replace null with value\n");
    converts("null line counts as a line", "{\"k\":null,\"t\":{}}",
             "#k = null  # To use: uncomment and replace null with value\n\n[t]\n");
    converts("big integers pass through", "{\"n\":123456789012345678901234567890}",
             "n = 123456789012345678901234567890\n");
    converts("negative integer", "{\"n\":-42}", "n = -42\n");
    converts("-0 is the integer 0", "{\"n\":-0}", "n = 0\n");
    converts("float with exponent only", "{\"n\":1E2}", "n = 100.0\n");
    converts("negative zero float", "{\"n\":-0.0}", "n = -0.0\n");
    converts("duplicate key: last value, first place", "{\"a\":1,\"b\":2,\"a\":3}", "a = 3\nb = 2\n");
    converts("duplicate key in an inline table", "{\"m\":[1,{\"b\":1,\"a\":2,\"b\":3}]}", "m = [1, {b = 3, a = 2}]\n");
    converts("whitespace around tokens", " \t\r\n{ \"a\" : [ 1 , 2 ] }\n", "a = [1, 2]\n");
}

static void test_strings(void)
{
    converts("string escapes",
             "{\"s\":\"q\\\"b\\\\n\\nr\\rt\\tb\\bf\\f\"}",
             "s = \"q\\\"b\\\\n\\nr\\rt\\tb\\bf\\f\"\n");
    converts("other control characters as \\u00xx", "{\"s\":\"\\u0001\\u001f\"}", "s = \"\\u0001\\u001f\"\n");
    converts("NUL in a string", "{\"s\":\"a\\u0000b\"}", "s = \"a\\u0000b\"\n");
    converts("DEL and non-ASCII raw", "{\"s\":\"\x7f\xc3\xa9\xe2\x82\xac\"}", "s = \"\x7f\xc3\xa9\xe2\x82\xac\"\n");
    converts("\\u escapes decoded to UTF-8", "{\"s\":\"\\u00e9\\u20ac\"}", "s = \"\xc3\xa9\xe2\x82\xac\"\n");
    converts("surrogate pair", "{\"s\":\"\\ud83d\\ude00\"}", "s = \"\xf0\x9f\x98\x80\"\n");
    converts("escaped slash", "{\"s\":\"a\\/b\"}", "s = \"a/b\"\n");
}

static void test_keys(void)
{
    converts("bare keys", "{\"A-z_0\":1}", "A-z_0 = 1\n");
    converts("empty key is bare", "{\"\":1}", " = 1\n");
    converts("key with a space is quoted", "{\"a b\":1}", "\"a b\" = 1\n");
    converts("non-ASCII key is quoted", "{\"\xc3\xbc\":1}", "\"\xc3\xbc\" = 1\n");
    converts("dotted key quoted in a header", "{\"a.b\":{\"c\":1}}", "[\"a.b\"]\nc = 1\n");
    converts("header components each quoted", "{\"x\":{\"a b\":{\"c\":1}}}", "[x]\n\n[x.\"a b\"]\nc = 1\n");
    converts("keys sorted by bytes", "{\"b\":1,\"B\":2,\"\xc3\xa9\":3,\"a\":4}",
             "B = 2\na = 4\nb = 1\n\"\xc3\xa9\" = 3\n");
    converts("quoted key with escapes", "{\"a\\nb\":1}", "\"a\\nb\" = 1\n");
}

static void test_failures(void)
{
    fails("null inside an array", "{\"k\":[1,null]}", "null");
    fails("null inside an inline table", "{\"k\":[1,{\"a\":null}]}", "null");
    fails("NaN", "{\"k\":NaN}", "NaN");
    fails("Infinity", "{\"k\":-Infinity}", "infinity");
    fails("float overflow", "{\"k\":1e400}", "infinity");
    fails("root not an object", "[1]", "not an object");
    fails("empty input", "", "expected a value");
    fails("trailing data", "{} x", "extra data");
    fails("trailing comma", "{\"a\":1,}", "string key");
    fails("raw control character", "{\"a\":\"\x01\"}", "control character");
    fails("invalid UTF-8", "{\"a\":\"\xc3\"}", "UTF-8");
    fails("overlong UTF-8", "{\"a\":\"\xc0\xaf\"}", "UTF-8");
    fails("lone high surrogate", "{\"a\":\"\\ud83d\"}", "surrogate");
    fails("lone low surrogate", "{\"a\":\"\\ude00\"}", "surrogate");
    fails("bad escape", "{\"a\":\"\\x\"}", "escape");
    fails("leading zero", "{\"a\":01}", "expected ','");
    fails("bare minus", "{\"a\":-}", "invalid number");
    fails("dot without digits", "{\"a\":1.}", "invalid number");
    fails("unterminated", "{\"a\":\"x", "unterminated");
    fails("nan literal lowercase", "{\"a\":nan}", "expected a value");
    char deep[2100];
    size_t n = 0;
    n += (size_t)sprintf(deep, "{\"a\":");
    for (int i = 0; i < 1000; i++) deep[n++] = '[';
    deep[n] = 0;
    fails("nesting too deep", deep, "nested too deeply");
}

static void test_floats(void)
{
    float_is(0.1, "0.1");
    float_is(1.5, "1.5");
    float_is(0.00025, "0.00025");
    float_is(0.0001, "0.0001");
    float_is(1e-05, "1e-05");
    float_is(1e16, "1e+16");
    float_is(1.5e16, "1.5e+16");
    float_is(1e15, "1000000000000000.0");
    float_is(123457000.0, "123457000.0");
    float_is(123456789.125, "123456789.125");
    float_is(1.0, "1.0");
    float_is(-2.5, "-2.5");
    float_is(0.0, "0.0");
    float_is(-0.0, "-0.0");
    float_is(1e22, "1e+22");
    float_is(1e100, "1e+100");
    float_is(5e-324, "5e-324");
    float_is(1.7976931348623157e308, "1.7976931348623157e+308");
    float_is(2.0 / 3.0, "0.6666666666666666");
    float_is(9007199254740992.0, "9007199254740992.0");
    float_is(0.3, "0.3");
    float_is(ldexp(1.0, -1022), "2.2250738585072014e-308");
}

void unit_test_json2toml(void)
{
    test_readme_examples();
    test_tables();
    test_values();
    test_strings();
    test_keys();
    test_failures();
    test_floats();
}
