/* tree.h: writing the output tree of `nixel render` (files and links under etc/ and
 * store/, and MANIFEST) into a fresh directory, all or nothing. The tree's layout is
 * specified in shared/golden/README.md. */
#ifndef NIXEL_TREE_H
#define NIXEL_TREE_H

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
    unsigned perm;          /* TREE_FILE: permission bits on disk */
    TreeSource source;
    const char *data;       /* the bytes, the JSON text, or the absolute file to copy */
    size_t data_len;
} TreeEntry;

/* NULL if path may be written (relative, first component etc or store, at least two
 * components, none empty, "." or ".."; no NUL or newline), else the reason it may not. */
const char *tree_check_path(const char *path, size_t len);

/* Writes the entries and MANIFEST into a staging directory beside dir, then renames it
 * to dir, which must not exist. Returns NULL on success; on failure nothing is left
 * behind and the message says what went wrong. */
const char *tree_write(const char *dir, const TreeEntry *entries, size_t n);

/* Removes path and everything below it (never following links); missing is fine.
 * Returns 0 if it is gone, else -1. */
int tree_remove(const char *path);

#endif
