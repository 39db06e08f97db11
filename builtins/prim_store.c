/* prim_store.c: getting things "into" the store, which here means computing the store
 * path Nix 2.8 would give them: paths met in strings (prim_copy_path_to_store),
 * toFile, builtins.path, filterSource and storePath. Nothing is written to disk; when the
 * store is writable, what is added is kept in the evaluation's in-memory store
 * (store_add_text, store_add_copy), so that it can be read and imported. */
#include "builtins/prim.h"
#include "builtins/restrict.h"
#include "base/diag.h"
#include "base/mem.h"
#include "parser/source.h"
#include "store/store.h"
#include "parser/show.h"
#include "base/strtab.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

/* ---- copying sources, cached by path as CppNix's srcToStore ---- */

/* The base name of a path, as a string of its own. */
static const char *base_name_str(const char *p)
{
    size_t n;
    const char *name = base_name_of(p, strlen(p), &n);
    return mem_strndup(name, n);
}

/* Copies and added paths may be read in restricted and pure modes, as Nix 2.8's allowPath
 * lets them (toFile's results not). */
static void allow_store_path(State *st, const char *path)
{
    if (st->access != ACCESS_IMPURE) restrict_allow_path(st, path);
}

const char *prim_copy_path_to_store(State *st, const char *path, Pos pos, Context **ctx)
{
    (void)pos;
    eval_check_interrupt(st);   /* Nix's dumpPath checks at every file it copies */
    const char *source = restrict_check_path(st, path);
    if (store_is_drv_name(path)) eval_error(st, ERR_EVAL, NO_POS, "file names are not allowed to end in '%s'", ".drv");
    size_t len = strlen(path);
    const char *dst = strtab_get(&st->store_copies, path, len);
    if (!dst) {
        dst = store_source_path(st, base_name_str(path), source, NULL, NULL);
        strtab_put(&st->store_copies, mem_strndup(path, len), len, (char *)dst);
        store_add_copy(st, dst, source, NULL);
        allow_store_path(st, dst);
        if (st->verbosity >= 5) {   /* Nix's lvlChatty, -vv */
            Buf m = {0};
            buf_printf(&m, "copied source '%s' -> '%s'", path, dst);
            diag_log_level(5, m.s, m.len);
        }
    }
    *ctx = ctx_add(*ctx, dst);
    return dst;
}

/* ---- toFile ---- */

static void prim_toFile(State *st, Pos pos, Value **args, Value *out)
{
    size_t nlen, clen;
    const char *name = force_string_noctx(st, args[0], pos, &nlen);
    Context *ctx = NULL;
    const char *contents = force_string_ctx(st, args[1], pos, &clen, &ctx);
    PathSet refs = { NULL, 0 };
    for (uint32_t i = 0; ctx && i < ctx->n; i++) {
        const char *c = ctx->items[i];
        if (c[0] != '/')
            eval_error(st, ERR_EVAL, pos, "in 'toFile': the file named '%s' must not contain a reference to a derivation but contains (%s)", name, c);
        pathset_add(&refs, c);
    }
    Hash h;
    hash_bytes(HT_SHA256, contents, clen, &h);
    const char *path = store_text_path(st, name, &h, &refs);
    store_add_text(st, path, contents, clen, &refs);
    /* Nix 2.8's restricted mode cannot read what toFile wrote (today's Nix can); nixel
     * render, for today's code, can: the text is the configuration's own */
    if (st->access == ACCESS_RENDER) restrict_allow_path(st, path);
    set_string(out, path, strlen(path), ctx_add(NULL, path));
}

/* ---- builtins.path and filterSource ---- */

/* included: the entries the filter kept, for the copy in the in-memory store. */
typedef struct { Value *fn; Pos pos; StrTab *included; } FilterCall;

/* Calls the user's filter with the entry's path and type, as CppNix's addPath does. */
static bool call_filter(State *st, const char *path, void *ud)
{
    FilterCall *fc = ud;
    MemFsStat sb;
    if (!memfs_lstat(&st->store, path, &sb)) eval_error(st, ERR_EVAL, NO_POS, "getting status of '%s': %s", path, strerror(errno));
    const char *p = mem_strndup(path, strlen(path));
    Value *a[2] = { val_cstring(p), val_cstring(prim_file_type_name(sb.type)) };
    Value r;
    call_function(st, fc->fn, 2, a, &r, fc->pos);
    bool keep = force_bool(st, &r, fc->pos);
    if (keep) strtab_put(fc->included, p, strlen(p), (void *)p);
    return keep;
}


static void add_path(State *st, Pos pos, const char *name, const char *path, Value *filter,
                     bool recursive, const Hash *expected, Value *out, const Context *ctx)
{
    Buf m = {0};
    buf_printf(&m, "while adding path '" DIAG_ARG "%s" DIAG_NORMAL "'", path);
    eval_push_frame(st, (Frame){ FR_TEXT, pos, 0, buf_cstr(&m), 0 });
    prim_require_valid_context(st, ctx);
    if (!(st->access == ACCESS_PURE && expected)) path = restrict_check_path(st, path);
    const char *expected_path = expected ? store_fixed_output_path(st, recursive, expected, name) : NULL;
    Hash h;
    FilterCall fc = { filter, pos, mem_alloc(sizeof(StrTab)) };
    if (recursive) store_hash_path(st, path, HT_SHA256, filter ? call_filter : NULL, &fc, &h);
    else store_hash_file(st, path, HT_SHA256, &h);
    const char *dst = store_fixed_output_path(st, recursive, &h, name);
    if (expected_path && strcmp(expected_path, dst))
        eval_error(st, ERR_EVAL, NO_POS, "store path mismatch in (possibly filtered) path added from '%s'", path);
    store_add_copy(st, dst, path, filter && recursive ? fc.included : NULL);
    allow_store_path(st, expected_path ? expected_path : dst);
    eval_pop_frame(st);
    set_string(out, dst, strlen(dst), ctx_add(NULL, dst));
}

