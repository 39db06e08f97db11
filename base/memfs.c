/* memfs.c: the in-memory file system over the real one (memfs.h). A path is looked up by
 * its prefixes that end at a '/': the first that is a root decides; the rest of the path
 * is then resolved below that root (a file root has nothing below it; a mirror root maps
 * the rest onto its source, minus what its inclusion set leaves out). */
#include "base/memfs.h"
#include "base/grow.h"
#include "base/mem.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
    bool mirror;
    const char *data;            /* file roots */
    size_t len;
    const char *const *refs;
    size_t nrefs;
    const char *source;          /* mirror roots */
    const StrTab *included;      /* NULL: everything below source */
} MemFsRoot;

static void add_root(MemFs *fs, const char *path, MemFsRoot *r)
{
    size_t n = strlen(path);
    strtab_put(&fs->roots, mem_strndup(path, n), n, r);
}

void memfs_add_file(MemFs *fs, const char *path, const char *data, size_t len,
                    const char *const *refs, size_t nrefs)
{
    MemFsRoot *r = mem_alloc(sizeof *r);
    *r = (MemFsRoot){ .data = data, .len = len, .refs = refs, .nrefs = nrefs };
    add_root(fs, path, r);
}

void memfs_add_mirror(MemFs *fs, const char *path, const char *source, const StrTab *included)
{
    MemFsRoot *r = mem_alloc(sizeof *r);
    *r = (MemFsRoot){ .mirror = true, .source = mem_strndup(source, strlen(source)), .included = included };
    add_root(fs, path, r);
}

static MemFsRoot *root_of(const MemFs *fs, const char *path)
{
    return fs && fs->roots.n ? strtab_get(&fs->roots, path, strlen(path)) : NULL;
}

bool memfs_has_root(const MemFs *fs, const char *path) { return root_of(fs, path) != NULL; }

const char *const *memfs_refs(const MemFs *fs, const char *path, size_t *n)
{
    MemFsRoot *r = root_of(fs, path);
    *n = r ? r->nrefs : 0;
    return r ? r->refs : NULL;
}


/* Where a path is: not below any root (real = path, under false), in a file root (root,
 * real NULL), or on the real file system at real. NULL root and NULL real: it does not
 * exist (errno says why). A mirror's source may itself be below a root (a copy of a copy):
 * the path is looked up again there. */
typedef struct { MemFsRoot *root; const char *real; bool under; } Place;

static Place locate_at(const MemFs *fs, const char *path, int depth)
{
    Place pl = { NULL, path, false };
    if (!fs || !fs->roots.n || path[0] != '/') return pl;
    MemFsRoot *r = NULL;
    size_t i;
    for (i = 1;; i++) {
        if (path[i] != '/' && path[i] != 0) continue;
        if ((r = strtab_get(&fs->roots, path, i))) break;
        if (!path[i]) return pl;
    }
    pl.under = true;
    const char *rest = path + i;
    while (*rest == '/') rest++;
    if (!r->mirror) {
        pl.real = NULL;
        if (*rest) errno = ENOTDIR;
        else pl.root = r;
        return pl;
    }
    Buf b = {0};
    buf_adds(&b, r->source);
    if (*rest) buf_printf(&b, "/%s", rest);
    if ((*rest && r->included && !strtab_get(r->included, b.s, b.len)) || depth > 64) {
        errno = ENOENT;
        pl.real = NULL;
        return pl;
    }
    Place inner = locate_at(fs, buf_cstr(&b), depth + 1);
    inner.under = true;
    return inner;
}

static Place locate(const MemFs *fs, const char *path) { return locate_at(fs, path, 0); }

bool memfs_in_memory(const MemFs *fs, const char *path) { return locate(fs, path).under; }

static MemFsType type_of(mode_t m)
{
    return S_ISREG(m) ? MEMFS_REG : S_ISDIR(m) ? MEMFS_DIR : S_ISLNK(m) ? MEMFS_LNK : MEMFS_OTHER;
}

