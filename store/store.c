/* store.c: store paths computed as Nix 2.8 computes them, with no store behind them.
 *
 * A source path is named by the sha256 of its NAR serialisation: every string is written
 * as a 64-bit little-endian length, the bytes and zero padding to a multiple of 8;
 * directories list their entries sorted bytewise; only the executable bit of a file's
 * mode counts. A store path's hash part is sha256 of a fingerprint
 * "<type>:sha256:<base16>:/nix/store:<name>", XOR-folded to 20 bytes, in base-32. */
#include "store/store.h"
#include "base/mem.h"
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

_Noreturn static void sys_error(State *st, const char *what, const char *path)
{
    eval_error(st, ERR_EVAL, NO_POS, "%s '%s': %s", what, path, strerror(errno));
}

static void nar_contents(State *st, HashCtx *c, const char *path, uint64_t size)
{
    nar_str(c, "contents");
    nar_u64(c, size);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) sys_error(st, "opening file", path);
    static char buf[65536];
    uint64_t left = size;
    while (left > 0) {
        size_t want = left < sizeof buf ? (size_t)left : sizeof buf;
        ssize_t got = read(fd, buf, want);
        if (got <= 0) {
            int e = got < 0 ? errno : 0;
            close(fd);
            if (e) { errno = e; eval_error(st, ERR_EVAL, NO_POS, "reading file '%s': %s", path, strerror(e)); }
            eval_error(st, ERR_EVAL, NO_POS, "unexpected end-of-file");
        }
        hash_update(c, buf, (size_t)got);
        left -= (uint64_t)got;
    }
    close(fd);
    nar_pad(c, size);
}

static int cmp_cstr(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* Reads a directory's entry names (without . and ..), sorted; the directory is closed
 * before anything that may raise an error runs. */
static const char **read_dir_sorted(State *st, const char *path, size_t *n)
{
    DIR *d = opendir(path);
    if (!d) sys_error(st, "opening directory", path);
    const char **names = NULL;
    size_t cnt = 0, cap = 0;
    struct dirent *e;
    errno = 0;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        GROW_REALLOC(mem_realloc, names, cnt, cap, 16);
        names[cnt++] = mem_strndup(e->d_name, strlen(e->d_name));
        errno = 0;
    }
    int err = errno;
    closedir(d);
    if (err) { errno = err; sys_error(st, "reading directory", path); }
    if (cnt) qsort(names, cnt, sizeof *names, cmp_cstr);
    *n = cnt;
    return names;
}

static void nar_dump(State *st, HashCtx *c, const char *path, NarFilter *filter, void *ud)
{
    struct stat sb;
    if (lstat(path, &sb) != 0) sys_error(st, "getting status of", path);
    eval_enter(st, NO_POS);
    nar_str(c, "(");
    if (S_ISREG(sb.st_mode)) {
        nar_str(c, "type");
        nar_str(c, "regular");
        if (sb.st_mode & S_IXUSR) { nar_str(c, "executable"); nar_str(c, ""); }
        nar_contents(st, c, path, (uint64_t)sb.st_size);
    } else if (S_ISDIR(sb.st_mode)) {
        nar_str(c, "type");
        nar_str(c, "directory");
        size_t n;
        const char **names = read_dir_sorted(st, path, &n);
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
    } else if (S_ISLNK(sb.st_mode)) {
        char *target = mem_alloc_atomic((size_t)sb.st_size + 4097);
        ssize_t k = readlink(path, target, (size_t)sb.st_size + 4096);
        if (k < 0) sys_error(st, "reading symbolic link", path);
        nar_str(c, "type");
        nar_str(c, "symlink");
        nar_str(c, "target");
        nar_bytes(c, target, (size_t)k);
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
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) sys_error(st, "opening file", path);
    HashCtx c;
    hash_init(&c, t);
    static char buf[65536];
    for (;;) {
        ssize_t got = read(fd, buf, sizeof buf);
        if (got < 0) {
            int e = errno;
            close(fd);
            eval_error(st, ERR_EVAL, NO_POS, "reading from file: %s", strerror(e));
        }
        if (got == 0) break;
        hash_update(&c, buf, (size_t)got);
    }
    close(fd);
    hash_final(&c, out);
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
    if (n == 0) buf_printf(&m, "store path '%s' has an empty name", base);
    else if (n > 211) buf_printf(&m, "store path '%s' has a name longer than 211 characters", base);
    else {
        for (size_t i = 0; i < n; i++)
            if (!name_char_ok(name[i])) {
                buf_printf(&m, "store path '%s' contains illegal character '%c'", base, name[i]);
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
    buf_reserve(&fp, strlen(type) + 80 + sizeof STORE_DIR + nlen);
    buf_printf(&fp, "%s:", type);
    hash_print(&fp, h, HB_BASE16, true);
    buf_printf(&fp, ":%s:%s", STORE_DIR, name);
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
    buf_reserve(&path, sizeof STORE_DIR + base.len);
    buf_printf(&path, "%s/%s", STORE_DIR, buf_cstr(&base));
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

bool store_is_in_store(const char *s)
{
    size_t n = strlen(s);
    return n >= STORE_DIR_LEN + 2 && !memcmp(s, STORE_DIR, STORE_DIR_LEN) && s[STORE_DIR_LEN] == '/';
}

bool store_is_store_path(const char *s)
{
    if (s[0] != '/') return false;
    const char *p = src_abs_path(s, "/");
    if (!store_is_in_store(p)) return false;
    const char *base = p + STORE_DIR_LEN + 1;
    if (strchr(base, '/')) return false;
    if (strlen(base) < STORE_HASH_LEN + 1 || !hash_part_ok(base)) return false;
    return check_name(base, base + STORE_HASH_LEN + 1) == NULL;
}

const char *store_to_store_path(const char *s)
{
    const char *slash = strchr(s + STORE_DIR_LEN + 1, '/');
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
    qsort(items, n, sizeof *items, cmp_path);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!k || strcmp(items[k - 1], items[i])) items[k++] = items[i];
    s->items = items;
    s->n = k;
}
