/* stage.c: the staging directory of a render (stage.h): its name and lock, the removal of
 * ones abandoned by killed renders, the allocator's hint, flushing, the final rename, and
 * signals.
 *
 * A staging directory is PARENT/.BASE.nixel-XXXXXX (BASE cut to fit NAME_MAX), mode 0700
 * from mkdtemp, holding STAGE_LOCK while the render runs. The lock file is flock()ed from
 * its creation until the tree is renamed into place; the kernel drops the lock when the
 * process dies, however it dies, so a later run that can take the lock knows the render
 * is gone. The marker in it (pid and boot id) is a second check and proof that the
 * directory is nixel's. */
#include "render/stage.h"
#include "base/buf.h"
#include "base/grow.h"
#include "base/mem.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/fs.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- walking a tree by descriptors ---------------------------------------------------- */

/* One directory on the way down: the names of its subdirectories still to visit, and its
 * identity, checked when the walk climbs back to it through "..". */
typedef struct {
    const char *name;       /* its name in its parent */
    char **subdirs;
    size_t nsub, capsub, next;
    dev_t dev;
    ino_t ino;
} Level;

typedef struct {
    int (*on_file)(int dirfd, const char *name);        /* every entry that is not a directory */
    int (*on_leave)(int parentfd, const char *name);    /* then, from its parent */
} Visit;

static bool is_dot(const char *n) { return !strcmp(n, ".") || !strcmp(n, ".."); }

