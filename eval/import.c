/* import.c: evaluating files (import, cached by path), the search path (<name>), and
 * findFile. */
#include "eval/eval.h"
#include "eval/observe.h"
#include "eval/corepkgs.h"
#include "base/diag.h"
#include "base/mem.h"
#include "parser/source.h"
#include "base/strtab.h"

#include <errno.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* src_resolve_expr_path, failing as an evaluation error: a symlink loop at the import. */
static const char *resolve_expr_path(State *st, const char *path, Pos pos)
{
    const char *err;
    bool loop;
    const char *p = src_resolve_expr_path(&st->store, path, &err, &loop);
    if (!p) eval_error(st, ERR_EVAL, loop ? pos : NO_POS, "%s", err);
    return p;
}

Expr *eval_parse_file(State *st, const char *path, Pos pos)
{
    const char *err = NULL;
    size_t len;
    eval_check_interrupt(st);   /* Nix's readFile checks as it reads */
    char *text = src_read_file_in(&st->store, path, &len, &err);
    if (!text) eval_error(st, ERR_EVAL, NO_POS, "%s", err);
    Source *s = pos_add_source(ORIGIN_FILE, path, src_dir_of(path), text, (uint32_t)len);
    if (!s) eval_error(st, ERR_EVAL, pos, "too much source code loaded");
    ParseError pe;
    Expr *e = src_parse_with(s, st->base_scope, &st->parse, &pe);
    if (!e) eval_error(st, ERR_PARSE, pe.pos, "%s", pe.msg);
    observe_parsed(st, e);
    return e;
}

void eval_file(State *st, const char *path, Value *out, Pos pos)
{
    const char *core = corepkgs_source(path);
    if (core) {
        Source *s = src_from_string(core, strlen(core), ORIGIN_STRING, "/");
        ParseError pe;
        Expr *e = src_parse(s, st->base_scope, &pe);
        if (!e) eval_error(st, ERR_PARSE, pe.pos, "%s", pe.msg);
        eval_expr(st, st->base_env, e, out);
        return;
    }
    const char *resolved = resolve_expr_path(st, path, pos);
    size_t rlen = strlen(resolved);
    Value *cached = strtab_get(&st->file_cache, resolved, rlen);
    if (cached) { *out = *cached; return; }
    if (st->verbosity >= 4) {   /* Nix's printTalkative, -v */
        Buf m = {0};
        buf_printf(&m, "evaluating file '%s'", resolved);
        diag_log_level(4, m.s, m.len);
    }
    Expr *e = eval_parse_file(st, resolved, pos);
    Value *v = val_alloc();
    eval_push_frame(st, (Frame){ FR_FILE, NO_POS, 0, resolved, 0 });
    eval_expr(st, st->base_env, e, v);
    eval_pop_frame(st);
    if (!strtab_get(&st->file_cache, resolved, rlen)) strtab_put(&st->file_cache, resolved, rlen, v);
    *out = *v;
}

void eval_add_search_path(State *st, const char *entry)
{
    const char *eq = strchr(entry, '=');
    SearchPathEntry *n = mem_alloc((st->nsearch_path + 1) * sizeof *n);
    if (st->nsearch_path) memcpy(n, st->search_path, st->nsearch_path * sizeof *n);
    if (eq) {
        n[st->nsearch_path].prefix = mem_strndup(entry, (size_t)(eq - entry));
        n[st->nsearch_path].path = mem_strndup(eq + 1, strlen(eq + 1));
    } else {
        n[st->nsearch_path].prefix = "";
        n[st->nsearch_path].path = mem_strndup(entry, strlen(entry));
    }
    st->search_path = n;
    st->nsearch_path++;
}

static bool path_exists(const char *p)
{
    struct stat sb;
    return lstat(p, &sb) == 0;
}

static bool is_modules_dir(const char *dir)
{
    Buf b = {0};
    buf_printf(&b, "%s/nixos/render.nix", dir);
    return access(buf_cstr(&b), R_OK) == 0;
}

/* nixel's own Nix code (modules/: lib/, nixos/) ships next to the executable:
 * build/nixel (and build/asan/nixel) use the repository's modules/, an installed
 * PREFIX/bin/nixel uses PREFIX/share/nixel/modules. NIXEL_MODULES overrides them. */
const char *eval_modules_dir(void)
{
    static const char *found;
    static bool looked;
    if (looked) return found;
    looked = true;
    const char *env = getenv("NIXEL_MODULES");
    if (env && *env) return found = is_modules_dir(env) ? src_abs_path(env, NULL) : NULL;
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return NULL;
    exe[n] = 0;
    const char *bin = src_dir_of(exe);
    const char *candidates[] = { "../modules", "../../modules", "../share/nixel/modules" };
    for (size_t i = 0; i < sizeof candidates / sizeof candidates[0]; i++) {
        const char *dir = src_abs_path(candidates[i], bin);
        if (is_modules_dir(dir)) return found = dir;
    }
    return NULL;
}

