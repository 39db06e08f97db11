/* restrict.c: the access modes of an evaluation (restrict.h). A path is checked twice, as
 * CppNix's checkSourcePath checks it: first canonicalized without following links (so
 * "allowed/../../etc/shadow" is judged as /etc/shadow), then with every link resolved (so a
 * link inside an allowed directory cannot lead out of it). */
#include "builtins/restrict.h"
#include "base/buf.h"
#include "base/diag.h"
#include "base/mem.h"
#include "eval/corepkgs.h"
#include "parser/source.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* URI prefixes from allowed-uris; one list per process, as Nix's setting is. */
static const char **allowed_uris;
static size_t nallowed_uris;

void restrict_set_mode(State *st, AccessMode mode)
{
    st->access = mode;
}

static void add_allowed(State *st, const char *abs)
{
    const char **n = mem_alloc((st->nallowed_paths + 1) * sizeof *n);
    if (st->nallowed_paths) memcpy(n, st->allowed_paths, st->nallowed_paths * sizeof *n);
    n[st->nallowed_paths++] = abs;
    st->allowed_paths = n;
}

void restrict_allow_path(State *st, const char *path)
{
    const char *abs = src_abs_path(path, NULL);
    add_allowed(st, abs);
    /* A render names its directories itself: a directory reached through a link (/tmp ->
     * /private/tmp) is allowed under its real name too, or the second check would refuse
     * every file in it. Nix's modes allow the name given only, as Nix 2.8 does. */
    const char *err;
    const char *real = st->access == ACCESS_RENDER ? restrict_canon_resolve(&st->store, abs, &err) : NULL;
    if (real && strcmp(real, abs)) add_allowed(st, real);
}

void restrict_allow_search_path(State *st)
{
    for (size_t i = 0; i < st->nsearch_path; i++) {
        const char *p = st->search_path[i].path;
        if (strstr(p, "://")) continue;   /* a URL entry would be downloaded; nixel has no network */
        if (eval_search_entry_exists(st, p)) restrict_allow_path(st, p);
    }
}

void restrict_allow_uris(State *st, const char *list)
{
    (void)st;
    nallowed_uris = 0;
    for (const char *p = list; *p;) {
        while (*p == ' ' || *p == '\t' || *p == '\n') p++;
        size_t n = strcspn(p, " \t\n");
        if (!n) break;
        const char **a = mem_alloc((nallowed_uris + 1) * sizeof *a);
        if (nallowed_uris) memcpy(a, allowed_uris, nallowed_uris * sizeof *a);
        a[nallowed_uris++] = mem_strndup(p, n);
        allowed_uris = a;
        p += n;
    }
}

const char *restrict_mode_phrase(const State *st)
{
    switch (st->access) {
    case ACCESS_PURE: return "in pure eval mode (use '--impure' to override)";
    case ACCESS_RENDER:
        return "in nixel render, which reads only the files under the directories of its "
               "configuration and modules, of -I entries and of nixel's own modules (use '--impure' to allow it)";
    default: return "in restricted mode";
    }
}

/* CppNix's isDirOrInDir. */
static bool in_dir(const char *path, const char *dir)
{
    size_t n = strlen(dir);
    return !strcmp(path, dir) || (!strncmp(path, dir, n) && path[n] == '/' && path[n + 1]);
}

static bool allowed(const State *st, const char *path)
{
    for (size_t i = 0; i < st->nallowed_paths; i++)
        if (in_dir(path, st->allowed_paths[i])) return true;
    return false;
}

