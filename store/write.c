/* write.c: the store on disk, only when asked for (NIXEL_WRITE_STORE=1). Each path a
 * read-write evaluation adds to its store (store_add_text, store_add_copy) is then also
 * written to the store directory, as Nix would write it: files 0444 (0555 when executable),
 * directories 0555, symbolic links as they are, every modification time 1. A path is built
 * under a temporary name in the store directory and renamed into place, so that it appears
 * whole or not at all; one already there is left as it is (Nix leaves a valid path alone).
 * Everything below the store directory is created through directory descriptors with
 * O_NOFOLLOW and O_EXCL, so no symbolic link can lead a write out of it. Nothing is
 * registered in Nix's database: to Nix these paths are not valid. */
#include "store/write.h"
#include "store/store.h"
#include "base/diag.h"
#include "base/mem.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

bool store_write_wanted(void)
{
    const char *v = getenv("NIXEL_WRITE_STORE");
    return v && !strcmp(v, "1");
}

/* Nix's canonical modification time, without following a link. */
static void set_mtime(int dirfd, const char *name)
{
    struct timespec t[2] = { { 1, 0 }, { 1, 0 } };
    utimensat(dirfd, name, t, AT_SYMLINK_NOFOLLOW);
}

static bool write_all(int fd, const char *s, size_t n)
{
    while (n) {
        ssize_t k = write(fd, s, n);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) return false;
        s += k;
        n -= (size_t)k;
    }
    return true;
}

/* src (read through the evaluation's store) as name in dirfd. False with errno set; *what
 * is the path that failed. */
static bool write_node(State *st, int dirfd, const char *name, const char *src, const char **what);

static bool write_file(State *st, int dirfd, const char *name, const char *src, bool exec, const char **what)
{
    Buf data = {0};
    if (memfs_read(&st->store, src, &data) != FILE_OK) { *what = src; return false; }
    int fd = openat(dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) return false;
    bool ok = write_all(fd, data.s, data.len) && fchmod(fd, exec ? 0555 : 0444) == 0;
    int err = errno;
    if (close(fd) != 0 && ok) { ok = false; err = errno; }
    errno = err;
    return ok;
}

static bool write_dir(State *st, int dirfd, const char *name, const char *src, const char **what)
{
    size_t n;
    const char **names = memfs_list(&st->store, src, &n, NULL);
    if (!names) { *what = src; return false; }
    if (mkdirat(dirfd, name, 0700) != 0) return false;
    int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return false;
    bool ok = true;
    for (size_t i = 0; ok && i < n; i++) {
        Buf child = {0};
        buf_printf(&child, "%s/%s", src, names[i]);
        ok = write_node(st, fd, names[i], buf_cstr(&child), what);
    }
    /* read-only only once filled: until then the owner must be able to write (and remove) */
    if (ok) ok = fchmod(fd, 0555) == 0;
    int err = errno;
    close(fd);
    errno = err;
    return ok;
}

static bool write_node(State *st, int dirfd, const char *name, const char *src, const char **what)
{
    MemFsStat sb;
    if (!memfs_lstat(&st->store, src, &sb)) { *what = src; return false; }
    bool ok;
    if (sb.type == MEMFS_REG) ok = write_file(st, dirfd, name, src, sb.exec, what);
    else if (sb.type == MEMFS_DIR) ok = write_dir(st, dirfd, name, src, what);
    else if (sb.type == MEMFS_LNK) {
        size_t k;
        const char *target = memfs_readlink(&st->store, src, &k);
        if (!target) { *what = src; return false; }
        ok = symlinkat(target, dirfd, name) == 0;
    } else {
        *what = src;
        errno = EINVAL;
        return false;
    }
    if (ok) set_mtime(dirfd, name);
    return ok;
}

/* Removes a half-written temporary tree: directories are made writable first. */
static void remove_node(int dirfd, const char *name)
{
    struct stat sb;
    if (fstatat(dirfd, name, &sb, AT_SYMLINK_NOFOLLOW) != 0) return;
    if (S_ISDIR(sb.st_mode)) {
        fchmodat(dirfd, name, 0700, 0);
        int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
        if (d) {
            struct dirent *e;
            while ((e = readdir(d)))
                if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) remove_node(fd, e->d_name);
            closedir(d);
        } else if (fd >= 0) close(fd);
        unlinkat(dirfd, name, AT_REMOVEDIR);
    } else {
        unlinkat(dirfd, name, 0);
    }
}

/* The store directory, created if it is missing (its parent must exist). */
static int open_store_dir(State *st)
{
    if (mkdir(st->store_dir, 0755) != 0 && errno != EEXIST) return -1;
    return open(st->store_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

_Noreturn static void write_error(State *st, const char *path, const char *what)
{
    Buf m = {0};
    buf_printf(&m, "writing '" DIAG_ARG "%s" DIAG_NORMAL "' to the store", path);
    if (what) buf_printf(&m, " (reading '" DIAG_ARG "%s" DIAG_NORMAL "')", what);
    buf_printf(&m, ": " DIAG_ARG "%s" DIAG_NORMAL, strerror(errno));
    eval_error(st, ERR_EVAL, NO_POS, "%s", buf_cstr(&m));
}

void store_write_path(State *st, const char *path) { store_write_from(st, path, path); }

void store_write_from(State *st, const char *path, const char *source)
{
    if (!store_is_store_path(st, path)) return;   /* only what store_make_path names */
    const char *base = store_base_of(st, path);
    int sfd = open_store_dir(st);
    if (sfd < 0) write_error(st, path, NULL);
    struct stat sb;
    if (fstatat(sfd, base, &sb, AT_SYMLINK_NOFOLLOW) == 0) { close(sfd); return; }
    static unsigned counter;
    Buf tmp = {0};
    buf_printf(&tmp, ".nixel-tmp-%d-%u-%.*s", (int)getpid(), counter++, STORE_HASH_LEN, base);
    const char *what = NULL;
    bool ok = write_node(st, sfd, buf_cstr(&tmp), source, &what);
    if (ok && renameat2(sfd, buf_cstr(&tmp), sfd, base, RENAME_NOREPLACE) != 0) {
        /* EEXIST: written meanwhile by another evaluation, and that one stays */
        ok = errno == EEXIST || errno == ENOTEMPTY;
        what = NULL;
        if (ok) remove_node(sfd, buf_cstr(&tmp));
    }
    if (!ok) {
        int err = errno;
        remove_node(sfd, buf_cstr(&tmp));
        close(sfd);
        errno = err;
        write_error(st, path, what);
    }
    close(sfd);
}