static bool real_stat(const char *path, bool follow, MemFsStat *out)
{
    struct stat sb;
    if ((follow ? stat(path, &sb) : lstat(path, &sb)) != 0) return false;
    *out = (MemFsStat){ type_of(sb.st_mode), (sb.st_mode & S_IXUSR) != 0, (uint64_t)sb.st_size };
    return true;
}

static bool do_stat(const MemFs *fs, const char *path, bool follow, MemFsStat *out)
{
    Place pl = locate(fs, path);
    if (pl.real) return real_stat(pl.real, follow, out);
    if (!pl.root) return false;
    *out = (MemFsStat){ MEMFS_REG, false, pl.root->len };
    return true;
}

bool memfs_lstat(const MemFs *fs, const char *path, MemFsStat *out) { return do_stat(fs, path, false, out); }
bool memfs_stat(const MemFs *fs, const char *path, MemFsStat *out) { return do_stat(fs, path, true, out); }

FileStatus memfs_read(const MemFs *fs, const char *path, Buf *out)
{
    Place pl = locate(fs, path);
    if (pl.real) return file_read(pl.real, out);
    if (!pl.root) return FILE_OPEN_FAILED;
    buf_add(out, pl.root->data, pl.root->len);
    return FILE_OK;
}

typedef struct { const char *name; unsigned char dtype; } Entry;

static int cmp_entry(const void *a, const void *b) { return strcmp(((const Entry *)a)->name, ((const Entry *)b)->name); }

static MemFsType entry_type(const char *dir, const Entry *e)
{
    switch (e->dtype) {
    case DT_REG: return MEMFS_REG;
    case DT_DIR: return MEMFS_DIR;
    case DT_LNK: return MEMFS_LNK;
    case DT_UNKNOWN: break;
    default: return MEMFS_OTHER;
    }
    Buf full = {0};
    buf_printf(&full, "%s/%s", dir, e->name);
    MemFsStat sb;
    return real_stat(buf_cstr(&full), false, &sb) ? sb.type : MEMFS_OTHER;
}

const char **memfs_list(const MemFs *fs, const char *path, size_t *n, MemFsType **types)
{
    Place pl = locate(fs, path);
    if (!pl.real) {
        if (pl.root) errno = ENOTDIR;
        return NULL;
    }
    DIR *d = opendir(pl.real);
    if (!d) return NULL;
    Entry *es = NULL;
    size_t cnt = 0, cap = 0;
    struct dirent *e;
    errno = 0;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        GROW_REALLOC(mem_realloc, es, cnt, cap, 16);
        es[cnt++] = (Entry){ mem_strndup(e->d_name, strlen(e->d_name)), e->d_type };
        errno = 0;
    }
    int err = errno;
    closedir(d);
    if (err) { errno = err; return NULL; }
    if (cnt) qsort(es, cnt, sizeof *es, cmp_entry);
    const char **names = mem_alloc((cnt ? cnt : 1) * sizeof *names);
    MemFsType *t = types ? mem_alloc_atomic((cnt ? cnt : 1) * sizeof *t) : NULL;
    size_t kept = 0;
    for (size_t i = 0; i < cnt; i++) {
        if (pl.under) {   /* what a filter left out of a copy is not there */
            Buf full = {0};
            buf_printf(&full, "%s/%s", path, es[i].name);
            Place child = locate(fs, buf_cstr(&full));
            if (!child.real && !child.root) continue;
        }
        if (t) t[kept] = entry_type(pl.real, &es[i]);
        names[kept++] = es[i].name;
    }
    if (types) *types = t;
    *n = kept;
    return names;
}

const char *memfs_readlink(const MemFs *fs, const char *path, size_t *len)
{
    Place pl = locate(fs, path);
    if (!pl.real) {
        if (pl.root) errno = EINVAL;
        return NULL;
    }
    struct stat sb;
    if (lstat(pl.real, &sb) != 0) return NULL;
    size_t cap = (size_t)sb.st_size + 4097;
    char *target = mem_alloc_atomic(cap);
    ssize_t k = readlink(pl.real, target, cap - 1);
    if (k < 0) return NULL;
    target[k] = 0;
    *len = (size_t)k;
    return target;
}
