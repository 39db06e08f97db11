/* test_base.c: unit tests of the foundation's small helpers (base/): growing arrays,
 * UTF-8 encoding, reading whole files, the string-keyed table,
 * the pointer set, going back to a checkpoint of the symbol and source tables, integers
 * as text. */
#include "unit.h"
#include "base/buf.h"
#include "base/file.h"
#include "base/grow.h"
#include "base/mem.h"
#include "base/pos.h"
#include "base/ptrset.h"
#include "base/strtab.h"
#include "base/symtab.h"
#include "base/utf8.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void test_grow(void)
{
    unit_check(grow_cap(0, 1, 16) == 16, "grow: first size", "%zu", grow_cap(0, 1, 16));
    unit_check(grow_cap(16, 17, 16) == 32, "grow: doubles", "%zu", grow_cap(16, 17, 16));
    unit_check(grow_cap(4, 100, 4) == 128, "grow: doubles until it fits", "%zu", grow_cap(4, 100, 4));
    unit_check(grow_cap(0, 100, 4) == 128, "grow: first size too small", "%zu", grow_cap(0, 100, 4));

    int *a = NULL;
    size_t n = 0, cap = 0;
    bool ok = true;
    for (int i = 0; i < 1000; i++) {
        GROW(mem_alloc, a, n, cap, 8);
        a[n++] = i;
    }
    for (int i = 0; i < 1000; i++) ok = ok && a[i] == i;
    unit_check(ok && cap == 1024, "grow: copies what it holds", "cap %zu", cap);

    uint32_t *b = NULL, bn = 0, bcap = 0;
    for (uint32_t i = 0; i < 300; i++) {
        GROW_REALLOC(mem_realloc, b, bn, bcap, 4);
        b[bn++] = i;
    }
    ok = true;
    for (uint32_t i = 0; i < 300; i++) ok = ok && b[i] == i;
    unit_check(ok && bcap == 512, "grow: realloc keeps the elements", "cap %u", bcap);
    int *c = NULL;
    size_t cn = 0, ccap = 0;
    GROW_TO(mem_alloc, c, cn, ccap, 100, 16);
    unit_check(ccap == 128, "grow: to a count", "cap %zu", ccap);

    /* nothing happens while it fits */
    int *before = a;
    GROW_TO(mem_alloc, a, n, cap, cap, 8);
    unit_check(a == before, "grow: no move while it fits", "moved");
}

static void check_utf8(uint32_t cp, const char *want, size_t want_len)
{
    char out[4], name[40];
    snprintf(name, sizeof name, "utf8: U+%04X", (unsigned)cp);
    size_t n = utf8_encode(out, cp);
    unit_check_bytes(name, out, n, want, want_len);
}

/* the last and first code point of each length */
static void test_utf8(void)
{
    check_utf8(0x00, "\0", 1);
    check_utf8(0x7F, "\x7f", 1);
    check_utf8(0x80, "\xc2\x80", 2);
    check_utf8(0x7FF, "\xdf\xbf", 2);
    check_utf8(0x800, "\xe0\xa0\x80", 3);
    check_utf8(0xFFFF, "\xef\xbf\xbf", 3);
    check_utf8(0x10000, "\xf0\x90\x80\x80", 4);
    check_utf8(0x10FFFF, "\xf4\x8f\xbf\xbf", 4);
    check_utf8(0x20AC, "\xe2\x82\xac", 3); /* the euro sign */
}

/* want_at: the index the validator reports (-1: valid); incomplete: cut short by the end */
static void check_valid(const char *s, long want_at, bool want_incomplete)
{
    size_t at = 0;
    bool incomplete;
    bool ok = utf8_valid((const unsigned char *)s, strlen(s), &at, &incomplete);
    long got = ok ? -1 : (long)at;
    unit_check(got == want_at && (ok || incomplete == want_incomplete), "utf8_valid", "'%s': at %ld (incomplete %d), want %ld (%d)",
               s, got, !ok && incomplete, want_at, want_incomplete);
}

