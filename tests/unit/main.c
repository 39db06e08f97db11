/* main.c: runs every C unit test suite and prints "N passed, M failed".
 *   build/unit                   run the suites
 *   build/unit --json2toml       convert JSON on standard input to TOML (for
 *                                tests/render/json2toml-diff.sh) */
#include "unit.h"
#include "base/buf.h"
#include "base/file.h"
#include "base/mem.h"
#include "render/json2toml.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int passed, failed;

static void show_escaped(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n') fputs("\\n\n      ", stderr);
        else if (c < 0x20 || c == 0x7f) fprintf(stderr, "\\x%02x", c);
        else fputc(c, stderr);
    }
}

bool unit_check(bool ok, const char *name, const char *detail, ...)
{
    if (ok) { passed++; return true; }
    failed++;
    fprintf(stderr, "FAIL %s: ", name);
    va_list ap;
    va_start(ap, detail);
    vfprintf(stderr, detail, ap);
    va_end(ap);
    fputc('\n', stderr);
    return false;
}

bool unit_check_bytes(const char *name, const char *got, size_t got_len, const char *want, size_t want_len)
{
    if (got && got_len == want_len && memcmp(got, want, want_len) == 0) { passed++; return true; }
    failed++;
    fprintf(stderr, "FAIL %s\n  want: ", name);
    show_escaped(want, want_len);
    fputs("\n  got:  ", stderr);
    if (got) show_escaped(got, got_len);
    else fputs("(nothing)", stderr);
    fputc('\n', stderr);
    return false;
}

bool unit_check_str(const char *name, const char *got, const char *want)
{
    return unit_check_bytes(name, got, got ? strlen(got) : 0, want, strlen(want));
}

static int json2toml_filter(void)
{
    Buf in = {0};
    if (!file_read_fd(STDIN_FILENO, &in)) { perror("json2toml: standard input"); return 1; }
    char *out;
    size_t len;
    const char *err = json2toml_convert(in.s ? in.s : "", in.len, &out, &len);
    if (err) { fprintf(stderr, "json2toml: %s\n", err); return 1; }
    fwrite(out, 1, len, stdout);
    return 0;
}

int main(int argc, char **argv)
{
    mem_init();
    if (argc > 1 && !strcmp(argv[1], "--json2toml")) return json2toml_filter();
    unit_test_json2toml();
    unit_test_tree();
    unit_test_stage();
    unit_test_core();
    unit_test_base();
    printf("%d passed, %d failed\n", passed, failed);
    return failed > 0;
}
