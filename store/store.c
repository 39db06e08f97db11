/* store.c: store paths computed as Nix 2.8 computes them, with no store behind them.
 *
 * A source path is named by the sha256 of its NAR serialisation: every string is written
 * as a 64-bit little-endian length, the bytes and zero padding to a multiple of 8;
 * directories list their entries sorted bytewise; only the executable bit of a file's
 * mode counts. A store path's hash part is sha256 of a fingerprint
 * "<type>:sha256:<base16>:<store dir>:<name>", XOR-folded to 20 bytes, in base-32. */
#include "store/store.h"
#include "store/write.h"
#include "base/mem.h"
#include "base/diag.h"
#include "parser/source.h"
#include "base/grow.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- NAR serialisation into a hash ---- */

static void nar_u64(HashCtx *c, uint64_t n)
{
    uint8_t b[8];
    for (int i = 0; i < 8; i++) b[i] = (uint8_t)(n >> (8 * i));
    hash_update(c, b, 8);
}

static void nar_pad(HashCtx *c, uint64_t n)
{
    static const uint8_t zero[8];
    if (n % 8) hash_update(c, zero, 8 - n % 8);
}

static void nar_bytes(HashCtx *c, const char *s, size_t n)
{
    nar_u64(c, n);
    hash_update(c, s, n);
    nar_pad(c, n);
}

static void nar_str(HashCtx *c, const char *s) { nar_bytes(c, s, strlen(s)); }

/* Nix's SysError: `what' is part of the format, the path and the system's message are arguments */
_Noreturn static void sys_error(State *st, const char *what, const char *path)
{
    Buf m = {0};
    buf_printf(&m, "%s '" DIAG_ARG "%s" DIAG_NORMAL "': " DIAG_ARG "%s" DIAG_NORMAL, what, path, strerror(errno));
    eval_error(st, ERR_EVAL, NO_POS, "%s", buf_cstr(&m));
}

static void nar_contents(State *st, HashCtx *c, const char *path)
{
    Buf data = {0};
    FileStatus fs = memfs_read(&st->store, path, &data);
    if (fs == FILE_OPEN_FAILED) sys_error(st, "opening file", path);
    if (fs == FILE_READ_FAILED) eval_error(st, ERR_EVAL, NO_POS, "reading file '%s': %s", path, strerror(errno));
    nar_str(c, "contents");
    nar_bytes(c, data.s, data.len);
}

static void nar_dump(State *st, HashCtx *c, const char *path, NarFilter *filter, void *ud)
{
    MemFsStat sb;
    if (!memfs_lstat(&st->store, path, &sb)) sys_error(st, "getting status of", path);
    eval_enter(st, NO_POS);
    nar_str(c, "(");
    if (sb.type == MEMFS_REG) {
        nar_str(c, "type");
        nar_str(c, "regular");
        if (sb.exec) { nar_str(c, "executable"); nar_str(c, ""); }
        nar_contents(st, c, path);
    } else if (sb.type == MEMFS_DIR) {
        nar_str(c, "type");
        nar_str(c, "directory");
        size_t n;
        /* the names are read before anything that may raise an error runs */
        const char **names = memfs_list(&st->store, path, &n, NULL);
        if (!names) sys_error(st, "opening directory", path);
        for (size_t i = 0; i < n; i++) {
            Buf full = {0};
            buf_printf(&full, "%s/%s", path, names[i]);
            const char *fp = buf_cstr(&full);
            if (filter && !filter(st, fp, ud)) continue;
            nar_str(c, "entry");
            nar_str(c, "(");
            nar_str(c, "name");
            nar_str(c, names[i]);
            nar_str(c, "node");
            nar_dump(st, c, fp, filter, ud);
            nar_str(c, ")");
        }
    } else if (sb.type == MEMFS_LNK) {
        size_t k;
        const char *target = memfs_readlink(&st->store, path, &k);
        if (!target) sys_error(st, "reading symbolic link", path);
        nar_str(c, "type");
        nar_str(c, "symlink");
        nar_str(c, "target");
        nar_bytes(c, target, k);
    } else {
        eval_error(st, ERR_EVAL, NO_POS, "file '%s' has an unsupported type", path);
    }
    nar_str(c, ")");
    eval_leave(st);
}

void store_hash_path(State *st, const char *path, HashType t, NarFilter *filter, void *ud, Hash *out)
{
    HashCtx c;
    hash_init(&c, t);
    nar_str(&c, "nix-archive-1");
    nar_dump(st, &c, path, filter, ud);
    hash_final(&c, out);
}