static void prim_filterSource(State *st, Pos pos, Value **args, Value *out)
{
    Context *ctx = NULL;
    const char *path = coerce_to_path(st, pos, args[1], &ctx);
    force(st, args[0], pos);
    uint8_t t = args[0]->type;
    if (t != T_LAMBDA && t != T_PRIMOP && t != T_PRIMOP_APP)
        eval_error(st, ERR_TYPE, pos, "first argument in call to 'filterSource' is not a function but %s", show_type(args[0]));
    add_path(st, pos, base_name_str(path), path, args[0], true, NULL, out, ctx);
}

static void prim_path(State *st, Pos pos, Value **args, Value *out)
{
    Attrs *a = force_attrs(st, args[0], pos);
    const char *path = "", *name = "";
    Value *filter = NULL;
    bool recursive = true, have_hash = false;
    Hash expected;
    Context *ctx = NULL;
    for (uint32_t i = 0; i < a->n; i++) {
        Attr *x = &a->a[i];
        const char *n = sym_str(x->name);
        size_t len;
        if (!strcmp(n, "path")) path = coerce_to_path(st, x->pos, x->value, &ctx);
        else if (x->name == st->s_name) name = force_string_noctx(st, x->value, x->pos, &len);
        else if (!strcmp(n, "filter")) { force(st, x->value, pos); filter = x->value; }
        else if (!strcmp(n, "recursive")) recursive = force_bool(st, x->value, x->pos);
        else if (!strcmp(n, "sha256")) {
            const char *s = force_string_noctx(st, x->value, x->pos, &len);
            const char *err = hash_parse_allow_empty(s, len, HT_SHA256, &expected);
            if (err) eval_error(st, ERR_EVAL, NO_POS, "%s", err);
            have_hash = true;
        } else {
            Buf b = {0};
            show_id(&b, x->name);
            eval_error(st, ERR_EVAL, x->pos, "unsupported argument '%s' to 'addPath'", buf_cstr(&b));
        }
    }
    if (!*path) eval_error(st, ERR_EVAL, pos, "'path' required");
    if (!*name) name = base_name_str(path);
    add_path(st, pos, name, path, filter, recursive, have_hash ? &expected : NULL, out, ctx);
}

/* ---- storePath ---- */

static const char *canon_resolve(State *st, const char *path)
{
    const char *err;
    const char *p = restrict_canon_resolve(&st->store, path, &err);
    if (!p) eval_error(st, ERR_EVAL, NO_POS, "%s", err);
    return p;
}

/* parseStorePath's complaints about what lies below the store directory. */
static void check_store_path(State *st, const char *sp)
{
    const char *base = store_base_of(st, sp);
    size_t n = strlen(base);
    if (n < STORE_HASH_LEN + 1) eval_error(st, ERR_EVAL, NO_POS, "'%s' is too short to be a valid store path", base);
    for (size_t i = 0; i < STORE_HASH_LEN; i++) {
        char c = base[i];
        if (c == 'e' || c == 'o' || c == 'u' || c == 't' || !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')))
            eval_error(st, ERR_EVAL, NO_POS, "store path '%s' contains illegal base-32 character '%c'", base, c);
    }
    if (!store_is_store_path(st, sp)) {
        /* the name is bad: let store_make_path's checks word it */
        const char *name = base + STORE_HASH_LEN + 1;
        if (!*name) eval_error(st, ERR_EVAL, NO_POS, "store path '%s' has an empty name", base);
        if (strlen(name) > 211) eval_error(st, ERR_EVAL, NO_POS, "store path '%s' has a name longer than 211 characters", base);
        for (const char *c = name; *c; c++)
            if (!strchr("+-._?=", *c) && !((*c >= '0' && *c <= '9') || (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z')))
                eval_error(st, ERR_EVAL, NO_POS, "store path '%s' contains illegal character '%c'", base, *c);
    }
}

static void prim_storePath(State *st, Pos pos, Value **args, Value *out)
{
    if (st->access == ACCESS_PURE)
        eval_error(st, ERR_EVAL, pos, "'%s' is not allowed in pure evaluation mode", "builtins.storePath");
    Context *ctx = NULL;
    const char *path = restrict_check_path(st, coerce_to_path(st, pos, args[0], &ctx));
    if (!store_is_store_path(st, path)) path = canon_resolve(st, path);
    if (!store_is_in_store(st, path)) eval_error(st, ERR_EVAL, pos, "path '%s' is not in the Nix store", path);
    const char *sp = store_to_store_path(st, path);
    check_store_path(st, sp);
    ctx = ctx_add(ctx, sp);
    set_string(out, path, strlen(path), ctx);
}

const PrimDef prim_store_defs[] = {
    { "__toFile", 2, prim_toFile },
    { "__filterSource", 2, prim_filterSource },
    { "__path", 1, prim_path },
    { "__storePath", 1, prim_storePath },
    { NULL, 0, NULL },
};
