/* test_core.c: unit tests of evaluator internals that the language cases reach only
 * indirectly: interned names, offset -> line:column (CR and CR LF), and spelling
 * suggestions. Expected values are worked out by hand from CppNix's rules. */
#include "unit.h"
#include "base/pos.h"
#include "base/suggest.h"
#include "base/diag.h"
#include "base/symtab.h"

#include <stdio.h>
#include <string.h>

static void test_symbols(void)
{
    Sym a = sym_cstr("alpha"), b = sym_cstr("beta"), a2 = sym_intern("alphabet", 5);
    unit_check(a == a2, "sym: same name, same id", "%u vs %u", a, a2);
    unit_check(a != b, "sym: different names, different ids", "both %u", a);
    unit_check(b == a + 1 || b > a, "sym: ids in creation order", "alpha %u beta %u", a, b);
    unit_check_str("sym: name", sym_str(b), "beta");
    unit_check(sym_len(b) == 4, "sym: length", "%u", sym_len(b));
    unit_check(sym_find("gamma", 5) == SYM_NONE, "sym: find absent", "found");
    unit_check(sym_find("beta", 4) == b, "sym: find present", "not found");
    /* bytewise order: "B" < "a", a prefix first */
    unit_check(sym_cmp_name(sym_cstr("B"), sym_cstr("a")) < 0, "sym: bytewise order", "B !< a");
    unit_check(sym_cmp_name(sym_cstr("ab"), sym_cstr("abc")) < 0, "sym: prefix first", "ab !< abc");
    Sym with_nul = sym_intern("x\0y", 3);
    unit_check(sym_len(with_nul) == 3 && with_nul != sym_cstr("x"), "sym: embedded NUL", "len %u", sym_len(with_nul));
    /* many names: the table grows */
    char name[16];
    Sym first = 0;
    for (int i = 0; i < 20000; i++) {
        snprintf(name, sizeof name, "n%d", i);
        Sym s = sym_cstr(name);
        if (i == 0) first = s;
    }
    unit_check(sym_cstr("n0") == first, "sym: stable across growth", "n0 changed id");
}

static void check_lc(const char *name, const Source *s, uint32_t off, uint32_t line, uint32_t col)
{
    LineCol lc = pos_linecol(s->base + off);
    unit_check(lc.src == s && lc.line == line && lc.col == col, name, "offset %u: got %u:%u, want %u:%u",
               off, lc.line, lc.col, line, col);
}

static void test_positions(void)
{
    static const char text[] = "ab\ncd\r\nef\rg";
    Source *s = pos_add_source(ORIGIN_STRING, NULL, "/", text, sizeof text - 1);
    check_lc("pos: start", s, 0, 1, 1);
    check_lc("pos: same line", s, 1, 1, 2);
    check_lc("pos: after LF", s, 3, 2, 1);
    check_lc("pos: CR LF is one line break", s, 7, 3, 1);
    check_lc("pos: lone CR breaks a line", s, 10, 4, 1);
    check_lc("pos: just past the end", s, sizeof text - 1, 4, 2);
    Source *t = pos_add_source(ORIGIN_FILE, "/x.nix", "/", "z", 1);
    unit_check(pos_source(t->base) == t && pos_source(s->base) == s, "pos: sources apart", "wrong source");
    unit_check(pos_source(NO_POS) == NULL, "pos: no position", "has a source");
    char buf[64];
    pos_format_at(buf, sizeof buf, s->base + 3);
    unit_check_str("pos: at-line form of a string", buf, "\xc2\xabstring\xc2\xbb:2:1");
    pos_format_plain(buf, sizeof buf, t->base);
    unit_check_str("pos: plain form of a file", buf, "/x.nix:1:1");
}

static void test_suggestions(void)
{
    const char *names[] = { "foo", "fob", "bar", "foo" };
    const char *s = suggest("fo", names, 4);
    /* each name in Nix's colour for suggestions (diag_log drops it off a terminal) */
    unit_check_str("suggest: closest first, ties by name, duplicates once", s ? s : "",
                   "one of " DIAG_ARG "fob" DIAG_NORMAL " or " DIAG_ARG "foo" DIAG_NORMAL);
    s = suggest("hello", (const char *[]){ "helo", "world" }, 2);
    unit_check_str("suggest: one", s ? s : "", DIAG_ARG "helo" DIAG_NORMAL);
    s = suggest("abc", (const char *[]){ "xyz" }, 1);
    unit_check(s == NULL, "suggest: nothing within distance 2", "got %s", s ? s : "");
    const char *many[] = { "a1", "a2", "a3", "a4", "a5", "a6", "a7" };
    s = suggest("a", many, 7);
    Buf plain = {0};
    diag_strip_colours(&plain, s ? s : "");
    unit_check_str("suggest: at most five", buf_cstr(&plain), "one of a1, a2, a3, a4 or a5");
}

/* Nix's hintfmt colours each argument; %% is no argument; stripping gives the plain text
 * back, keeping tabs and CRs (only diag_log lays text out). */
static void test_colours(void)
{
    unit_check_str("colour format: each conversion", diag_colour_format("a '%s' b %lld%% c %-3.2f"),
                   "a '" DIAG_ARG "%s" DIAG_NORMAL "' b " DIAG_ARG "%lld" DIAG_NORMAL "%% c " DIAG_ARG "%-3.2f" DIAG_NORMAL);
    unit_check_str("colour format: a lone % at the end", diag_colour_format("x %"), "x %");
    Buf b = {0};
    diag_strip_colours(&b, DIAG_RED "error:" DIAG_NORMAL " a\tb\r \x1b[2Jc");
    unit_check_str("strip colours: escapes only", buf_cstr(&b), "error: a\tb\r c");
}

void unit_test_core(void)
{
    test_symbols();
    test_positions();
    test_suggestions();
    test_colours();
}