static bool entry_is_dir(int fd, const struct dirent *de)
{
    if (de->d_type != DT_UNKNOWN) return de->d_type == DT_DIR;
    struct stat sb;
    return fstatat(fd, de->d_name, &sb, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(sb.st_mode);
}

static int open_dir_at(int dirfd, const char *name)
{
    return openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

/* Reads the directory fd once: files go to v->on_file, subdirectories into l. */
static int read_level(int fd, Level *l, const Visit *v)
{
    int copy = dup(fd);
    DIR *d = copy < 0 ? NULL : fdopendir(copy);
    if (!d) { if (copy >= 0) close(copy); return -1; }
    struct stat sb;
    int rc = fstat(fd, &sb);
    l->dev = sb.st_dev;
    l->ino = sb.st_ino;
    for (struct dirent *de; rc == 0 && (errno = 0, de = readdir(d));) {
        if (is_dot(de->d_name)) continue;
        if (entry_is_dir(fd, de)) {
            GROW(mem_alloc, l->subdirs, l->nsub, l->capsub, 8);
            size_t n = strlen(de->d_name) + 1;    /* collectable: mem_strndup's arena is never freed */
            l->subdirs[l->nsub] = memcpy(mem_alloc_atomic(n), de->d_name, n);
            l->nsub++;
        } else if (v->on_file && v->on_file(fd, de->d_name) != 0) rc = -1;
    }
    if (rc == 0 && errno) rc = -1;
    int saved = errno;
    closedir(d);
    errno = saved;
    return rc;
}

/* From a finished directory back up to its parent, which must be the one the walk came
 * down from (nothing moved the tree meanwhile). Returns the parent's descriptor. */
static int climb(int fd, const Level *parent)
{
    int up = openat(fd, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    close(fd);
    struct stat sb;
    if (up >= 0 && (fstat(up, &sb) != 0 || sb.st_dev != parent->dev || sb.st_ino != parent->ino)) {
        close(up);
        errno = ESTALE;
        return -1;
    }
    return up;
}

/* Visits the tree at (dirfd, name) depth first, holding one directory descriptor at a
 * time (a tree deeper than the descriptor limit or PATH_MAX is walked alike). */
static int walk(int dirfd, const char *name, const Visit *v)
{
    int fd = open_dir_at(dirfd, name);
    if (fd < 0) return -1;
    Level *levels = NULL;
    size_t depth = 0, cap = 0;
    GROW(mem_alloc, levels, depth, cap, 16);
    levels[depth++] = (Level){ .name = name };
    if (read_level(fd, &levels[0], v) != 0) goto failed;
    while (depth) {
        Level *l = &levels[depth - 1];
        if (l->next < l->nsub) {
            const char *child = l->subdirs[l->next++];
            int cfd = open_dir_at(fd, child);
            if (cfd < 0) goto failed;
            close(fd);
            fd = cfd;
            GROW(mem_alloc, levels, depth, cap, 16);
            levels[depth++] = (Level){ .name = child };
            if (read_level(fd, &levels[depth - 1], v) != 0) goto failed;
            continue;
        }
        if (--depth == 0) break;
        if ((fd = climb(fd, &levels[depth - 1])) < 0) return -1;
        if (v->on_leave && v->on_leave(fd, l->name) != 0) goto failed;
    }
    close(fd);
    return v->on_leave ? v->on_leave(dirfd, name) : 0;
failed:;
    int saved = errno;
    close(fd);
    errno = saved;
    return -1;
}

/* ---- removing and flushing ------------------------------------------------------------ */

static int unlink_file(int dirfd, const char *name) { return unlinkat(dirfd, name, 0) == 0 || errno == ENOENT ? 0 : -1; }
static int remove_dir(int parentfd, const char *name) { return unlinkat(parentfd, name, AT_REMOVEDIR) == 0 || errno == ENOENT ? 0 : -1; }

int stage_remove_at(int dirfd, const char *name)
{
    if (unlinkat(dirfd, name, 0) == 0 || errno == ENOENT) return 0;
    if (errno != EISDIR && errno != EPERM) return -1;
    static const Visit removal = { unlink_file, remove_dir };
    return walk(dirfd, name, &removal);
}

int stage_sync_parent(const char *path)
{
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/') n--;
    const char *slash = memrchr(path, '/', n);
    const char *parent = !slash ? "." : slash == path ? "/" : buf_format("%.*s", (int)(slash - path), path);
    int fd = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return -1;
    int rc = fsync(fd);
    close(fd);
    return rc;
}

/* ---- the lock and its marker ---------------------------------------------------------- */

static const char marker_head[] = "nixel render staging directory\n";

static const char *boot_id(void)
{
    static char id[64];
    if (id[0]) return id;
    FILE *f = fopen("/proc/sys/kernel/random/boot_id", "re");
    if (!f) return "";
    if (!fgets(id, sizeof id, f)) id[0] = 0;
    fclose(f);
    id[strcspn(id, "\n")] = 0;
    return id;
}

static const char *marker(long pid) { return buf_format("%spid %ld\nboot %s\n", marker_head, pid, boot_id()); }

/* Whether the marker names a process that still runs (same boot, pid alive): then the
 * directory is kept even though its lock is free (pid reuse keeps one longer, never less). */
static bool marker_owner_alive(const char *text)
{
    long pid;
    char boot[64];
    if (sscanf(text + strlen(marker_head), "pid %ld\nboot %63s", &pid, boot) != 2 || pid <= 0) return false;
    if (strcmp(boot, boot_id()) != 0) return false;
    return kill((pid_t)pid, 0) == 0 || errno == EPERM;
}

/* Opens the lock of the staging directory sfd and locks it without waiting. -1 if it has
 * none, it is not a regular file, or someone holds it. */
static int take_lock(int sfd)
{
    int fd = openat(sfd, STAGE_LOCK, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    struct stat sb;
    if (fd < 0) return -1;
    if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || flock(fd, LOCK_EX | LOCK_NB) != 0) { close(fd); return -1; }
    return fd;
}

/* Whether the locked lock file holds nixel's marker of a process that is gone. */
static bool marker_says_abandoned(int lock_fd)
{
    char text[256];
    ssize_t n = pread(lock_fd, text, sizeof text - 1, 0);
    if (n <= 0) return false;
    text[n] = 0;
    return !strncmp(text, marker_head, strlen(marker_head)) && !marker_owner_alive(text);
}

/* ---- abandoned staging directories ---------------------------------------------------- */

static bool is_stage_name(const char *n)
{
    size_t len = strlen(n), suffix = strlen(".nixel-XXXXXX");
    if (n[0] != '.' || len <= suffix || strncmp(n + len - suffix, ".nixel-", 7) != 0) return false;
    for (const char *c = n + len - 6; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9'))) return false;
    return true;
}

/* Removes the staging directory name in parentfd if it is provably an abandoned one. */
static void remove_if_abandoned(int parentfd, const char *parent, const char *name)
{
    struct stat sb;
    if (fstatat(parentfd, name, &sb, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISDIR(sb.st_mode) || sb.st_uid != geteuid()) return;
    int sfd = open_dir_at(parentfd, name);
    if (sfd < 0) return;
    int lock = take_lock(sfd);
    close(sfd);
    if (lock < 0) return;
    if (marker_says_abandoned(lock)) {
        bool gone = stage_remove_at(parentfd, name) == 0;
        fprintf(stderr, "nixel render: %s the staging directory '%s/%s' left by an interrupted render%s%s\n",
                gone ? "removed" : "could not remove", parent, name, gone ? "" : ": ", gone ? "" : strerror(errno));
    }
    close(lock);
}

static void remove_abandoned(const char *parent)
{
    DIR *d = opendir(parent);
    if (!d) return;
    Buf names = {0};    /* read first: removing while reading may skip entries */
    for (struct dirent *de; (de = readdir(d));)
        if (is_stage_name(de->d_name)) { buf_adds(&names, de->d_name); buf_addc(&names, 0); }
    for (size_t i = 0; i < names.len; i += strlen(names.s + i) + 1) remove_if_abandoned(dirfd(d), parent, names.s + i);
    closedir(d);
}

/* ---- signals ------------------------------------------------------------------------- */

/* A signal handler can only leave a note where the writer looks: this one flag is global. */
static volatile sig_atomic_t caught_signal;
static const int stage_signals[] = { SIGTERM, SIGINT, SIGHUP };
static struct sigaction saved_actions[3];

static void note_signal(int sig) { caught_signal = sig; }

/* A signal that was ignored (nohup) stays ignored. */
static void catch_signals(void)
{
    caught_signal = 0;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = note_signal;
    sigemptyset(&sa.sa_mask);
    for (int i = 0; i < 3; i++) {
        sigaction(stage_signals[i], NULL, &saved_actions[i]);
        if (saved_actions[i].sa_handler != SIG_IGN) sigaction(stage_signals[i], &sa, NULL);
    }
}

static void release_signals(void)
{
    for (int i = 0; i < 3; i++) sigaction(stage_signals[i], &saved_actions[i], NULL);
    int sig = caught_signal;
    caught_signal = 0;
    if (sig) raise(sig);
}

const char *stage_interrupted(void)
{
    switch (caught_signal) {
    case SIGTERM: return "SIGTERM";
    case SIGINT: return "SIGINT";
    case SIGHUP: return "SIGHUP";
    default: return NULL;
    }
}

/* ---- where the tree's inodes go --------------------------------------------------------- */

/* ext4 puts a new file's inode in its directory's block group and, at every create, scans
 * that group's inode bitmap from the start, passing over each inode freed in the last
 * seconds (without a journal, as on the machine measured, it does not reuse them at once:
 * `recently_deleted`, 29% of a render's time in `perf`). Below a parent where other
 * programs create and remove many files (/tmp), each of a render's 1,500 creates cost up
 * to 0.8 ms (1.15 s of inode allocation for old-200-containers' 1,513 files). The "top directory" hint (chattr +T) on the staging directory makes ext4
 * spread the directories made in it (etc/, store/) over block groups with more free inodes
 * than average (the Orlov allocator), where a create cost 0.03 ms (2026-12-02, 1,500 files:
 * 0.05-0.62 ms per file below /tmp, 0.026-0.039 ms below a +T directory beside them). Only
 * a hint: file systems without it refuse it, which changes nothing, and it is cleared
 * before the tree is renamed into place. */
static void hint_top_dir(int fd, bool on)
{
    int flags;
    if (ioctl(fd, FS_IOC_GETFLAGS, &flags) != 0) return;
    int want = on ? flags | FS_TOPDIR_FL : flags & ~FS_TOPDIR_FL;
    if (want != flags) ioctl(fd, FS_IOC_SETFLAGS, &want);
}

/* ---- the stage ------------------------------------------------------------------------- */

/* At most this much of the output's name goes into the staging name, which must stay
 * within NAME_MAX with its dot and ".nixel-XXXXXX". */
enum { BASE_KEPT = NAME_MAX - 1 - 13 };

static const char *make_lock(Stage *s)
{
    s->lock_fd = openat(s->fd, STAGE_LOCK, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (s->lock_fd < 0 || flock(s->lock_fd, LOCK_EX) != 0) return buf_format("cannot lock '%s': %s", s->path, strerror(errno));
    const char *m = marker((long)getpid());
    if (write(s->lock_fd, m, strlen(m)) != (ssize_t)strlen(m)) return buf_format("cannot write '%s/%s': %s", s->path, STAGE_LOCK, strerror(errno));
    return NULL;
}

const char *stage_create(Stage *s, const char *parent, const char *base)
{
    *s = (Stage){ .fd = -1, .lock_fd = -1 };
    remove_abandoned(parent);
    size_t keep = strlen(base) < BASE_KEPT ? strlen(base) : BASE_KEPT;
    s->path = (char *)buf_format("%s/.%.*s.nixel-XXXXXX", parent, (int)keep, base);
    catch_signals();
    if (!mkdtemp(s->path)) {
        const char *err = buf_format("cannot create a staging directory in '%s': %s", parent, strerror(errno));
        release_signals();
        return err;
    }
    s->fd = open(s->path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    const char *err = s->fd < 0 ? buf_format("cannot open '%s': %s", s->path, strerror(errno)) : make_lock(s);
    if (err) stage_discard(s);
    else hint_top_dir(s->fd, true);
    return err;
}

void stage_end(Stage *s)
{
    if (s->fd >= 0) close(s->fd);
    if (s->lock_fd >= 0) close(s->lock_fd);
    s->fd = s->lock_fd = -1;
    release_signals();
}

/* A signal caught so far is answered by the removal: the caller reports it, not raises it. */
void stage_discard(Stage *s)
{
    stage_remove_at(AT_FDCWD, s->path);
    caught_signal = 0;
    stage_end(s);
}

/* Renames without replacing anything: rename(2) alone would replace an empty directory
 * that appeared meanwhile. */
static int rename_noreplace(const char *from, const char *to)
{
    if (renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0) return 0;
    if (errno != EINVAL && errno != ENOSYS) return -1;
    return stage_rename_fallback(from, to);
}

int stage_rename_fallback(const char *from, const char *to)
{
    if (mkdir(to, 0700) != 0) return -1;
    struct stat claim, now;
    int fd = open(to, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    bool ok = fd >= 0 && fstat(fd, &claim) == 0;
    if (fd >= 0) close(fd);
    /* the claim is ours and empty only while it is the directory made above */
    ok = ok && lstat(to, &now) == 0 && now.st_dev == claim.st_dev && now.st_ino == claim.st_ino;
    if (!ok) { errno = EEXIST; return -1; }
    if (rename(from, to) == 0) return 0;
    int saved = errno;
    rmdir(to);
    errno = saved;
    return -1;
}

/* Flushes what the rename changed (the tree's own entry list lost the lock, the parent
 * gained dir). */
static int flush_install(int tree_fd, const char *dir)
{
    return fsync(tree_fd) == 0 && stage_sync_parent(dir) == 0 ? 0 : -1;
}

/* Locks the stage again after a rename that did not happen (its lock file was dropped for
 * it), so that it stays recognisable as a render's until it is exchanged or discarded. */
static void relock(Stage *s)
{
    int saved = errno;
    if (s->lock_fd >= 0) close(s->lock_fd);
    s->lock_fd = -1;
    make_lock(s);
    errno = saved;
}

/* The tree's files and directories on disk before it is renamed into place, so that a
 * power loss never leaves dir with empty or truncated files. One syncfs of the staging
 * file system, not an fsync of each file and directory: 1,500 files of 200 containers
 * took 0.7 s to 4.4 s of fsyncs and 0.03 s to 0.07 s of syncfs (2026-12-02, a busy
 * 2-core virtual machine). Since Linux 5.8 syncfs reports the write errors of the file
 * system since s->fd was opened, which covers every file of the tree. */
int stage_install(Stage *s, const char *dir)
{
    hint_top_dir(s->fd, false);
    if (syncfs(s->fd) != 0) return -1;
    /* the lock goes just before the rename, which must not leave it in dir */
    if (unlinkat(s->fd, STAGE_LOCK, 0) != 0) return -1;
    if (rename_noreplace(s->path, dir) != 0) { relock(s); return -1; }
    int rc = flush_install(s->fd, dir);
    stage_end(s);
    return rc;
}

/* The old tree, now at s->path, is locked and marked first, before anything is flushed:
 * a render killed from then on leaves it for the next one to remove. */
int stage_exchange(Stage *s, const char *dir)
{
    if (unlinkat(s->fd, STAGE_LOCK, 0) != 0) return -1;
    if (renameat2(AT_FDCWD, s->path, AT_FDCWD, dir, RENAME_EXCHANGE) != 0) { relock(s); return -1; }
    int tree_fd = s->fd;
    if (s->lock_fd >= 0) close(s->lock_fd);
    s->lock_fd = -1;
    s->fd = open(s->path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (s->fd >= 0) make_lock(s);
    int rc = flush_install(tree_fd, dir) == 0 ? 0 : -2;
    close(tree_fd);
    return rc;
}

void stage_unlock(Stage *s)
{
    if (s->fd >= 0) unlinkat(s->fd, STAGE_LOCK, 0);
}
