/* memfs.h: a file system kept in memory over the real one. Roots are added at absolute
 * paths: a file of given bytes, or a mirror of a real file or directory (optionally only
 * some of its entries). Reads of a path at or below a root are answered from memory or
 * from the mirrored source; every other path is read from the real file system. Nothing
 * is ever written. The evaluator keeps what it "adds to the store" here (store paths are
 * the roots), so that it can read back what it computed. */
#ifndef NIXEL_MEMFS_H
#define NIXEL_MEMFS_H

#include "base/buf.h"
#include "base/file.h"
#include "base/strtab.h"

#include <stdbool.h>
#include <stdint.h>

typedef struct {
    StrTab roots;   /* root path -> MemFsRoot (memfs.c) */
} MemFs;

typedef enum { MEMFS_NONE, MEMFS_REG, MEMFS_DIR, MEMFS_LNK, MEMFS_OTHER } MemFsType;

typedef struct {
    MemFsType type;
    bool exec;       /* regular files: the owner may execute it */
    uint64_t size;   /* regular files: bytes; symbolic links: the target's length */
} MemFsStat;

/* A file at path holding len bytes of data (kept, not copied), referring to refs (paths of
 * other roots; kept). */
void memfs_add_file(MemFs *fs, const char *path, const char *data, size_t len,
                    const char *const *refs, size_t nrefs);
/* path stands for the real file, directory or symbolic link source. With included (real
 * paths below source, as keys), only those entries are there. */
void memfs_add_mirror(MemFs *fs, const char *path, const char *source, const StrTab *included);
/* Is path a root added here? */
bool memfs_has_root(const MemFs *fs, const char *path);
/* Is path at or below a root (answered from memory or a mirror, not read where it is)? */
bool memfs_in_memory(const MemFs *fs, const char *path);
/* The references a root was added with (none for mirrors). */
const char *const *memfs_refs(const MemFs *fs, const char *path, size_t *n);

/* The calls below read through fs (which may be NULL: the real file system only). On
 * failure they return false or NULL with errno set, as the system calls do. */
/* lstat: a symbolic link is not followed. */
bool memfs_lstat(const MemFs *fs, const char *path, MemFsStat *out);
/* stat: symbolic links are followed. */
bool memfs_stat(const MemFs *fs, const char *path, MemFsStat *out);
/* The whole file, appended to out (file_read's statuses). */
FileStatus memfs_read(const MemFs *fs, const char *path, Buf *out);
/* A directory's entries without . and .., sorted bytewise; *types (if types) gets each
 * entry's type. */
const char **memfs_list(const MemFs *fs, const char *path, size_t *n, MemFsType **types);
/* A symbolic link's target, NUL-terminated. */
const char *memfs_readlink(const MemFs *fs, const char *path, size_t *len);

#endif