/* RFC 3629's ranges, and where a byte-by-byte decoder (nlohmann::json's) stops */
static void test_utf8_valid(void)
{
    check_valid("plain", -1, false);
    check_valid("a\xc2\x80\xdf\xbf\xe0\xa0\x80\xef\xbf\xbf\xf0\x90\x80\x80\xf4\x8f\xbf\xbf", -1, false);
    check_valid("ab\xff", 2, false);           /* never a UTF-8 byte */
    check_valid("\xc0\xaf", 0, false);        /* overlong lead bytes */
    check_valid("\xe0\x9f\x80", 1, false);    /* overlong three bytes */
    check_valid("1\xed\xa0\x80", 2, false);   /* a surrogate */
    check_valid("\xf4\x90\x80\x80", 1, false); /* past U+10FFFF */
    check_valid("\xf5\x80", 0, false);
    check_valid("\xc3(", 1, false);            /* a continuation missing */
    check_valid("x\xe2\x82", 2, true);         /* cut short */
    check_valid("\x80", 0, false);             /* a continuation alone */
}

/* A temporary file holding n bytes of a pattern; its path in path (of PATH_MAX). */
static bool temp_file(char *path, size_t n)
{
    strcpy(path, "/tmp/nixel-unit-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0) return false;
    char chunk[4096];
    for (size_t i = 0; i < sizeof chunk; i++) chunk[i] = (char)('a' + i % 26);
    for (size_t done = 0; done < n;) {
        size_t k = n - done < sizeof chunk ? n - done : sizeof chunk;
        if (write(fd, chunk, k) != (ssize_t)k) { close(fd); return false; }
        done += k;
    }
    close(fd);
    return true;
}

static void test_file(void)
{
    char path[64];
    Buf b = {0};
    unit_check(file_read("/nonexistent/nixel-unit", &b) == FILE_OPEN_FAILED && errno == ENOENT,
               "file: missing file", "errno %d", errno);
    unit_check(file_read("/", &b) == FILE_READ_FAILED && errno == EISDIR, "file: a directory",
               "errno %d", errno);
    if (temp_file(path, 0)) {
        b = (Buf){0};
        unit_check(file_read(path, &b) == FILE_OK && b.len == 0, "file: empty file", "len %zu", b.len);
        unlink(path);
    }
    /* larger than one read, not a multiple of it */
    size_t big = 3 * 65536 + 123;
    if (temp_file(path, big)) {
        b = (Buf){0};
        FileStatus fs = file_read(path, &b);
        bool same = b.len == big;
        for (size_t i = 0; same && i < big; i++) same = b.s[i] == (char)('a' + i % 4096 % 26);
        unit_check(fs == FILE_OK && same, "file: large file", "status %d len %zu", (int)fs, b.len);
        unlink(path);
    }
}

static void test_strtab(void)
{
    StrTab t = {0};
    int one = 1, two = 2, three = 3;
    unit_check(strtab_get(&t, "a", 1) == NULL, "strtab: empty table", "found");
    strtab_put(&t, "a", 1, &one);
    strtab_put(&t, "a\0b", 3, &two);
    unit_check(strtab_get(&t, "a", 1) == &one, "strtab: lookup", "wrong value");
    unit_check(strtab_get(&t, "a\0b", 3) == &two, "strtab: a NUL in the key", "wrong value");
    unit_check(strtab_get(&t, "ab", 2) == NULL, "strtab: absent key", "found");
    strtab_put(&t, "a", 1, &three);
    unit_check(strtab_get(&t, "a", 1) == &three && t.n == 2, "strtab: put replaces", "n %zu", t.n);
    /* many keys: collisions in the probe sequence, and growth keeps them all */
    enum { N = 5000 };
    static char keys[N][8];
    static int vals[N];
    for (int i = 0; i < N; i++) {
        snprintf(keys[i], sizeof keys[i], "k%d", i);
        vals[i] = i;
        strtab_put(&t, keys[i], strlen(keys[i]), &vals[i]);
    }
    bool ok = t.n == N + 2;
    for (int i = 0; i < N && ok; i++) ok = strtab_get(&t, keys[i], strlen(keys[i])) == &vals[i];
    unit_check(ok && t.cap >= 2 * t.n, "strtab: many keys", "n %zu cap %zu", t.n, t.cap);
    /* two keys that land in the same slot of a small table */
    StrTab s = {0};
    char k1[8] = "x0", k2[8];
    uint32_t want = str_hash(k1, 2) & 63;
    for (int i = 1; i < 100000; i++) {
        snprintf(k2, sizeof k2, "y%d", i);
        if ((str_hash(k2, strlen(k2)) & 63) == want) break;
    }
    strtab_put(&s, k1, 2, &one);
    strtab_put(&s, k2, strlen(k2), &two);
    unit_check(s.cap == 64 && strtab_get(&s, k1, 2) == &one && strtab_get(&s, k2, strlen(k2)) == &two,
               "strtab: colliding keys", "cap %zu", s.cap);
    unit_check(str_hash("", 0) == 2166136261u && str_hash("a", 1) == 0xe40c292cu, "strtab: FNV-1a",
               "%08x", str_hash("a", 1));
}

static void test_ptrset(void)
{
    PtrSet s = {0};
    static int objs[3000];
    bool ok = true;
    for (int i = 0; i < 3000; i++) ok = ok && ptrset_add(&s, &objs[i]);
    unit_check(ok && s.n == 3000, "ptrset: adds new pointers", "n %zu", s.n);
    ok = true;
    for (int i = 0; i < 3000; i++) ok = ok && !ptrset_add(&s, &objs[i]);
    unit_check(ok && s.n == 3000 && s.cap >= 6000, "ptrset: finds them after growing", "n %zu cap %zu", s.n, s.cap);
    /* small numbers as keys (symbol ids + 1) */
    PtrSet ids = {0};
    ok = true;
    for (uintptr_t i = 1; i <= 1000; i++) ok = ok && ptrset_add(&ids, (const void *)i);
    for (uintptr_t i = 1; i <= 1000; i++) ok = ok && !ptrset_add(&ids, (const void *)i);
    unit_check(ok && ids.n == 1000, "ptrset: numbers as keys", "n %zu", ids.n);
    /* consecutive numbers spread over the slots: no long probe runs */
    size_t longest = 0, run = 0;
    for (size_t i = 0; i < ids.cap; i++) {
        run = ids.slots[i] ? run + 1 : 0;
        if (run > longest) longest = run;
    }
    unit_check(longest < 32, "ptrset: keys spread", "a run of %zu", longest);
}

static void test_checkpoints(void)
{
    Sym kept = sym_cstr("kept-before-checkpoint");
    SymCheckpoint sc = symtab_checkpoint();
    uint32_t count = sym_count();
    char name[32];
    for (int i = 0; i < 10000; i++) { /* enough for the table to grow */
        snprintf(name, sizeof name, "rolled-back-%d", i);
        sym_cstr(name);
    }
    Sym later = sym_cstr("later");
    symtab_rollback(&sc);
    unit_check(sym_count() == count, "symtab: rollback forgets the count", "%u vs %u", sym_count(), count);
    unit_check(sym_find("rolled-back-0", 13) == SYM_NONE && sym_find("later", 5) == SYM_NONE,
               "symtab: rollback forgets the names", "still found");
    unit_check(sym_cstr("kept-before-checkpoint") == kept, "symtab: rollback keeps older names", "id changed");
    unit_check(sym_cstr("again") == count, "symtab: ids are handed out again", "got %u, later was %u",
               sym_find("again", 5), later);

    Source *a = pos_add_source(ORIGIN_STRING, NULL, "/", "a", 1);
    PosCheckpoint pc = pos_checkpoint();
    Source *b = pos_add_source(ORIGIN_STRING, NULL, "/", "bb", 2);
    Pos bpos = b->base;
    pos_rollback(&pc);
    unit_check(pos_source(a->base) == a && pos_source(bpos) == NULL, "pos: rollback forgets later sources",
               "still there");
    Source *c = pos_add_source(ORIGIN_STRING, NULL, "/", "c", 1);
    unit_check(c->base == bpos, "pos: positions are handed out again", "%u vs %u", c->base, bpos);
}

static bool int_text_as_printf(int64_t v)
{
    char got[INT_TEXT_MAX + 1], want[32];
    size_t k = int_to_text(got, v);
    got[k] = 0;
    snprintf(want, sizeof want, "%lld", (long long)v);
    if (!strcmp(got, want)) return true;
    unit_check_str("int_to_text: as printf", got, want);   /* records the failure */
    return false;
}

/* int_to_text against printf's %lld at each digit count, both signs, around each power of
 * ten and at the limits, then at numbers of every length with zeros and nines inside (the
 * eight-digit groups it splits off). */
static void test_int_to_text(void)
{
    bool ok = int_text_as_printf(0) && int_text_as_printf(INT64_MAX) && int_text_as_printf(INT64_MIN)
              && int_text_as_printf(INT64_MIN + 1);
    for (int64_t t = 1; ok; t *= 10) {
        int64_t near[] = { t - 1, t, t + 1, -t - 1, -t, -t + 1 };
        for (size_t i = 0; i < 6 && ok; i++) ok = int_text_as_printf(near[i]);
        if (t > INT64_MAX / 10) break;
    }
    uint64_t x = 88172645463325252ull;
    for (size_t i = 0; i < 30000 && ok; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;   /* xorshift64 */
        int64_t v = (int64_t)(x >> (x % 64));
        if (i % 3 == 1) v = v / 1000000 * 1000000;             /* zeros inside a group */
        if (i % 3 == 2) v = v / 100000000 * 100000000 + 99999999 - (int64_t)(i % 7);
        ok = int_text_as_printf(i % 2 ? v : -v);
    }
    if (ok) unit_check(true, "int_to_text: as printf at limits, powers of ten and 30,000 others", " ");
    Buf b = {0};
    buf_adds(&b, "x=");
    buf_add_int(&b, -42);
    unit_check_str("buf_add_int: appends", buf_cstr(&b), "x=-42");
}

/* sym_cmp_name (which orders by the names' first eight bytes first) against memcmp and
 * length, over names that share prefixes up to and past eight bytes, end inside and at the
 * eighth byte, and hold bytes above 0x7f (which must sort after ASCII). */
static int bytes_order(const char *a, size_t na, const char *b, size_t nb)
{
    int c = memcmp(a, b, na < nb ? na : nb);
    if (c) return c < 0 ? -1 : 1;
    return na < nb ? -1 : na > nb;
}

static void test_sym_order(void)
{
    static const char *const stems[] = { "", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefgh\x01",
                                         "abcdefgi", "B", "\xc3\xa9t\xc3\xa9", "zz", "abcdefghabcdefgh" };
    enum { NSTEMS = sizeof stems / sizeof stems[0], NSUFFIX = 4 };
    static const char *const suffix[NSUFFIX] = { "", "0", "\x7f", "\xff" };
    char names[NSTEMS * NSUFFIX][32];
    Sym syms[NSTEMS * NSUFFIX];
    size_t n = 0;
    for (size_t i = 0; i < NSTEMS; i++)
        for (size_t k = 0; k < NSUFFIX; k++, n++) {
            snprintf(names[n], sizeof names[n], "%s%s", stems[i], suffix[k]);
            syms[n] = sym_cstr(names[n]);
        }
    size_t bad = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < n; k++) {
            int want = bytes_order(names[i], strlen(names[i]), names[k], strlen(names[k]));
            int got = sym_cmp_name(syms[i], syms[k]);
            if ((got > 0) - (got < 0) != want && bad++ == 0)
                unit_check(false, "sym_cmp_name: orders as the bytes do", "'%s' vs '%s': %d, want %d", names[i],
                           names[k], got, want);
        }
    if (!bad) unit_check(true, "sym_cmp_name: orders as the bytes do (48 names, every pair)", " ");
}

void unit_test_base(void)
{
    test_sym_order();
    test_int_to_text();
    test_checkpoints();
    test_ptrset();
    test_strtab();
    test_file();
    test_grow();
    test_utf8();
    test_utf8_valid();
}
