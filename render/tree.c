/* tree.c: writes a render's output tree all or nothing. Everything goes into a staging
 * directory made beside the output directory (same file system, so the final rename is
 * atomic); on any failure the staging directory is removed and nothing else is touched.
 * Inside it, every file is created through directory descriptors opened with O_NOFOLLOW
 * and with O_EXCL, so no entry can reach outside the tree through a link another entry
 * made, and no entry can silently replace another. */
#include "render/tree.h"
#include "base/buf.h"
#include "render/json2toml.h"
#include "base/mem.h"
#include "base/file.h"
#include "render/quote.h"
#include "render/stage.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nettle/sha2.h>

/* ---- paths ------------------------------------------------------------------------------ */

static bool component_is(const char *c, size_t n, const char *word)
{
    return n == strlen(word) && memcmp(c, word, n) == 0;
}

const char *tree_check_path(const char *path, size_t len)
{
    if (len == 0) return "the path is empty";
    if (memchr(path, 0, len)) return "the path holds a NUL character";
    if (path[0] == '/') return "the path is absolute";
    size_t ncomp = 0;
    for (size_t i = 0; i <= len;) {
        const char *slash = memchr(path + i, '/', len - i);
        size_t end = slash ? (size_t)(slash - path) : len;
        const char *c = path + i;
        size_t n = end - i;
        if (n == 0 || component_is(c, n, ".") || component_is(c, n, ".."))
            return "the path has an empty, \".\" or \"..\" component";
        if (ncomp == 0 && !component_is(c, n, "etc") && !component_is(c, n, "store"))
            return "the path is not under etc/ or store/";
        ncomp++;
        i = end + 1;
    }
    if (ncomp < 2) return "the path names no file under etc/ or store/";
    return NULL;
}

/* ---- messages ------------------------------------------------------------------------- */

static const char *entry_msg(const TreeEntry *e, const char *what)
{
    return buf_format("cannot write %.*s: %s", (int)e->path_len, e->path, what);
}

/* ---- contents --------------------------------------------------------------------------- */

/* Reads a regular file whole; *sb gets its status. Opened non-blocking so that a FIFO
 * cannot hang us before fstat tells what it is. */
static const char *read_regular_file(const char *path, Buf *out, struct stat *sb)
{
    if (path[0] != '/') return buf_format("'%s' is not an absolute path", path);
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) return buf_format("cannot open '%s': %s", path, strerror(errno));
    if (fstat(fd, sb) != 0 || !S_ISREG(sb->st_mode)) {
        close(fd);
        return buf_format("'%s' is not a regular file", path);
    }
    const char *m = file_read_fd(fd, out) ? NULL : buf_format("cannot read '%s': %s", path, strerror(errno));
    close(fd);
    return m;
}

/* Who may read a local file, as permission bits of the file we write (owned by us): its
 * owner's read bit stands for ours (we could read it), its group's only if the group is
 * ours, since our copy's group is our group. */
static unsigned readable_by(const struct stat *sb)
{
    unsigned r = (sb->st_mode & 0444) | S_IRUSR;
    if (sb->st_gid != getegid() && !(sb->st_mode & S_IROTH)) r &= ~(unsigned)S_IRGRP;
    return r | (07777 & ~0444u);
}

/* The bytes of a file entry; *source_perm: the permission bits a copy of a local file may
 * have at most (07777 when it copies none). */
static const char *file_bytes(const TreeEntry *e, const char **bytes, size_t *len, unsigned *source_perm)
{
    *source_perm = 07777;
    if (e->source == TREE_CONTENT) {
        *bytes = e->data;
        *len = e->data_len;
        return NULL;
    }
    if (e->source == TREE_JSON2TOML) {
        char *out;
        const char *err = json2toml_convert(e->data, e->data_len, &out, len);
        if (err) return entry_msg(e, buf_format("json2toml: %s", err));
        *bytes = out;
        return NULL;
    }
    if (memchr(e->data, 0, e->data_len)) return entry_msg(e, "the file to copy has a NUL in its name");
    Buf b = {0};
    struct stat sb;
    const char *err = read_regular_file(mem_strndup(e->data, e->data_len), &b, &sb);
    if (err) return entry_msg(e, err);
    *source_perm = readable_by(&sb);
    *bytes = buf_cstr(&b);
    *len = b.len;
    return NULL;
}

/* A signal asked the render to stop: the caller removes the staging tree. */
static const char *interrupted(void)
{
    const char *sig = stage_interrupted();
    return sig ? buf_format("interrupted by %s: the staging directory was removed and nothing was written", sig) : NULL;
}

