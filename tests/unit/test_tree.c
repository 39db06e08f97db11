/* test_tree.c: the output tree writer of `nixel render` (render/tree.c): contents,
 * permissions, links, MANIFEST, and that a failure leaves nothing behind and never
 * writes outside the tree. */
#include "unit.h"
#include "render/tree.h"
#include "base/buf.h"
#include "base/file.h"
#include "base/mem.h"

#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char tmp[64];

static const char *at(const char *rel)
{
    Buf b = {0};
    buf_printf(&b, "%s/%s", tmp, rel);
    return buf_cstr(&b);
}

static const char *slurp(const char *path, size_t *len)
{
    Buf b = {0};
    if (file_read(path, &b) != FILE_OK) return NULL;
    *len = b.len;
    return buf_cstr(&b);
}

static void file_is(const char *name, const char *path, const char *want, unsigned perm)
{
    size_t len = 0;
    const char *got = slurp(path, &len);
    unit_check_bytes(name, got, len, want, strlen(want));
    struct stat sb;
    unit_check(lstat(path, &sb) == 0 && S_ISREG(sb.st_mode) && (sb.st_mode & 07777) == perm,
               name, "want a regular file with mode %o", perm);
}

static TreeEntry file_entry(const char *path, const char *mode, unsigned perm, TreeSource src, const char *data)
{
    return (TreeEntry){ TREE_FILE, path, strlen(path), NULL, 0, mode, perm, src, data, strlen(data), "+0", "+0" };
}

static TreeEntry link_entry(const char *path, const char *target)
{
    return (TreeEntry){ TREE_LINK, path, strlen(path), target, strlen(target), NULL, 0, TREE_CONTENT, NULL, 0, NULL, NULL };
}

static bool exists(const char *path)
{
    struct stat sb;
    return lstat(path, &sb) == 0;
}

/* Nothing but the names given is left in tmp (no output, no staging directory). */
static bool tmp_holds_only(const char *a, const char *b)
{
    DIR *d = opendir(tmp);
    if (!d) return false;
    bool ok = true;
    struct dirent *e;
    while ((e = readdir(d))) {
        const char *n = e->d_name;
        if (!strcmp(n, ".") || !strcmp(n, "..") || (a && !strcmp(n, a)) || (b && !strcmp(n, b))) continue;
        ok = false;
    }
    closedir(d);
    return ok;
}

static void write_fails(const char *name, const TreeEntry *e, size_t n, const char *needle)
{
    const char *err = tree_write(at("out"), e, n, false);
    unit_check(err && strstr(err, needle), name, "want an error with \"%s\", got %s", needle, err ? err : "success");
    unit_check(!exists(at("out")) && tmp_holds_only("outside", "src"), name, "something was left behind");
}

