/* test_stage.c: render/stage.c (removal by descriptors of trees deeper than PATH_MAX, the
 * rename that never replaces, abandoned staging directories, output names up to NAME_MAX)
 * and render/quote.c (MANIFEST's names, written and read back). */
#include "unit.h"
#include "render/quote.h"
#include "render/stage.h"
#include "render/tree.h"
#include "base/buf.h"
#include "base/mem.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char tmp[64];

static const char *at(const char *rel)
{
    Buf b = {0};
    buf_printf(&b, "%s/%s", tmp, rel);
    return buf_cstr(&b);
}

static bool exists(const char *path)
{
    struct stat sb;
    return lstat(path, &sb) == 0;
}

static size_t entries_in(const char *dir)
{
    DIR *d = opendir(dir);
    size_t n = 0;
    for (struct dirent *de; d && (de = readdir(d));) n += strcmp(de->d_name, ".") && strcmp(de->d_name, "..");
    if (d) closedir(d);
    return n;
}

/* ---- quote.c ---- */

static void round_trip(const char *name, size_t n, const char *want)
{
    const char *q = quote_name(name, n);
    unit_check(!strcmp(q, want), "quote_name", "%s: got %s", want, q);
    Buf line = {0};
    buf_printf(&line, "%s mode=0644", q);
    const char *p = buf_cstr(&line);
    char *back;
    size_t len;
    bool ok = quote_read(&p, &back, &len);
    unit_check(ok && len == n && !memcmp(back, name, n) && !strcmp(p, " mode=0644"), "quote_read", "%s does not read back", want);
}

static void test_quote(void)
{
    round_trip("etc/hosts", 9, "etc/hosts");
    round_trip("etc/web\\app@.service", 20, "etc/web\\app@.service");
    round_trip("etc/a b mode=4755", 17, "\"etc/a b mode=4755\"");
    round_trip("etc/nl\nx\ty\r", 11, "\"etc/nl\\nx\\ty\\r\"");
    round_trip("\"q\\", 3, "\"\\\"q\\\\\"");
    round_trip("etc/\x01\x7f", 6, "\"etc/\\x01\\x7f\"");
    round_trip("etc/\xc3\xbc \xe2\x82\xac", 10, "\"etc/\xc3\xbc \xe2\x82\xac\"");
    round_trip("", 0, "\"\"");
    const char *bad[] = { "\"open", "\"bad\\q\"", "\"\\x4\"" };
    for (size_t i = 0; i < 3; i++) {
        const char *p = bad[i];
        char *out;
        size_t len;
        unit_check(!quote_read(&p, &out, &len), "quote_read refuses", "%s", bad[i]);
    }
}

/* ---- removal by descriptors ---- */

/* A chain of directories of 200-byte names, deeper than PATH_MAX, made by descriptors. */
static bool make_deep(const char *top, int levels)
{
    char name[201];
    memset(name, 'd', 200);
    name[200] = 0;
    if (mkdir(top, 0755) != 0) return false;
    int fd = open(top, O_RDONLY | O_DIRECTORY);
    for (int i = 0; fd >= 0 && i < levels; i++) {
        if (mkdirat(fd, name, 0755) != 0) { close(fd); return false; }
        int f = openat(fd, "file", O_WRONLY | O_CREAT, 0644);
        if (f >= 0) close(f);
        symlinkat("/", fd, "link");
        int next = openat(fd, name, O_RDONLY | O_DIRECTORY);
        close(fd);
        fd = next;
    }
    if (fd < 0) return false;
    close(fd);
    return true;
}

static void test_deep_removal(void)
{
    int levels = PATH_MAX / 200 + 5;
    unit_check(make_deep(at("deep"), levels), "deep tree made", "%d levels", levels);
    unit_check(tree_remove(at("deep")) == 0 && !exists(at("deep")), "a tree deeper than PATH_MAX is removed", "%s", strerror(errno));
    unit_check(tree_remove(at("missing")) == 0, "removing a missing tree", "failed");
}

/* ---- the rename that never replaces ---- */

