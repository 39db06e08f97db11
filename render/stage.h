/* stage.h: the staging directory of a render (tree.c writes into it): made beside the
 * output directory, locked while it is in use so that a later run can tell one left by a
 * killed render and remove it, flushed to disk before it is renamed onto the output, and
 * removed when the render fails or is interrupted (SIGTERM, SIGINT, SIGHUP). Trees are
 * walked and removed through directory descriptors, never path strings, so any depth
 * works. */
#ifndef NIXEL_STAGE_H
#define NIXEL_STAGE_H

#include <stdbool.h>

typedef struct {
    char *path;         /* PARENT/.BASE.nixel-XXXXXX */
    int fd;             /* the staging directory */
    int lock_fd;        /* its lock file, flock()ed while this render runs */
} Stage;

/* The lock file inside a staging directory: "nixel render staging directory\npid N\nboot B\n". */
#define STAGE_LOCK ".nixel-lock"

/* Removes the abandoned staging directories in parent (named .*.nixel-XXXXXX, owned by us,
 * holding a lock file with nixel's marker that nobody holds, whose process is gone),
 * telling on stderr, then makes and locks a new one for base (a name of any length up to
 * NAME_MAX), hints it as a top directory for ext4's allocator (chattr +T, cleared by
 * stage_install) and starts catching SIGTERM, SIGINT and SIGHUP. NULL or why it failed. */
const char *stage_create(Stage *s, const char *parent, const char *base);

/* The name of the signal that interrupted the render, or NULL. */
const char *stage_interrupted(void);

/* Clears the top-directory hint, flushes the tree to disk (syncfs of its file system),
 * drops the lock file and renames the tree to dir without replacing anything. On success the parent is flushed too and s
 * is ended (stage_end). Returns 0, or -1 with errno set (EEXIST or ENOTEMPTY: dir exists);
 * the stage is then locked again, to be discarded or exchanged (stage_exchange) at once. */
int stage_install(Stage *s, const char *dir);

/* After a stage_install that found dir: swaps the tree with dir in one rename
 * (RENAME_EXCHANGE), so that s->path then holds the old dir, which s now stands for:
 * locked and marked like a staging tree (STAGE_LOCK in it) and still catching signals,
 * so that a render killed before the old tree is gone leaves it for the next render to
 * remove. The new tree and its parent are flushed. 0; -1 with errno set if the swap failed
 * (s still holds the new tree, locked); -2 with errno set if it happened but the flush
 * failed. Either way end s with stage_discard or, to keep the old tree, stage_unlock and
 * stage_end. */
int stage_exchange(Stage *s, const char *dir);

/* Removes the lock file from the tree s stands for, which is then kept: no later render
 * takes it for an abandoned staging tree. */
void stage_unlock(Stage *s);

/* Removes the staging tree and ends s; a signal caught meanwhile is taken as answered. */
void stage_discard(Stage *s);

/* Closes s's descriptors and stops catching signals; a signal caught meanwhile is raised
 * again (it came after the tree was in place or removed). */
void stage_end(Stage *s);

/* Flushes the directory holding path to disk. */
int stage_sync_parent(const char *path);

/* Removes name (relative to dirfd, which may be AT_FDCWD) and everything below it, never
 * following links. Missing is fine. 0, or -1 with errno set. */
int stage_remove_at(int dirfd, const char *name);

/* rename(from, to) that never replaces anything, for kernels or file systems without
 * renameat2's RENAME_NOREPLACE: claims `to` with a mkdir of its own first (failing with
 * EEXIST if anything is there), then renames over that empty claim only if it is still
 * the one it made. */
int stage_rename_fallback(const char *from, const char *to);

#endif