/* <nixel/...> is nixel's own Nix code, and so is <nixpkgs/...> when the search path
 * has no nixpkgs that has it: nixel's lib is there out of the box. Not in nixPath, so
 * that builtins.nixPath stays what Nix shows. */
static const char *builtin_lookup(const char *name)
{
    const char *dir = eval_modules_dir();
    if (!dir) return NULL;
    const char *rest = NULL;
    if (!strncmp(name, "nixel", 5) && (name[5] == 0 || name[5] == '/')) rest = name + 5;
    else if (!strncmp(name, "nixpkgs/", 8)) rest = name + 7;
    if (!rest) return NULL;
    Buf b = {0};
    buf_printf(&b, "%s%s", dir, rest);
    struct stat sb;
    return stat(buf_cstr(&b), &sb) == 0 ? src_abs_path(buf_cstr(&b), "/") : NULL;
}

/* CppNix resolves each search path entry once (resolveSearchPathElem): a debug message
 * (--debug) says what it resolved to, a warning says it does not exist. */
bool eval_search_entry_exists(State *st, const char *path)
{
    size_t len = strlen(path);
    const char *seen = strtab_get(&st->resolved_search_path, path, len);
    if (seen) return *seen != 0;
    const char *abs = src_abs_path(path, NULL);
    struct stat sb;
    bool exists = stat(abs, &sb) == 0;
    strtab_put(&st->resolved_search_path, path, len, (void *)(exists ? abs : ""));
    if (st->verbosity >= 1 && !exists) {       /* --quiet thrice hides warnings */
        Buf m = {0};
        buf_printf(&m, "Nix search path entry '" DIAG_ARG "%s" DIAG_NORMAL "' does not exist, ignoring", path);
        diag_emit_info("warning", buf_cstr(&m), buf_cstr(&m), NO_POS, NULL, 0);   /* Nix's logWarning */
    }
    if (st->verbosity >= 6) {
        Buf m = {0};
        buf_printf(&m, "resolved search path element '%s' to '%s'", path, exists ? abs : "");
        diag_log_level(6, m.s, m.len);
    }
    return exists;
}

/* Every entry is forced (its prefix, then its path) before any is looked at, as Nix 2.8
 * builds its SearchPath first: a later entry that throws is an error even when an earlier
 * one has the file. */
SearchEntry *eval_search_entries(State *st, Value *sp, Pos pos, uint32_t *n)
{
    Value **elems = force_list(st, sp, pos, n);
    SearchEntry *entries = mem_alloc((*n ? *n : 1) * sizeof *entries);
    for (uint32_t i = 0; i < *n; i++) {
        SearchEntry *e = &entries[i];
        Attrs *a = force_attrs(st, elems[i], pos);
        e->prefix = "";
        e->plen = 0;
        Value *pv = attrs_get(a, st->s_prefix);
        if (pv) e->prefix = force_string(st, pv, pos, &e->plen);
        Value *pathv = eval_require_attr(st, "findFile", st->s_path, a, pos)->value;
        CoerceOpts o = { false, false, true };
        e->ctx = NULL;
        e->path = coerce_to_string(st, pos, pathv, &e->ctx, o, &e->len);
    }
    return entries;
}

const char *eval_find_file(State *st, Value *sp, const char *name, Pos pos)
{
    uint32_t n;
    SearchEntry *entries = eval_search_entries(st, sp, pos, &n);
    return eval_find_in(st, entries, n, name, pos);
}

/* builtins.findFile semantics over the entries of a search path. */
const char *eval_find_in(State *st, const SearchEntry *entries, uint32_t n, const char *name, Pos pos)
{
    size_t name_len = strlen(name);
    for (uint32_t i = 0; i < n; i++) {
        const char *prefix = entries[i].prefix, *path = entries[i].path;
        size_t plen = entries[i].plen, l = entries[i].len;
        Buf res = {0};
        if (plen && (strncmp(name, prefix, plen) != 0 || (name_len > plen && name[plen] != '/'))) continue;
        if (!eval_search_entry_exists(st, path)) continue;
        if (plen == 0) {
            buf_add(&res, path, l);
            buf_addc(&res, '/');
            buf_add(&res, name, name_len);
        } else {
            buf_add(&res, path, l);
            if (name_len > plen) buf_adds(&res, name + plen);
        }
        const char *r = buf_cstr(&res);
        if (r[0] != '/') r = src_abs_path(r, NULL);
        if (path_exists(r)) return src_abs_path(r, "/");
    }
    const char *own = st->search_path_only ? NULL : builtin_lookup(name);
    if (own) return own;
    if (strncmp(name, "nix/", 4) == 0) {
        Buf b = {0};
        buf_printf(&b, COREPKGS_PREFIX "%s", name + 4);
        return buf_cstr(&b);
    }
    if (st->access == ACCESS_PURE)
        eval_error(st, ERR_THROW, pos, "cannot look up '<%s>' in pure evaluation mode (use '--impure' to override)", name);
    eval_error(st, ERR_THROW, pos, "file '%s' was not found in the Nix search path (add it using $NIX_PATH or -I)", name);
}