/* ---- creating entries ----------------------------------------------------------------------- */

/* Opens (creating it if needed) the directory that will hold e->path; *base is set to
 * the last component. Returns a descriptor, or -1 with *err set. */
static int open_parent(int root, const TreeEntry *e, char **base, const char **err)
{
    char *p = mem_strndup(e->path, e->path_len);
    int fd = root;
    char *c = p;
    for (char *slash; (slash = strchr(c, '/')); c = slash + 1) {
        *slash = 0;
        if (mkdirat(fd, c, 0755) != 0 && errno != EEXIST) {
            *err = entry_msg(e, buf_format("cannot create directory '%s': %s", c, strerror(errno)));
        } else {
            int next = openat(fd, c, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (next < 0) *err = entry_msg(e, buf_format("'%s' is not a directory in the tree (another entry is a file or link there)", c));
            if (fd != root) close(fd);
            fd = next;
            if (next >= 0) continue;
        }
        if (fd != root) close(fd);
        return -1;
    }
    *base = c;
    return fd;
}

static const char *exists_msg(const TreeEntry *e)
{
    return entry_msg(e, "another entry of the tree is already there");
}

static const char *write_all(int fd, const char *s, size_t n)
{
    while (n) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) return strerror(errno);
        s += w;
        n -= (size_t)w;
    }
    return NULL;
}

/* A render is a tree to inspect or ship, often written as root: a mode such as "4755" or
 * "6777" must not silently give a setuid or world-writable file, and a copy of a local
 * file (`source = /etc/shadow`, 0640) must not be readable by more than its source is. */
static unsigned written_perm(unsigned asked, unsigned source_perm, bool preserve_modes)
{
    unsigned p = asked & 07777;
    if (!preserve_modes) p &= ~(unsigned)(S_ISUID | S_ISGID | S_IWOTH);
    return p & source_perm;
}

static const char *create_file(int dirfd, const char *name, const TreeEntry *e, unsigned perm,
                               const char *bytes, size_t len)
{
    int fd = openat(dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) return errno == EEXIST ? exists_msg(e) : entry_msg(e, strerror(errno));
    const char *err = write_all(fd, bytes, len);
    if (!err && fchmod(fd, perm) != 0) err = strerror(errno);
    if (close(fd) != 0 && !err) err = strerror(errno);
    return err ? entry_msg(e, err) : NULL;
}

static const char *create_link(int dirfd, const char *name, const TreeEntry *e)
{
    if (memchr(e->target, 0, e->target_len)) return entry_msg(e, "the link target holds a NUL character");
    if (e->target_len == 0) return entry_msg(e, "the link target is empty");
    if (symlinkat(e->target, dirfd, name) != 0)
        return errno == EEXIST ? exists_msg(e) : entry_msg(e, strerror(errno));
    return NULL;
}

/* ---- MANIFEST ------------------------------------------------------------------------------- */

typedef struct { const char *path; size_t path_len; const char *line; } ManifestLine;

typedef struct {
    ManifestLine *files, *links;
    size_t nfiles, nlinks;
} Manifest;

static void sha256_hex(const char *bytes, size_t len, char hex[2 * SHA256_DIGEST_SIZE + 1])
{
    struct sha256_ctx ctx;
    uint8_t d[SHA256_DIGEST_SIZE];
    sha256_init(&ctx);
    sha256_update(&ctx, len, (const uint8_t *)bytes);
    sha256_digest(&ctx, SHA256_DIGEST_SIZE, d);
    for (int i = 0; i < SHA256_DIGEST_SIZE; i++) snprintf(hex + 2 * i, 3, "%02x", d[i]);
}

/* Names are quoted as quote.h says. The fields after bytes= are nixel's: the comparison of shared/golden/README.md reads
 * kind, path and mode= only. */
static void note_file(Manifest *m, const TreeEntry *e, unsigned perm, const char *bytes, size_t len)
{
    char hex[2 * SHA256_DIGEST_SIZE + 1];
    sha256_hex(bytes, len, hex);
    const char *line = buf_format("file %s mode=%s sha256=%s bytes=%zu perm=%04o user=%s group=%s",
                           quote_name(e->path, e->path_len), e->mode, hex, len, perm, e->user, e->group);
    m->files[m->nfiles++] = (ManifestLine){ e->path, e->path_len, line };
}