void store_hash_file(State *st, const char *path, HashType t, Hash *out)
{
    Buf data = {0};
    FileStatus fs = memfs_read(&st->store, path, &data);
    if (fs == FILE_OPEN_FAILED) sys_error(st, "opening file", path);
    if (fs == FILE_READ_FAILED) eval_error(st, ERR_EVAL, NO_POS, "reading from file: %s", strerror(errno));
    hash_bytes(t, data.s, data.len, out);
}

/* ---- store path names ---- */

static bool name_char_ok(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           c == '+' || c == '-' || c == '.' || c == '_' || c == '?' || c == '=';
}

/* StorePath's checkName; base is "<hash>-<name>". Returns NULL or the message. */
static const char *check_name(const char *base, const char *name)
{
    Buf m = {0};
    size_t n = strlen(name);
    if (n == 0) buf_printf(&m, "store path '" DIAG_ARG "%s" DIAG_NORMAL "' has an empty name", base);
    else if (n > 211) buf_printf(&m, "store path '" DIAG_ARG "%s" DIAG_NORMAL "' has a name longer than 211 characters", base);
    else {
        for (size_t i = 0; i < n; i++)
            if (!name_char_ok(name[i])) {
                buf_printf(&m, "store path '" DIAG_ARG "%s" DIAG_NORMAL "' contains illegal character '" DIAG_ARG "%c" DIAG_NORMAL "'", base, name[i]);
                break;
            }
    }
    return m.len ? buf_cstr(&m) : NULL;
}