static void test_good_tree(void)
{
    FILE *f = fopen(at("src"), "w");
    fputs("abc", f);
    fclose(f);
    TreeEntry e[] = {
        file_entry("etc/hosts", "symlink", 0644, TREE_CONTENT, "127.0.0.1 localhost\n"),
        file_entry("etc/secret", "0600", 0600, TREE_CONTENT, ""),
        file_entry("etc/a/b/c.toml", "symlink", 0644, TREE_JSON2TOML, "{\"k\":[1,2]}"),
        file_entry("etc/copied", "symlink", 0644, TREE_COPY, at("src")),
        link_entry("etc/systemd/system/x.wants/y.service", "../y.service"),
        link_entry("etc/systemd/system/off.service", "/dev/null"),
        file_entry("store/abc-script", "0755", 0755, TREE_CONTENT, "#!/bin/sh\n"),
    };
    const char *err = tree_write(at("out/"), e, sizeof e / sizeof e[0], false);
    if (!unit_check(err == NULL, "tree written", "%s", err)) return;
    file_is("content", at("out/etc/hosts"), "127.0.0.1 localhost\n", 0644);
    file_is("octal permissions", at("out/etc/secret"), "", 0600);
    file_is("json2toml", at("out/etc/a/b/c.toml"), "k = [1, 2]\n", 0644);
    file_is("copied", at("out/etc/copied"), "abc", 0644);
    file_is("store executable", at("out/store/abc-script"), "#!/bin/sh\n", 0755);
    char target[64] = {0};
    unit_check(readlink(at("out/etc/systemd/system/x.wants/y.service"), target, sizeof target - 1) > 0
               && !strcmp(target, "../y.service"), "link target", "got %s", target);
    size_t len;
    const char *m = slurp(at("out/MANIFEST"), &len);
    /* digests from sha256sum */
    unit_check_str("MANIFEST", m,
        "file etc/a/b/c.toml mode=symlink sha256=f4b4acc2b99073e601e27971151c5814170e6815785b9e4f420724e71ce6d663 bytes=11 perm=0644 user=+0 group=+0\n"
        "file etc/copied mode=symlink sha256=ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad bytes=3 perm=0644 user=+0 group=+0\n"
        "file etc/hosts mode=symlink sha256=081ef9d5367595d16e30b4b4549d9f43537320508b4ce0788963e10e4f808857 bytes=20 perm=0644 user=+0 group=+0\n"
        "file etc/secret mode=0600 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 bytes=0 perm=0600 user=+0 group=+0\n"
        "file store/abc-script mode=0755 sha256=a8076d3d28d21e02012b20eaf7dbf75409a6277134439025f282e368e3305abf bytes=10 perm=0755 user=+0 group=+0\n"
        "link etc/systemd/system/off.service -> /dev/null\n"
        "link etc/systemd/system/x.wants/y.service -> ../y.service\n");
    unit_check(tmp_holds_only("out", "src"), "no staging directory left", "tmp holds more");
    const char *again = tree_write(at("out"), e, 1, false);
    unit_check(again && strstr(again, "already exists"), "output exists", "got %s", again ? again : "success");
    size_t len2;
    const char *m2 = slurp(at("out/MANIFEST"), &len2);
    unit_check(m2 && !strcmp(m, m2) && tmp_holds_only("out", "src"), "existing output untouched", "changed");
}

static void test_unsafe_paths(void)
{
    const char *bad[] = { "/etc/x", "etc/../x", "etc//x", "etc/./x", "etc", "etc/", "foo/x", "", "store" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char name[64];
        snprintf(name, sizeof name, "unsafe path %zu", i);
        TreeEntry e[] = { file_entry("etc/ok", "symlink", 0644, TREE_CONTENT, "x"),
                          file_entry(bad[i], "symlink", 0644, TREE_CONTENT, "x") };
        write_fails(name, e, 2, "refusing");
    }
}

static void test_no_escape(void)
{
    mkdir(at("outside"), 0755);
    TreeEntry through_link[] = {
        link_entry("etc/evil", at("outside")),
        file_entry("etc/evil/pwned", "symlink", 0644, TREE_CONTENT, "x"),
    };
    write_fails("file below a link", through_link, 2, "not a directory in the tree");
    unit_check(!exists(at("outside/pwned")), "nothing written through a link", "outside/pwned exists");
    TreeEntry twice[] = {
        file_entry("etc/same", "symlink", 0644, TREE_CONTENT, "x"),
        link_entry("etc/same", "/etc/passwd"),
    };
    write_fails("two entries at one path", twice, 2, "already there");
    TreeEntry file_then_dir[] = {
        file_entry("etc/f", "symlink", 0644, TREE_CONTENT, "x"),
        file_entry("etc/f/g", "symlink", 0644, TREE_CONTENT, "x"),
    };
    write_fails("file used as a directory", file_then_dir, 2, "not a directory in the tree");
}