static void test_rename_fallback(void)
{
    mkdir(at("from"), 0755);
    unit_check(stage_rename_fallback(at("from"), at("to")) == 0 && exists(at("to")) && !exists(at("from")),
               "fallback rename to a missing name", "%s", strerror(errno));
    mkdir(at("from"), 0755);
    mkdir(at("empty"), 0755);
    errno = 0;
    unit_check(stage_rename_fallback(at("from"), at("empty")) != 0 && errno == EEXIST && exists(at("from")) && exists(at("empty")),
               "fallback rename never replaces an empty directory", "errno %d", errno);
    close(open(at("plain"), O_WRONLY | O_CREAT, 0644));
    unit_check(stage_rename_fallback(at("from"), at("plain")) != 0 && exists(at("from")), "fallback rename never replaces a file", "renamed");
    unit_check(stage_rename_fallback(at("from"), at("to")) != 0 && entries_in(at("to")) == 0 && exists(at("from")),
               "fallback rename never replaces a directory", "renamed");
    tree_remove(at("from")); tree_remove(at("to")); tree_remove(at("empty")); unlink(at("plain"));
}

/* ---- abandoned staging directories ---- */

/* A staging directory as a render makes it, with the marker of pid (boot: this boot). */
static void plant_stage(const char *name, long pid, bool with_marker)
{
    mkdir(at(name), 0700);
    Buf lock = {0};
    buf_printf(&lock, "%s/%s", at(name), STAGE_LOCK);
    FILE *f = fopen(buf_cstr(&lock), "w");
    char boot[64] = "";
    FILE *b = fopen("/proc/sys/kernel/random/boot_id", "r");
    if (b) { if (!fgets(boot, sizeof boot, b)) boot[0] = 0; fclose(b); }
    if (f && with_marker) fprintf(f, "nixel render staging directory\npid %ld\nboot %s", pid, boot);
    if (f) fclose(f);
}

static long dead_pid(void)
{
    pid_t p = fork();
    if (p == 0) _exit(0);
    waitpid(p, NULL, 0);
    return (long)p;
}

static void test_abandoned(void)
{
    plant_stage(".old.nixel-AAAAAA", dead_pid(), true);
    Buf deep = {0};
    buf_printf(&deep, "%s/etc", at(".old.nixel-AAAAAA"));
    make_deep(buf_cstr(&deep), PATH_MAX / 200 + 2);
    plant_stage(".alive.nixel-BBBBBB", (long)getpid(), true);      /* lock free, owner alive */
    plant_stage(".nomarker.nixel-CCCCCC", dead_pid(), false);      /* not provably nixel's */
    plant_stage(".held.nixel-DDDDDD", dead_pid(), true);
    int held = open(at(".held.nixel-DDDDDD/" STAGE_LOCK), O_RDONLY);
    flock(held, LOCK_EX);                                           /* a render still running */
    mkdir(at(".plain.nixel-EEEEEE"), 0700);                          /* no lock at all */
    TreeEntry e = { TREE_FILE, "etc/x", 5, NULL, 0, "symlink", 0644, TREE_CONTENT, "x", 1, "+0", "+0" };
    const char *err = tree_write(at("out"), &e, 1, false);
    unit_check(!err, "render beside staging directories", "%s", err ? err : "");
    unit_check(!exists(at(".old.nixel-AAAAAA")), "an abandoned staging directory (deeper than PATH_MAX) is removed", "kept");
    unit_check(exists(at(".alive.nixel-BBBBBB")), "a staging directory whose process runs is kept", "removed");
    unit_check(exists(at(".nomarker.nixel-CCCCCC")), "a staging directory without nixel's marker is kept", "removed");
    unit_check(exists(at(".held.nixel-DDDDDD")), "a staging directory whose lock is held is kept", "removed");
    unit_check(exists(at(".plain.nixel-EEEEEE")), "a directory without a lock is kept", "removed");
    unit_check(!exists(at("out/" STAGE_LOCK)), "the lock is not in the output", "it is");
    close(held);
}

/* ---- long output names ---- */

static void test_long_name(void)
{
    char name[NAME_MAX + 1];
    memset(name, 'n', NAME_MAX);
    name[NAME_MAX] = 0;
    TreeEntry e = { TREE_FILE, "etc/x", 5, NULL, 0, "symlink", 0644, TREE_CONTENT, "x", 1, "+0", "+0" };
    mkdir(at("long"), 0755);
    Buf dir = {0};
    buf_printf(&dir, "%s/%s", at("long"), name);
    const char *err = tree_write(buf_cstr(&dir), &e, 1, false);
    unit_check(!err && entries_in(at("long")) == 1, "an output name of NAME_MAX bytes", "%s", err ? err : "something else left");
}

void unit_test_stage(void)
{
    snprintf(tmp, sizeof tmp, "/tmp/nixel-unit-XXXXXX");
    if (!unit_check(mkdtemp(tmp) != NULL, "temporary directory", "mkdtemp failed")) return;
    test_quote();
    test_deep_removal();
    test_rename_fallback();
    test_abandoned();
    test_long_name();
    tree_remove(tmp);
}