static bool hash_part_ok(const char *s)
{
    for (size_t i = 0; i < STORE_HASH_LEN; i++) {
        char c = s[i];
        if (c == 'e' || c == 'o' || c == 'u' || c == 't' || !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')))
            return false;
    }
    return true;
}

bool store_is_drv_name(const char *name)
{
    size_t n = strlen(name);
    return n >= 4 && !strcmp(name + n - 4, ".drv");
}

/* ---- store paths ---- */

const char *store_make_path(State *st, const char *type, const Hash *h, const char *name)
{
    /* each buffer sized once: these run three times per derivation, and growing them by
     * doubling from 64 bytes was a good part of the garbage of instantiating */
    size_t nlen = strlen(name);
    Buf fp = {0};
    buf_reserve(&fp, strlen(type) + 80 + st->store_dir_len + nlen);
    buf_printf(&fp, "%s:", type);
    hash_print(&fp, h, HB_BASE16, true);
    buf_printf(&fp, ":%s:%s", st->store_dir, name);
    Hash full, small;
    hash_bytes(HT_SHA256, fp.s, fp.len, &full);
    hash_compress(&full, 20, &small);
    Buf base = {0};
    buf_reserve(&base, 34 + nlen);
    hash_print(&base, &small, HB_BASE32, false);
    buf_printf(&base, "-%s", name);
    const char *err = check_name(buf_cstr(&base), name);
    if (err) eval_error(st, ERR_EVAL, NO_POS, "%s", err);
    Buf path = {0};
    buf_reserve(&path, st->store_dir_len + 2 + base.len);
    buf_printf(&path, "%s/%s", st->store_dir, buf_cstr(&base));
    return buf_cstr(&path);
}

const char *store_fixed_output_path(State *st, bool recursive, const Hash *h, const char *name)
{
    if (h->type == HT_SHA256 && recursive) return store_make_path(st, "source", h, name);
    Buf s = {0};
    buf_printf(&s, "fixed:out:%s", recursive ? "r:" : "");
    hash_print(&s, h, HB_BASE16, true);
    buf_addc(&s, ':');
    Hash inner;
    hash_bytes(HT_SHA256, s.s, s.len, &inner);
    return store_make_path(st, "output:out", &inner, name);
}

const char *store_text_path(State *st, const char *name, const Hash *h, const PathSet *refs)
{
    Buf type = {0};
    size_t len = 4;
    for (size_t i = 0; refs && i < refs->n; i++) len += 1 + strlen(refs->items[i]);
    buf_reserve(&type, len);
    buf_adds(&type, "text");
    for (size_t i = 0; refs && i < refs->n; i++) { buf_addc(&type, ':'); buf_adds(&type, refs->items[i]); }
    return store_make_path(st, buf_cstr(&type), h, name);
}

const char *store_output_path(State *st, const char *output, const Hash *h, const char *drv_name)
{
    Buf type = {0}, name = {0};
    buf_printf(&type, "output:%s", output);
    buf_adds(&name, drv_name);
    if (strcmp(output, "out")) buf_printf(&name, "-%s", output);
    return store_make_path(st, buf_cstr(&type), h, buf_cstr(&name));
}

const char *store_source_path(State *st, const char *name, const char *path, NarFilter *filter, void *ud)
{
    Hash h;
    store_hash_path(st, path, HT_SHA256, filter, ud, &h);
    return store_fixed_output_path(st, true, &h, name);
}

bool store_is_valid(State *st, const char *path)
{
    struct stat sb;
    return memfs_has_root(&st->store, path) || lstat(path, &sb) == 0;
}

void store_add_text(State *st, const char *path, const char *text, size_t len, const PathSet *refs)
{
    if (!st->read_write || memfs_has_root(&st->store, path)) return;
    /* a copy: callers such as drv_store_path reuse their buffer */
    memfs_add_file(&st->store, path, mem_strndup(text, len), len, refs ? refs->items : NULL, refs ? refs->n : 0);
    if (st->write_store) store_write_path(st, path);
}

void store_add_fetched(State *st, const char *path, const char *source, const StrTab *included)
{
    if (memfs_has_root(&st->store, path)) return;
    memfs_add_mirror(&st->store, path, source, included);
    if (st->write_store) store_write_path(st, path);
}

void store_add_copy(State *st, const char *path, const char *source, const StrTab *included)
{
    if (!st->read_write) return;
    store_add_fetched(st, path, source, included);
}

void store_closure(State *st, const char *path, PathSet *out)
{
    size_t before = out->n;
    pathset_add(out, path);
    if (out->n == before) return;
    size_t n;
    const char *const *refs = memfs_refs(&st->store, path, &n);
    for (size_t i = 0; i < n; i++) store_closure(st, refs[i], out);
}

const char *store_dir_from_env(const char **err)
{
    const char *d = getenv("NIX_STORE_DIR");
    if (!d) d = getenv("NIX_STORE");
    if (!d) return STORE_DEFAULT_DIR;
    if (d[0] != '/') {
        Buf m = {0};
        buf_printf(&m, "not an absolute path: '" DIAG_ARG "%s" DIAG_NORMAL "'", d);
        *err = buf_cstr(&m);
        return NULL;
    }
    return src_abs_path(d, "/");
}

bool store_is_in_store(const State *st, const char *s)
{
    size_t n = strlen(s), k = st->store_dir_len;
    return n >= k + 2 && !memcmp(s, st->store_dir, k) && s[k] == '/';
}

const char *store_base_of(const State *st, const char *s) { return s + st->store_dir_len + 1; }

bool store_is_store_path(const State *st, const char *s)
{
    if (s[0] != '/') return false;
    /* parseStorePath: the canonical path's directory is the store's */
    const char *p = src_abs_path(s, "/");
    const char *base = strrchr(p, '/') + 1;
    size_t dlen = base - p > 1 ? (size_t)(base - p - 1) : 1;
    if (dlen != st->store_dir_len || memcmp(p, st->store_dir, dlen)) return false;
    if (strlen(base) < STORE_HASH_LEN + 1 || !hash_part_ok(base)) return false;
    return check_name(base, base + STORE_HASH_LEN + 1) == NULL;
}

const char *store_to_store_path(const State *st, const char *s)
{
    const char *slash = strchr(store_base_of(st, s), '/');
    return slash ? mem_strndup(s, (size_t)(slash - s)) : s;
}

const char *store_hash_placeholder(const char *output)
{
    Buf s = {0};
    buf_printf(&s, "nix-output:%s", output);
    Hash h;
    hash_bytes(HT_SHA256, s.s, s.len, &h);
    Buf r = {0};
    buf_addc(&r, '/');
    hash_print(&r, &h, HB_BASE32, false);
    return buf_cstr(&r);
}

void pathset_add(PathSet *s, const char *path)
{
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(s->items[mid], path);
        if (c == 0) return;
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    const char **items = mem_alloc((s->n + 1) * sizeof *items);
    if (lo) memcpy(items, s->items, lo * sizeof *items);
    items[lo] = path;
    if (s->n > lo) memcpy(items + lo + 1, s->items + lo, (s->n - lo) * sizeof *items);
    s->items = items;
    s->n++;
}

static int cmp_path(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void pathset_build(PathSet *s, const char **items, size_t n)
{
    if (n) qsort(items, n, sizeof *items, cmp_path);   /* items may be NULL when n is 0 */
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!k || strcmp(items[k - 1], items[i])) items[k++] = items[i];
    s->items = items;
    s->n = k;
}
