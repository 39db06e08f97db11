/* tree.h: writing the output tree of `nixel render` (files and links under etc/ and
 * store/, and MANIFEST) into a fresh directory, all or nothing. The tree's layout is
 * specified in shared/golden/README.md. */
#ifndef NIXEL_TREE_H
#define NIXEL_TREE_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { TREE_FILE, TREE_LINK } TreeKind;
/* Where a file's bytes come from. */
typedef enum { TREE_CONTENT, TREE_JSON2TOML, TREE_COPY } TreeSource;

typedef struct {
    TreeKind kind;
    const char *path;       /* "etc/..." or "store/...", relative to the output directory */
    size_t path_len;
    const char *target;     /* TREE_LINK: the link's text, never resolved */
    size_t target_len;
    const char *mode;       /* TREE_FILE: MANIFEST's mode= ("symlink", "0644", ...) */
    unsigned perm;          /* TREE_FILE: the permission bits asked for (see tree_write) */
    TreeSource source;
    const char *data;       /* the bytes, the JSON text, or the absolute file to copy */
    size_t data_len;
    const char *user, *group;   /* TREE_FILE: MANIFEST's user= and group= (NixOS's "+0" or a name) */
} TreeEntry;

/* NULL if path may be written (relative, first component etc or store, at least two
 * components, none empty, "." or ".."; no NUL), else the reason it may not. */
const char *tree_check_path(const char *path, size_t len);

/* Writes the entries and MANIFEST into a staging directory beside dir, then renames it
 * to dir, which must not exist. Returns NULL on success; on failure nothing is left
 * behind and the message says what went wrong. A file's permissions on disk are those
 * asked for without the setuid, setgid and world-writable bits (all kept with
 * preserve_modes), and never readable by more than the local file it copies; MANIFEST
 * lists mode, on-disk permissions, user and group of every file. */
const char *tree_write(const char *dir, const TreeEntry *entries, size_t n, bool preserve_modes);

/* As tree_write, but an existing dir that looks like a render (tree_check_replaceable) is
 * replaced: swapped with the staged tree in one rename, then removed. */
const char *tree_replace(const char *dir, const TreeEntry *entries, size_t n, bool preserve_modes);

/* NULL if dir is missing or holds only what a render writes (a regular MANIFEST, etc/,
 * store/), so that replacing it loses nothing; else why it may not be replaced. */
const char *tree_check_replaceable(const char *dir);

/* Removes path and everything below it (never following links); missing is fine.
 * Returns 0 if it is gone, else -1. */
int tree_remove(const char *path);

#endif
