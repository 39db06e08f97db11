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
#include <sys/xattr.h>
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

/* What writing the entries keeps between them. The directory that holds the entry written
 * last stays open: the entries come sorted, so most share it with the one before
 * (old-200-containers: 1,106 of its 1,512 files are in store/, 200 in etc/containers/).
 * Making and opening every component again for every file took 7,500 of the 13,800
 * system calls that wrote old-200-containers' tree (4,800 now, with create_file's).
 * Only this one directory stays open, so a tree of any depth needs at most two
 * descriptors, as before. */
typedef struct {
    int root;           /* the staging directory */
    int fd;             /* the directory of `path`, or -1 */
    const char *path;   /* e.g. "etc/containers", relative to root */
    size_t len;
    unsigned chmod_bits;    /* a file asking for any of these bits is fchmod'ed (create_file) */
} Parent;

static void parent_forget(Parent *p)
{
    if (p->fd >= 0) close(p->fd);
    p->fd = -1;
    p->len = 0;
}

static int open_dir(int fd, const char *name)
{
    return openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

/* Opens the directory name below fd, making it if it is missing. Opened first because
 * it mostly exists (a missing one, and any failure, go the way of mkdirat then openat). */
static int enter_dir(int fd, const char *name, const TreeEntry *e, const char **err)
{
    int next = open_dir(fd, name);
    if (next >= 0) return next;
    if (mkdirat(fd, name, 0755) != 0 && errno != EEXIST) {
        *err = entry_msg(e, buf_format("cannot create directory '%s': %s", name, strerror(errno)));
        return -1;
    }
    next = open_dir(fd, name);
    if (next < 0) *err = entry_msg(e, buf_format("'%s' is not a directory in the tree (another entry is a file or link there)", name));
    return next;
}

/* Opens p->path's components from the root, every one with O_NOFOLLOW. */
static int walk_to_parent(Parent *p, const TreeEntry *e, const char **err)
{
    char *dirs = mem_strndup(e->path, p->len);
    int fd = p->root;
    for (char *c = dirs, *slash; c; c = slash ? slash + 1 : NULL) {
        if ((slash = strchr(c, '/'))) *slash = 0;
        int next = enter_dir(fd, c, e, err);
        if (fd != p->root) close(fd);
        if (next < 0) return -1;
        fd = next;
    }
    return fd;
}

/* The descriptor of the directory that will hold e->path (made if needed; owned by p, so
 * not to be closed); *base gets the last component. -1 with *err set on failure. */
static int open_parent(Parent *p, const TreeEntry *e, char **base, const char **err)
{
    const char *slash = memrchr(e->path, '/', e->path_len);
    size_t len = (size_t)(slash - e->path);   /* tree_check_path: there is one */
    *base = mem_strndup(slash + 1, e->path_len - len - 1);
    if (p->fd >= 0 && len == p->len && memcmp(e->path, p->path, len) == 0) return p->fd;
    parent_forget(p);
    p->len = len;
    p->fd = walk_to_parent(p, e, err);
    if (p->fd < 0) { p->len = 0; return -1; }
    p->path = e->path;
    return p->fd;
}

static const char *exists_msg(const TreeEntry *e)
{
    return entry_msg(e, "another entry of the tree is already there");
}

static mode_t current_umask(void)
{
    mode_t m = umask(022);
    umask(m);
    return m;
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

/* Created with its permissions at once when the umask takes nothing from them (0644 and
 * 0755 under umask 022: all of old-200-containers' 1,513 files), else with what the umask
 * leaves (never more than asked) and then fchmod'ed; special bits always go through
 * fchmod, and every file does below a default ACL, which open's mode does not override
 * (chmod_bits). The file is not reachable before the staging directory (0700) is renamed, so it
 * is never seen with its bytes half written. */
static const char *create_file(int dirfd, const char *name, const TreeEntry *e, unsigned perm,
                               unsigned chmod_bits, const char *bytes, size_t len)
{
    bool exact = (perm & chmod_bits) == 0;
    int fd = openat(dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, perm & 0777);
    if (fd < 0) return errno == EEXIST ? exists_msg(e) : entry_msg(e, strerror(errno));
    const char *err = write_all(fd, bytes, len);
    if (!err && !exact && fchmod(fd, perm) != 0) err = strerror(errno);
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

static const char *write_manifest(const Parent *p, Manifest *m)
{
    qsort(m->files, m->nfiles, sizeof *m->files, line_cmp);
    qsort(m->links, m->nlinks, sizeof *m->links, line_cmp);
    Buf b = {0};
    for (size_t i = 0; i < m->nfiles; i++) { buf_adds(&b, m->files[i].line); buf_addc(&b, '\n'); }
    for (size_t i = 0; i < m->nlinks; i++) { buf_adds(&b, m->links[i].line); buf_addc(&b, '\n'); }
    TreeEntry e = { .path = "MANIFEST", .path_len = 8 };
    return create_file(p->root, "MANIFEST", &e, 0644, p->chmod_bits, b.s ? b.s : "", b.len);
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

static const char *write_entry(Parent *parent, const TreeEntry *e, bool preserve_modes, Manifest *m)
{
    const char *err = check_entry(e);
    const char *bytes = NULL;
    size_t len = 0;
    unsigned source_perm = 07777;
    if (!err && e->kind == TREE_FILE) err = file_bytes(e, &bytes, &len, &source_perm);
    if (err) return err;
    char *name;
    int dirfd = open_parent(parent, e, &name, &err);
    if (dirfd < 0) return err;
    if (e->kind == TREE_FILE) {
        unsigned perm = written_perm(e->perm, source_perm, preserve_modes);
        err = create_file(dirfd, name, e, perm, parent->chmod_bits, bytes, len);
        if (!err) note_file(m, e, perm, bytes, len);
    } else {
        err = create_link(dirfd, name, e);
        if (!err) note_link(m, e);
    }
    return err;
}

/* The permission bits that open's mode cannot give exactly: the umask's and the special
 * ones; all of them when the staging directory has a default ACL (inherited from its
 * parent: it then decides the new files' bits, not the umask). */
static unsigned chmod_bits(int root)
{
    bool acl = fgetxattr(root, "system.posix_acl_default", NULL, 0) >= 0 || (errno != ENODATA && errno != ENOTSUP);
    return acl ? 07777 : 07000 | current_umask();
}

static const char *write_entries(int root, const TreeEntry *entries, size_t n, bool preserve_modes)
{
    Manifest m = { mem_alloc((n + 1) * sizeof *m.files), mem_alloc((n + 1) * sizeof *m.links), 0, 0 };
    Parent parent = { .root = root, .fd = -1, .chmod_bits = chmod_bits(root) };
    const char *err = NULL;
    for (size_t i = 0; i < n && !err; i++) {
        err = interrupted();
        if (!err) err = write_entry(&parent, &entries[i], preserve_modes, &m);
    }
    parent_forget(&parent);
    return err ? err : write_manifest(&parent, &m);
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