static void note_link(Manifest *m, const TreeEntry *e)
{
    const char *line = buf_format("link %s -> %s", quote_name(e->path, e->path_len), quote_name(e->target, e->target_len));
    m->links[m->nlinks++] = (ManifestLine){ e->path, e->path_len, line };
}

static int line_cmp(const void *x, const void *y)
{
    const ManifestLine *a = x, *b = y;
    int c = memcmp(a->path, b->path, a->path_len < b->path_len ? a->path_len : b->path_len);
    if (c) return c;
    return a->path_len < b->path_len ? -1 : a->path_len > b->path_len;
}

static const char *write_manifest(int root, Manifest *m)
{
    qsort(m->files, m->nfiles, sizeof *m->files, line_cmp);
    qsort(m->links, m->nlinks, sizeof *m->links, line_cmp);
    Buf b = {0};
    for (size_t i = 0; i < m->nfiles; i++) { buf_adds(&b, m->files[i].line); buf_addc(&b, '\n'); }
    for (size_t i = 0; i < m->nlinks; i++) { buf_adds(&b, m->links[i].line); buf_addc(&b, '\n'); }
    TreeEntry e = { .path = "MANIFEST", .path_len = 8 };
    return create_file(root, "MANIFEST", &e, 0644, b.s ? b.s : "", b.len);
}

/* ---- the whole tree ------------------------------------------------------------------------ */

/* A MANIFEST field holds one word. */
static bool is_field_word(const char *s)
{
    return s && *s && !strpbrk(s, " \t\n\r");
}

static const char *check_entry(const TreeEntry *e)
{
    const char *why = tree_check_path(e->path, e->path_len);
    if (why) return buf_format("refusing to write '%.*s': %s", (int)e->path_len, e->path, why);
    if (e->kind != TREE_FILE) return NULL;
    if (!is_field_word(e->mode)) return entry_msg(e, "its mode cannot be listed in MANIFEST");
    if (!is_field_word(e->user)) return entry_msg(e, buf_format("its user '%s' cannot be listed in MANIFEST", e->user ? e->user : ""));
    if (!is_field_word(e->group)) return entry_msg(e, buf_format("its group '%s' cannot be listed in MANIFEST", e->group ? e->group : ""));
    return NULL;
}

static const char *write_entry(int root, const TreeEntry *e, bool preserve_modes, Manifest *m)
{
    const char *err = check_entry(e);
    const char *bytes = NULL;
    size_t len = 0;
    unsigned source_perm = 07777;
    if (!err && e->kind == TREE_FILE) err = file_bytes(e, &bytes, &len, &source_perm);
    if (err) return err;
    char *name;
    int dirfd = open_parent(root, e, &name, &err);
    if (dirfd < 0) return err;
    if (e->kind == TREE_FILE) {
        unsigned perm = written_perm(e->perm, source_perm, preserve_modes);
        err = create_file(dirfd, name, e, perm, bytes, len);
        if (!err) note_file(m, e, perm, bytes, len);
    } else {
        err = create_link(dirfd, name, e);
        if (!err) note_link(m, e);
    }
    if (dirfd != root) close(dirfd);
    return err;
}

static const char *write_entries(int root, const TreeEntry *entries, size_t n, bool preserve_modes)
{
    Manifest m = { mem_alloc((n + 1) * sizeof *m.files), mem_alloc((n + 1) * sizeof *m.links), 0, 0 };
    for (size_t i = 0; i < n; i++) {
        const char *err = interrupted();
        if (!err) err = write_entry(root, &entries[i], preserve_modes, &m);
        if (err) return err;
    }
    return write_manifest(root, &m);
}

int tree_remove(const char *path)
{
    return stage_remove_at(AT_FDCWD, path);
}

/* dir without trailing slashes, split into its parent directory and last component. */
static const char *split_dir(const char *dir, char **clean, char **parent, const char **base)
{
    size_t n = strlen(dir);
    while (n > 1 && dir[n - 1] == '/') n--;
    char *d = mem_strndup(dir, n);
    char *slash = strrchr(d, '/');
    *base = slash ? slash + 1 : d;
    if (!**base || !strcmp(*base, ".") || !strcmp(*base, ".."))
        return buf_format("'%s' cannot be the output directory: name a new directory", dir);
    *parent = slash ? (slash == d ? mem_strndup("/", 1) : mem_strndup(d, (size_t)(slash - d))) : mem_strndup(".", 1);
    *clean = d;
    return NULL;
}