static void test_bad_contents(void)
{
    TreeEntry toml[] = { file_entry("etc/t", "symlink", 0644, TREE_JSON2TOML, "{\"a\":[null]}") };
    write_fails("json2toml failure", toml, 1, "json2toml: null");
    TreeEntry rel[] = { file_entry("etc/c", "symlink", 0644, TREE_COPY, "relative/file") };
    write_fails("copy from a relative path", rel, 1, "not an absolute path");
    TreeEntry dir[] = { file_entry("etc/c", "symlink", 0644, TREE_COPY, tmp) };
    write_fails("copy from a directory", dir, 1, "not a regular file");
    mkfifo(at("fifo"), 0600);
    TreeEntry fifo[] = { file_entry("etc/c", "symlink", 0644, TREE_COPY, at("fifo")) };
    const char *err = tree_write(at("out"), fifo, 1, false);
    unit_check(err && strstr(err, "not a regular file"), "copy from a FIFO", "got %s", err ? err : "success");
    unlink(at("fifo"));
    TreeEntry missing[] = { file_entry("etc/c", "symlink", 0644, TREE_COPY, at("missing")) };
    write_fails("copy from a missing file", missing, 1, "cannot open");
    TreeEntry mode[] = { file_entry("etc/c", "sym link", 0644, TREE_CONTENT, "") };
    write_fails("mode with a space", mode, 1, "mode");
    TreeEntry empty_link[] = { link_entry("etc/l", "") };
    write_fails("empty link target", empty_link, 1, "empty");
    const char *err2 = tree_write(at("nowhere/out"), mode, 0, false);
    unit_check(err2 && strstr(err2, "staging"), "missing parent directory", "got %s", err2 ? err2 : "success");
    const char *err3 = tree_write("..", mode, 0, false);
    unit_check(err3 && strstr(err3, "name a new directory"), "output named ..", "got %s", err3 ? err3 : "success");
}
/* No staging directory (".out.nixel-XXXXXX") is left in tmp. */
static bool no_staging(void)
{
    DIR *d = opendir(tmp);
    if (!d) return false;
    bool ok = true;
    for (struct dirent *e; (e = readdir(d));) ok = ok && strncmp(e->d_name, ".out.nixel-", 11) != 0;
    closedir(d);
    return ok;
}

/* tree_replace: creates a missing tree, replaces an earlier render whole, and refuses (and
 * leaves as it was) a directory holding anything a render does not write. */
static void test_replace(void)
{
    TreeEntry a = file_entry("etc/a", "0644", 0644, TREE_CONTENT, "old\n");
    TreeEntry b = file_entry("etc/b", "0644", 0644, TREE_CONTENT, "new\n");
    const char *err = tree_replace(at("out"), &a, 1, false);
    unit_check(!err && exists(at("out/etc/a")), "replace creates", "got %s", err ? err : "no etc/a");
    err = tree_replace(at("out"), &b, 1, false);
    unit_check(!err && !exists(at("out/etc/a")) && no_staging(), "replace replaces", "got %s", err ? err : "etc/a or staging left");
    file_is("replace writes the new tree", at("out/etc/b"), "new\n", 0644);
    mkdir(at("out/home"), 0755);
    err = tree_replace(at("out"), &a, 1, false);
    unit_check(err && strstr(err, "'home'"), "replace refuses a non-render", "got %s", err ? err : "success");
    unit_check(exists(at("out/etc/b")) && !exists(at("out/etc/a")) && no_staging(), "refused tree untouched", "changed");
    rmdir(at("out/home"));
    unlink(at("out/MANIFEST"));
    err = tree_replace(at("out"), &a, 1, false);
    unit_check(err && strstr(err, "no MANIFEST") && exists(at("out/etc/b")), "replace needs a MANIFEST", "got %s", err ? err : "success");
}

static int remove_one(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb; (void)flag; (void)ftw;
    remove(path);
    return 0;
}

void unit_test_tree(void)
{
    snprintf(tmp, sizeof tmp, "/tmp/nixel-unit-XXXXXX");
    if (!unit_check(mkdtemp(tmp) != NULL, "temporary directory", "mkdtemp failed")) return;
    umask(022);
    test_good_tree();
    nftw(at("out"), remove_one, 16, FTW_DEPTH | FTW_PHYS);
    test_unsafe_paths();
    test_no_escape();
    test_bad_contents();
    nftw(at("out"), remove_one, 16, FTW_DEPTH | FTW_PHYS);
    test_replace();
    nftw(tmp, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}
