/* prim_file.c: builtins that read the file system: readFile, readDir, readFileType,
 * pathExists, hashFile, toPath. A path argument whose string has context names store
 * paths, which must be valid (built) before they can be read: nixel builds nothing, so
 * only paths this evaluation added to its store (store_is_valid) and paths that already
 * exist on the machine are, and other arguments fail as they fail in Nix 2.8. Every read
 * goes through the evaluation's in-memory store (st->store). */
#include "builtins/prim.h"
#include "base/diag.h"
#include "builtins/restrict.h"
#include "base/mem.h"
#include "parser/source.h"
#include "store/store.h"
#include "base/file.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *prim_invalid_context_path(State *st, const Context *ctx)
{
    for (uint32_t i = 0; ctx && i < ctx->n; i++) {
        const char *c = ctx->items[i];
        bool output = c[0] == '!';
        if (c[0] == '=') c++;
        else if (output) c = strchr(c + 1, '!') + 1;
        if (output || !store_is_valid(st, c)) return c;
    }
    return NULL;
}

void prim_require_valid_context(State *st, const Context *ctx)
{
    const char *bad = prim_invalid_context_path(st, ctx);
    if (bad) eval_error(st, ERR_EVAL, NO_POS, "path '%s' is not valid", bad);
}

/* check: whether the path must be one the access mode lets us read (every caller but
 * pathExists, which answers false instead). */
static const char *realise(State *st, Pos pos, Value *v, bool check)
{
    Context *ctx = NULL;
    eval_push_frame(st, (Frame){ FR_TEXT, pos, 0, "while realising the context of a path", 0 });
    const char *path = coerce_to_path(st, pos, v, &ctx);
    eval_pop_frame(st);
    bool restricted = check && st->access != ACCESS_IMPURE;
    if ((ctx && ctx->n) || restricted) {
        Buf m = {0};
        buf_printf(&m, "while realising the context of path '" DIAG_ARG "%s" DIAG_NORMAL "'", path);
        eval_push_frame(st, (Frame){ FR_TEXT, pos, 0, buf_cstr(&m), 0 });
        prim_require_valid_context(st, ctx);
        if (restricted) path = restrict_check_path(st, path);
        eval_pop_frame(st);
    }
    return path;
}

const char *prim_realise_path(State *st, Pos pos, Value *v)
{
    return realise(st, pos, v, true);
}

static void prim_readFile(State *st, Pos pos, Value **args, Value *out)
{
    const char *path = prim_realise_path(st, pos, args[0]);
    eval_check_interrupt(st);   /* Nix's readFile checks as it reads */
    Buf b = {0};
    FileStatus fs = memfs_read(&st->store, path, &b);
    if (fs == FILE_OPEN_FAILED) eval_error(st, ERR_EVAL, NO_POS, "opening file '%s': %s", path, strerror(errno));
    if (fs == FILE_READ_FAILED) eval_error(st, ERR_EVAL, NO_POS, "reading from file: %s", strerror(errno));
    if (memchr(buf_cstr(&b), 0, b.len))
        eval_error(st, ERR_EVAL, NO_POS, "the contents of the file '%s' cannot be represented as a Nix string", path);
    set_string_buf(out, &b, NULL);
}

const char *prim_file_type_name(MemFsType t)
{
    return t == MEMFS_REG ? "regular" : t == MEMFS_DIR ? "directory" : t == MEMFS_LNK ? "symlink" : "unknown";
}

/* A directory read before, kept with what identifies that state of it. */
typedef struct {
    dev_t dev;
    ino_t ino;
    struct timespec mtime, ctime;
    off_t size;
    Attrs *entries;
} DirCacheEntry;

static bool same_dir(const DirCacheEntry *e, const struct stat *sb)
{
    return e->dev == sb->st_dev && e->ino == sb->st_ino && e->size == sb->st_size &&
           e->mtime.tv_sec == sb->st_mtim.tv_sec && e->mtime.tv_nsec == sb->st_mtim.tv_nsec &&
           e->ctime.tv_sec == sb->st_ctim.tv_sec && e->ctime.tv_nsec == sb->st_ctim.tv_nsec;
}