static mode_t current_umask(void)
{
    mode_t m = umask(022);
    umask(m);
    return m;
}

/* Whether dir holds nothing but what a render writes (MANIFEST, a regular file, and etc/
 * and store/), and the lock file of a staging tree if lock_allowed: --force removes only
 * such a directory, never a user's (-o ~). */
static const char *check_replaceable(const char *dir, bool lock_allowed)
{
    static const char *refuse = "--force replaces only an earlier render: '%s' %s";
    struct stat sb;
    if (lstat(dir, &sb) != 0) return NULL;
    if (!S_ISDIR(sb.st_mode)) return buf_format(refuse, dir, "is not a directory");
    Buf m = {0};
    buf_printf(&m, "%s/MANIFEST", dir);
    if (lstat(buf_cstr(&m), &sb) != 0 || !S_ISREG(sb.st_mode)) return buf_format(refuse, dir, "has no MANIFEST");
    DIR *d = opendir(dir);
    if (!d) return buf_format("cannot read '%s': %s", dir, strerror(errno));
    const char *err = NULL;
    for (struct dirent *de; !err && (de = readdir(d));) {
        const char *n = de->d_name;
        if (strcmp(n, ".") && strcmp(n, "..") && strcmp(n, "MANIFEST") && strcmp(n, "etc") && strcmp(n, "store")
            && !(lock_allowed && !strcmp(n, STAGE_LOCK)))
            err = buf_format(refuse, dir, buf_format("holds '%s', which a render does not write", n));
    }
    closedir(d);
    return err;
}

const char *tree_check_replaceable(const char *dir) { return check_replaceable(dir, false); }

/* Puts the staged tree at dir. With replace, an existing dir is swapped out in one step
 * (RENAME_EXCHANGE), so dir always holds a whole tree, and removed only afterwards, and
 * only if what was swapped out still looks like a render (it may have changed meanwhile). */
static const char *discard(Stage *s, const char *err)
{
    stage_discard(s);
    return err;
}

static const char *install_tree(Stage *s, const char *dir, bool replace)
{
    if (stage_install(s, dir) == 0) return NULL;
    bool exists = errno == EEXIST || errno == ENOTEMPTY;
    if (!exists) return discard(s, buf_format("cannot rename '%s' to '%s': %s", s->path, dir, strerror(errno)));
    if (!replace) return discard(s, buf_format("the output directory '%s' already exists", dir));
    const char *err = tree_check_replaceable(dir);
    if (err) return discard(s, err);
    int swapped = stage_exchange(s, dir);
    if (swapped == -1) return discard(s, buf_format("cannot replace '%s' with '%s': %s", dir, s->path, strerror(errno)));
    /* s now stands for the old tree */
    if (swapped == -2) err = buf_format("'%s' now holds the render, but flushing it failed: %s", dir, strerror(errno));
    if (check_replaceable(s->path, true) != NULL) {
        stage_unlock(s);
        stage_end(s);
        return buf_format("'%s' now holds the render, but what it held changed during the render: kept at '%s'", dir, s->path);
    }
    if (stage_remove_at(AT_FDCWD, s->path) != 0)
        err = buf_format("'%s' now holds the render, but the old tree could not be removed: '%s'", dir, s->path);
    stage_end(s);
    return err;
}

static const char *write_tree(const char *dir, const TreeEntry *entries, size_t n, bool preserve_modes, bool replace)
{
    char *clean = NULL, *parent = NULL;
    const char *base;
    const char *err = split_dir(dir, &clean, &parent, &base);
    if (err) return err;
    struct stat sb;
    if (!replace && lstat(clean, &sb) == 0) return buf_format("the output directory '%s' already exists", clean);
    if (replace && (err = tree_check_replaceable(clean))) return err;
    Stage s;
    if ((err = stage_create(&s, parent, base))) return err;
    err = write_entries(s.fd, entries, n, preserve_modes);
    if (!err && fchmod(s.fd, 0777 & ~current_umask()) != 0) err = buf_format("cannot set the mode of '%s': %s", s.path, strerror(errno));
    if (!err) err = interrupted();
    if (err) return discard(&s, err);
    return install_tree(&s, clean, replace);
}
const char *tree_write(const char *dir, const TreeEntry *entries, size_t n, bool preserve_modes)
{
    return write_tree(dir, entries, n, preserve_modes, false);
}

const char *tree_replace(const char *dir, const TreeEntry *entries, size_t n, bool preserve_modes)
{
    return write_tree(dir, entries, n, preserve_modes, true);
}