const char *restrict_canon_resolve(const MemFs *fs, const char *path, const char **err)
{
    Buf s = {0};
    const char *p = path;
    for (int follow = 0;;) {
        while (*p == '/') p++;
        if (!*p) break;
        if (p[0] == '.' && (!p[1] || p[1] == '/')) { p++; continue; }
        if (p[0] == '.' && p[1] == '.' && (!p[2] || p[2] == '/')) {
            char *slash = s.len ? strrchr(s.s, '/') : NULL;
            if (slash) { s.len = (size_t)(slash - s.s); s.s[s.len] = 0; }
            p += 2;
            continue;
        }
        size_t n = strcspn(p, "/");
        buf_addc(&s, '/');
        buf_add(&s, p, n);
        p += n;
        const char *cur = buf_cstr(&s);
        MemFsStat sb;
        Buf m = {0};
        if (!memfs_lstat(fs, cur, &sb)) {
            buf_printf(&m, "getting status of '" DIAG_ARG "%s" DIAG_NORMAL "': " DIAG_ARG "%s" DIAG_NORMAL, cur, strerror(errno));
            *err = buf_cstr(&m);
            return NULL;
        }
        if (sb.type != MEMFS_LNK) continue;
        if (++follow >= 1024) {
            buf_printf(&m, "infinite symlink recursion in path '%s'", p);
            *err = buf_cstr(&m);
            return NULL;
        }
        size_t k;
        const char *target = memfs_readlink(fs, cur, &k);
        if (!target) {
            buf_printf(&m, "reading symbolic link '%s': %s", cur, strerror(errno));
            *err = buf_cstr(&m);
            return NULL;
        }
        Buf np = {0};
        buf_add(&np, target, k);
        buf_adds(&np, p);
        p = buf_cstr(&np);
        if (target[0] == '/') s.len = 0;
        else {
            char *slash = strrchr(s.s, '/');
            s.len = (size_t)(slash - s.s);
        }
        if (s.s) s.s[s.len] = 0;
    }
    return s.len ? buf_cstr(&s) : "/";
}

/* NULL, with *out the path to read, or the message of the refusal; *sys set when the
 * path did not resolve (a missing file is not a refusal). */
static const char *check(const State *st, const char *path, const char **out, bool *sys)
{
    *sys = false;
    const char *abs = src_abs_path(path, "/");
    if (!strncmp(abs, COREPKGS_PREFIX, strlen(COREPKGS_PREFIX))) { *out = abs; return NULL; }
    Buf m = {0};
    if (!allowed(st, abs)) {
        buf_printf(&m, "access to absolute path '%s' is forbidden %s", abs, restrict_mode_phrase(st));
        return buf_cstr(&m);
    }
    const char *err;
    const char *real = restrict_canon_resolve(&st->store, abs, &err);
    if (!real) { *sys = true; return err; }
    if (!allowed(st, real)) {
        /* Nix 2.8 says "restricted mode" here whatever the mode */
        buf_printf(&m, "access to canonical path '%s' is forbidden %s", real,
                   st->access == ACCESS_RENDER ? restrict_mode_phrase(st) : "in restricted mode");
        return buf_cstr(&m);
    }
    *out = real;
    return NULL;
}

const char *restrict_check_path(State *st, const char *path)
{
    if (st->access == ACCESS_IMPURE) return path;
    const char *out;
    bool sys;
    const char *err = check(st, path, &out, &sys);
    if (err) eval_error(st, ERR_EVAL, NO_POS, "%s", err);
    return out;
}

bool restrict_path_readable(State *st, const char *path)
{
    if (st->access == ACCESS_IMPURE) return true;
    const char *out;
    bool sys;
    return check(st, path, &out, &sys) == NULL;
}

static bool uri_allowed(const char *uri)
{
    size_t u = strlen(uri);
    for (size_t i = 0; i < nallowed_uris; i++) {
        const char *pre = allowed_uris[i];
        size_t n = strlen(pre);
        if (!strcmp(uri, pre)) return true;
        if (u > n && n > 0 && !strncmp(uri, pre, n) && (pre[n - 1] == '/' || uri[n] == '/')) return true;
    }
    return false;
}

void restrict_check_uri(State *st, const char *uri)
{
    if (st->access != ACCESS_RESTRICTED && st->access != ACCESS_RENDER) return;
    /* a render uses no network, whatever allowed-uris says */
    if (st->access == ACCESS_RESTRICTED && uri_allowed(uri)) return;
    if (uri[0] == '/') { restrict_check_path(st, uri); return; }
    if (!strncmp(uri, "file://", 7)) { restrict_check_path(st, uri + 7); return; }
    if (st->access == ACCESS_RENDER)
        eval_error(st, ERR_EVAL, NO_POS, "access to URI '%s' is forbidden in nixel render, which uses no network (use '--impure' to allow it)", uri);
    eval_error(st, ERR_EVAL, NO_POS, "access to URI '%s' is forbidden in restricted mode", uri);
}

bool restrict_env_readable(State *st, const char *name)
{
    if (st->access == ACCESS_RENDER)
        eval_error(st, ERR_EVAL, NO_POS, "reading the environment variable '%s' is forbidden in nixel render (use '--impure' to allow it)", name);
    return st->access == ACCESS_IMPURE;
}