static Attrs *read_dir_entries(State *st, const char *path)
{
    size_t n;
    MemFsType *types;
    const char **names = memfs_list(&st->store, path, &n, &types);
    if (!names) eval_error(st, ERR_EVAL, NO_POS, "opening directory '%s': %s", path, strerror(errno));
    AttrsBuilder b;
    ab_init(&b, n ? (uint32_t)n : 1);
    for (size_t i = 0; i < n; i++) ab_add(&b, sym_cstr(names[i]), val_cstring(prim_file_type_name(types[i])), NO_POS);
    return ab_finish(&b, false);
}

/* lib.filesystem.pathType without readFileType (Nix 2.8) reads a file's whole parent
 * directory, so a set of 10,000 files read it 10,000 times: the entries of a directory on
 * disk are kept for the evaluation, and read again when the directory's status (inode,
 * modification and change times, size) says it changed. Attribute sets are never changed
 * in place, so the same one can be handed out each time. Directories in the in-memory
 * store are listed each time. */
static void prim_readDir(State *st, Pos pos, Value **args, Value *out)
{
    const char *path = prim_realise_path(st, pos, args[0]);
    size_t len = strlen(path);
    struct stat sb;
    bool cacheable = !memfs_in_memory(&st->store, path) && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
    DirCacheEntry *e = cacheable ? strtab_get(&st->dir_cache, path, len) : NULL;
    if (e && same_dir(e, &sb)) { set_attrs(out, e->entries); return; }
    Attrs *entries = read_dir_entries(st, path);
    if (cacheable) {
        if (!e) {
            e = mem_alloc(sizeof *e);
            strtab_put(&st->dir_cache, mem_strndup(path, len), len, e);
        }
        *e = (DirCacheEntry){ sb.st_dev, sb.st_ino, sb.st_mtim, sb.st_ctim, sb.st_size, entries };
    }
    set_attrs(out, entries);
}

/* Newer than Nix 2.8 (builtins/base_env.c keeps it out of 2.8's set). */
static void prim_readFileType(State *st, Pos pos, Value **args, Value *out)
{
    const char *path = prim_realise_path(st, pos, args[0]);
    MemFsStat sb;
    if (!memfs_lstat(&st->store, path, &sb))
        eval_error(st, ERR_EVAL, NO_POS, "getting status of '%s': %s", path, strerror(errno));
    set_string(out, prim_file_type_name(sb.type), strlen(prim_file_type_name(sb.type)), NULL);
}

static void prim_pathExists(State *st, Pos pos, Value **args, Value *out)
{
    const char *path = realise(st, pos, args[0], false);
    MemFsStat sb;
    /* a path the mode forbids does not exist, so that nothing is learnt about it */
    set_bool(out, restrict_path_readable(st, path) && memfs_lstat(&st->store, path, &sb));
}

static void prim_hashFile(State *st, Pos pos, Value **args, Value *out)
{
    size_t len;
    const char *type = force_string_noctx(st, args[0], pos, &len);
    HashType t = hash_type_parse(type, len);
    if (t == HT_NONE) eval_error(st, ERR_USAGE, NO_POS, "unknown hash algorithm '%s'", type);
    const char *path = prim_realise_path(st, pos, args[1]);
    Hash h;
    store_hash_file(st, path, t, &h);
    const char *s = hash_str(&h, HB_BASE16, false);
    set_string(out, s, strlen(s), NULL);
}

static void prim_toPath(State *st, Pos pos, Value **args, Value *out)
{
    Context *ctx = NULL;
    const char *path = coerce_to_path(st, pos, args[0], &ctx);
    const char *p = src_abs_path(path, "/");
    set_string(out, p, strlen(p), ctx);
}

const PrimDef prim_file_defs[] = {
    { "__readFile", 1, prim_readFile },
    { "__readDir", 1, prim_readDir },
    { "__pathExists", 1, prim_pathExists },
    { "__hashFile", 2, prim_hashFile },
    { "__toPath", 1, prim_toPath },
    { "__readFileType", 1, prim_readFileType },
    { NULL, 0, NULL },
};
