/* source.c: loading and parsing sources. */
#include "parser/source.h"
#include "parser/base_names.h"
#include "base/file.h"
#include "base/diag.h"
#include "base/mem.h"
#include "parser/startup_syms.h"
#include "parser/parse.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void canon(Buf *out, const char *p)
{
    const char *end = p + strlen(p);
    out->len = 0;
    buf_reserve(out, (size_t)(end - p) + 1);
    for (;;) {
        while (p < end && *p == '/') p++;
        if (p == end) break;
        size_t rest = (size_t)(end - p);
        if ((rest == 1 && p[0] == '.') || (rest >= 2 && p[0] == '.' && p[1] == '/')) p += 1;
        else if ((rest == 2 && p[0] == '.' && p[1] == '.') ||
                 (rest >= 3 && p[0] == '.' && p[1] == '.' && p[2] == '/')) {
            while (out->len && out->s[out->len - 1] != '/') out->len--;
            if (out->len) out->len--;
            p += 2;
        } else {
            buf_addc(out, '/');
            const char *slash = memchr(p, '/', rest);
            const char *e = slash ? slash : end;
            buf_add(out, p, (size_t)(e - p));
            p = e;
        }
    }
    if (!out->len) buf_addc(out, '/');
    out->s[out->len] = 0;
}

char *src_abs_path(const char *path, const char *dir)
{
    Buf raw = {0}, out = {0};
    if (path[0] != '/') {
        if (dir) buf_adds(&raw, dir);
        else {
            char cwd[PATH_MAX];
            buf_adds(&raw, getcwd(cwd, sizeof cwd) ? cwd : "/");
        }
        buf_addc(&raw, '/');
    }
    buf_adds(&raw, path);
    canon(&out, buf_cstr(&raw));
    return mem_strndup(out.s, out.len);
}

char *src_dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash) return mem_strndup(".", 1);
    if (slash == path) return mem_strndup("/", 1);
    return mem_strndup(path, (size_t)(slash - path));
}

static const char *sys_error(const char *what, const char *path)
{
    Buf b = {0};
    buf_printf(&b, "%s '" DIAG_ARG "%s" DIAG_NORMAL "': " DIAG_ARG "%s" DIAG_NORMAL, what, path, strerror(errno)); /* Nix's SysError */
    return buf_cstr(&b);
}

char *src_read_file(const char *path, size_t *len, const char **err)
{
    return src_read_file_in(NULL, path, len, err);
}

char *src_read_file_in(const MemFs *mfs, const char *path, size_t *len, const char **err)
{
    Buf b = {0};
    FileStatus fs = memfs_read(mfs, path, &b);
    if (fs != FILE_OK) {
        *err = sys_error(fs == FILE_OPEN_FAILED ? "opening file" : "reading file", path);
        return NULL;
    }
    buf_reserve(&b, 2);
    b.s[b.len] = 0;
    b.s[b.len + 1] = 0;
    *len = b.len;
    char *text = mem_arena(b.len + 2);
    memcpy(text, b.s, b.len + 2);
    return text;
}

const char *src_resolve_expr_path(const MemFs *fs, const char *path, const char **err, bool *too_many_links)
{
    const char *p = path;
    MemFsStat st;
    if (too_many_links) *too_many_links = false;
    for (int follow = 0;; follow++) {
        if (follow >= 1024) {
            Buf b = {0};
            buf_printf(&b, "too many symbolic links encountered while traversing the path '%s'", p);
            *err = buf_cstr(&b);
            if (too_many_links) *too_many_links = true;
            return NULL;
        }
        if (!memfs_lstat(fs, p, &st)) { *err = sys_error("getting status of", p); return NULL; }
        if (st.type != MEMFS_LNK) break;
        size_t n;
        const char *target = memfs_readlink(fs, p, &n);
        if (!target) { *err = sys_error("reading symbolic link", p); return NULL; }
        p = src_abs_path(target, src_dir_of(p));
    }
    if (st.type == MEMFS_DIR) {
        Buf b = {0};
        buf_printf(&b, "%s/default.nix", p);
        p = src_abs_path(buf_cstr(&b), NULL);
    }
    return p;
}

Source *src_load_file(const MemFs *fs, const char *path, const char **err)
{
    const char *p = src_resolve_expr_path(fs, src_abs_path(path, NULL), err, NULL);
    if (!p) return NULL;
    size_t len;
    char *text = src_read_file_in(fs, p, &len, err);
    if (!text) return NULL;
    if (len > UINT32_MAX / 2) { *err = "file too large"; return NULL; }
    Source *s = pos_add_source(ORIGIN_FILE, p, src_dir_of(p), text, (uint32_t)len);
    if (!s) *err = "too much source code loaded";
    return s;
}

Source *src_from_string(const char *text, size_t len, Origin origin, const char *dir)
{
    char *copy = mem_arena(len + 2);
    memcpy(copy, text, len);
    Source *s = pos_add_source(origin, NULL, dir ? dir : src_abs_path(".", NULL), copy, (uint32_t)len);
    return s;
}

void src_intern_startup_names(void)
{
    size_t n = sizeof startup_syms / sizeof startup_syms[0];
    for (size_t i = 0; i < n - STARTUP_LATE_SYMS; i++) sym_cstr(startup_syms[i]);
    sym_intern_beyond_gap(STARTUP_GAP, startup_syms + n - STARTUP_LATE_SYMS, STARTUP_LATE_SYMS);
}

const Scope *src_base_scope(void)
{
    static Scope *base;
    if (!base) {
        Sym names[256];
        for (unsigned i = 0; i < base_names_count; i++) names[i] = sym_cstr(base_names[i]);
        base = scope_new(NULL, names, base_names_count);
    }
    return base;
}

const Scope *src_base_scope_with(const char *const *extra, unsigned nextra)
{
    Sym *names = mem_alloc_atomic((base_names_count + nextra) * sizeof *names);
    for (unsigned i = 0; i < base_names_count; i++) names[i] = sym_cstr(base_names[i]);
    for (unsigned i = 0; i < nextra; i++) names[base_names_count + i] = sym_cstr(extra[i]);
    return scope_new(NULL, names, base_names_count + nextra);
}

Expr *src_parse(const Source *src, const Scope *base, ParseError *err)
{
    return src_parse_with(src, base, NULL, err);
}

Expr *src_parse_with(const Source *src, const Scope *base, const ParseOptions *opts, ParseError *err)
{
    Expr *e = parse_source(src, opts, err);
    if (!e) return NULL;
    if (!resolve_expr(e, base, err)) return NULL;
    return e;
}
