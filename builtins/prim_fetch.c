/* prim_fetch.c: fetchurl, fetchTarball, fetchMercurial and fetchTree (fetchGit is in
 * prim_git.c). nixel has no network: a local file:// URL is "downloaded" by reading it
 * (and a tarball unpacked in-process with libarchive, as Nix 2.8's unpackTarfile does, into
 * a private temporary directory that is removed again), giving the store path Nix 2.8
 * would give; anything that needs the network or Mercurial is a clear error after the
 * arguments are checked as Nix checks them. No program is run here: a `tar` first in
 * $PATH must not run with nixel's rights. */
#include "builtins/prim.h"
#include "builtins/libarchive.h"
#include "builtins/restrict.h"
#include "base/diag.h"
#include "base/mem.h"
#include "store/store.h"
#include "parser/show.h"

#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *show_sym(Sym s)
{
    Buf b = {0};
    show_id(&b, s);
    return buf_cstr(&b);
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The local file a file:// URL names (percent-escapes decoded), or NULL. */
static const char *file_url_path(const char *url)
{
    if (strncmp(url, "file://", 7)) return NULL;
    const char *p = url + 7;
    if (!strncmp(p, "localhost/", 10)) p += 9;
    if (*p != '/') return NULL;
    Buf b = {0};
    for (; *p && *p != '?' && *p != '#'; p++) {
        if (*p == '%' && hexval(p[1]) >= 0 && hexval(p[2]) >= 0) {
            buf_addc(&b, (char)(hexval(p[1]) * 16 + hexval(p[2])));
            p += 2;
        } else buf_addc(&b, *p);
    }
    return buf_cstr(&b);
}

/* Nix's FileTransferError: a message formatted beforehand, so nothing in it is coloured. */
_Noreturn static void download_error(State *st, const char *url, const char *why)
{
    Buf m = {0};
    buf_printf(&m, "unable to download '%s': %s", url, why);
    eval_error(st, ERR_EVAL, NO_POS, "%s", buf_cstr(&m));
}

/* What curl would have fetched, as a local file; the errors are curl's as Nix shows them. */
static const char *download_path(State *st, const char *url)
{
    const char *path = file_url_path(url);
    if (path) {
        struct stat sb;
        if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode) || access(path, R_OK) != 0)
            download_error(st, url, "Couldn't read a file:// file (37)");
        return path;
    }
    if (!strstr(url, "://")) download_error(st, url, "URL using bad/illegal format or missing URL (3)");
    download_error(st, url, "nixel does not use the network");
}

static void hash_mismatch(State *st, const char *url, const Hash *want, const Hash *got)
{
    eval_error(st, ERR_EVAL, NO_POS, "hash mismatch in file downloaded from '%s':\n  specified: %s\n  got:       %s",
               url, hash_str(want, HB_BASE32, true), hash_str(got, HB_BASE32, true));
}

/* ---- tarballs ---- */

static int rm_entry(const char *p, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb; (void)flag; (void)ftw;
    remove(p);
    return 0;
}

void prim_remove_tree(const char *dir) { nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS); }

/* Nix 2.8's TarArchive::check: the message names libarchive's reason. */
static void archive_check(State *st, struct archive *a, int r, const char *fmt)
{
    const ArchiveApi *ar = archive_api(st);
    if (r == ARCHIVE_EOF) eval_error(st, ERR_EVAL, NO_POS, "reached end of archive");
    if (r != ARCHIVE_OK) {
        const char *why = ar->error_string(a);
        Buf m = {0};
        buf_printf(&m, fmt, why ? why : "unknown error");
        eval_error(st, ERR_EVAL, NO_POS, "%s", buf_cstr(&m));
    }
}

static const char *under(const char *dir, const char *name)
{
    Buf b = {0};
    buf_printf(&b, "%s/%s", dir, name);
    return buf_cstr(&b);
}

/* Nix 2.8's extract_archive: every format and filter libarchive knows (so zip, and even a
 * text file read as mtree, are accepted as Nix accepts them), members put below dir, links
 * that would lead out of it and ".." refused by libarchive. */
static void extract_members(State *st, struct archive *a, const char *dir)
{
    const ArchiveApi *ar = archive_api(st);
    int flags = ARCHIVE_EXTRACT_FFLAGS | ARCHIVE_EXTRACT_PERM | ARCHIVE_EXTRACT_TIME
              | ARCHIVE_EXTRACT_SECURE_SYMLINKS | ARCHIVE_EXTRACT_SECURE_NODOTDOT;
    for (;;) {
        struct archive_entry *e;
        int r = ar->read_next_header(a, &e);
        if (r == ARCHIVE_EOF) break;
        const char *name = ar->entry_pathname(e);
        if (!name) eval_error(st, ERR_EVAL, NO_POS, "cannot get archive member name: %s", ar->error_string(a));
        if (r == ARCHIVE_WARN) diag_emit("warning", ar->error_string(a));
        else archive_check(st, a, r, "failed to extract archive (%s)");
        ar->entry_copy_pathname(e, under(dir, name));
        const char *hardlink = ar->entry_hardlink(e);
        if (hardlink) ar->entry_copy_hardlink(e, under(dir, hardlink));
        archive_check(st, a, ar->read_extract(a, e, flags), "failed to extract archive (%s)");
    }
}

void prim_unpack_archive(State *st, const char *file, const char *dir)
{
    const ArchiveApi *ar = archive_api(st);
    struct archive *a = ar->read_new();
    ar->read_support_filter_all(a);
    ar->read_support_format_all(a);
    Handler h;
    if (EVAL_TRY(st, &h)) {
        archive_check(st, a, ar->read_open_filename(a, file, 16384), "failed to open archive: %s");
        extract_members(st, a, dir);
        archive_check(st, a, ar->read_close(a), "Failed to close archive (%s)");
        eval_pop_handler(st, &h);
        ar->read_free(a);
        return;
    }
    eval_unwind_to(st, &h);
    ar->read_free(a);
    eval_rethrow(st);
}

/* The single top-level entry of the unpacked tarball, or an error. */
static const char *tar_top(State *st, const char *dir, const char *url)
{
    DIR *d = opendir(dir);
    const char *top = NULL;
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        if (!n++) top = mem_strndup(e->d_name, strlen(e->d_name));
    }
    if (d) closedir(d);
    if (n != 1) eval_error(st, ERR_EVAL, NO_POS, "tarball '%s' contains an unexpected number of top-level files", url);
    Buf b = {0};
    buf_printf(&b, "%s/%s", dir, top);
    return buf_cstr(&b);
}

/* A fresh private directory named as Nix 2.8's createTempDir names it ($TMPDIR/nix-PID-N,
 * links in $TMPDIR resolved), since libarchive's messages about members show it. mkdir
 * fails on anything already there, a link included, so the name cannot be hijacked. */
const char *prim_temp_dir(State *st)
{
    static int counter;
    const char *tmp = getenv("TMPDIR");
    const char *err;
    const char *root = restrict_canon_resolve(NULL, tmp && *tmp ? tmp : "/tmp", &err);
    if (!root) eval_error(st, ERR_EVAL, NO_POS, "%s", err);
    for (;;) {
        Buf t = {0};
        buf_printf(&t, "%s/nix-%d-%d", strcmp(root, "/") ? root : "", (int)getpid(), counter++);
        if (mkdir(buf_cstr(&t), 0700) == 0) return buf_cstr(&t);
        if (errno != EEXIST) eval_error(st, ERR_EVAL, NO_POS, "creating directory '%s': %s", buf_cstr(&t), strerror(errno));
    }
}

static const char *unpacked_path(State *st, const char *file, const char *url, const char *name, Hash *nar)
{
    const char *dir = prim_temp_dir(st);
    Handler h;
    if (EVAL_TRY(st, &h)) {
        prim_unpack_archive(st, file, dir);
        store_hash_path(st, tar_top(st, dir, url), HT_SHA256, NULL, NULL, nar);
        const char *path = store_fixed_output_path(st, true, nar, name);
        eval_pop_handler(st, &h);
        prim_remove_tree(dir);
        return path;
    }
    eval_unwind_to(st, &h);
    prim_remove_tree(dir);
    eval_rethrow(st);
}

/* ---- fetchurl, fetchTarball ---- */

static void fetch(State *st, Pos pos, Value **args, Value *out, const char *who, bool unpack, const char *name)
{
    const char *url = NULL;
    bool have_hash = false;
    Hash expected;
    size_t len;
    force(st, args[0], pos);
    if (args[0]->type == T_ATTRS) {
        Attrs *a = args[0]->attrs;
        for (uint32_t i = 0; i < a->n; i++) {
            Attr *x = &a->a[i];
            const char *n = sym_str(x->name);
            if (!strcmp(n, "url")) url = force_string_noctx(st, x->value, x->pos, &len);
            else if (!strcmp(n, "sha256")) {
                const char *s = force_string_noctx(st, x->value, x->pos, &len);
                const char *err = hash_parse_allow_empty(s, len, HT_SHA256, &expected);
                if (err) eval_error(st, ERR_EVAL, NO_POS, "%s", err);
                have_hash = true;
            } else if (x->name == st->s_name) name = force_string_noctx(st, x->value, x->pos, &len);
            else eval_error(st, ERR_EVAL, x->pos, "unsupported argument '%s' to '%s'", show_sym(x->name), who);
        }
        if (!url) eval_error(st, ERR_EVAL, pos, "'url' argument required");
    } else {
        url = force_string_noctx(st, args[0], pos, &len);
    }
    if (!strncmp(url, "channel:", 8)) {
        Buf u = {0};
        buf_printf(&u, "https://nixos.org/channels/%s/nixexprs.tar.xz", url + 8);
        url = buf_cstr(&u);
    }
    restrict_check_uri(st, url);
    if (st->access == ACCESS_PURE && !have_hash)
        eval_error(st, ERR_EVAL, NO_POS, "in pure evaluation mode, '%s' requires a 'sha256' argument", who);
    if (!*name) {
        const char *slash = strrchr(url, '/');
        size_t n = strlen(url);
        if (n > 1 && url[n - 1] == '/') {
            const char *end = url + n - 1, *s = end;
            while (s > url && s[-1] != '/') s--;
            name = mem_strndup(s, (size_t)(end - s));
        } else name = slash ? slash + 1 : url;
    }
    const char *file = download_path(st, url);
    Hash fh;
    store_hash_file(st, file, HT_SHA256, &fh);
    const char *dl = store_fixed_output_path(st, false, &fh, name);
    const char *path = dl;
    Hash got = fh;
    if (unpack) path = unpacked_path(st, file, url, name, &got);
    if (have_hash && memcmp(got.b, expected.b, 32)) hash_mismatch(st, url, &expected, &got);
    set_string(out, path, strlen(path), ctx_add(NULL, path));
}

static void prim_fetchurl(State *st, Pos pos, Value **args, Value *out)
{
    fetch(st, pos, args, out, "fetchurl", false, "");
}

static void prim_fetchTarball(State *st, Pos pos, Value **args, Value *out)
{
    fetch(st, pos, args, out, "fetchTarball", true, "source");
}

/* ---- fetchMercurial, fetchTree (fetchGit: prim_git.c) ---- */

static void prim_fetchMercurial(State *st, Pos pos, Value **args, Value *out)
{
    (void)out;
    Context *ctx = NULL;
    size_t len;
    const char *url = "";
    force(st, args[0], pos);
    CoerceOpts o = { false, false, true };
    if (args[0]->type == T_ATTRS) {
        Attrs *a = args[0]->attrs;
        for (uint32_t i = 0; i < a->n; i++) {
            Attr *x = &a->a[i];
            const char *n = sym_str(x->name);
            if (!strcmp(n, "url")) url = coerce_to_string(st, x->pos, x->value, &ctx, o, &len);
            else if (!strcmp(n, "rev") || x->name == st->s_name) force_string_noctx(st, x->value, x->pos, &len);
            else eval_error(st, ERR_EVAL, x->pos, "unsupported argument '%s' to 'fetchMercurial'", show_sym(x->name));
        }
        if (!*url) eval_error(st, ERR_EVAL, pos, "'url' argument required");
    } else {
        url = coerce_to_string(st, pos, args[0], &ctx, o, &len);
    }
    eval_error(st, ERR_EVAL, NO_POS, "cannot fetch Mercurial repository '%s': nixel does not run hg", url);
}

static void prim_fetchTree(State *st, Pos pos, Value **args, Value *out)
{
    (void)pos; (void)args; (void)out;
    eval_error(st, ERR_EVAL, NO_POS,
               "experimental Nix feature '%s' is disabled; use '--extra-experimental-features %s' to override", "flakes", "flakes");
}

const PrimDef prim_fetch_defs[] = {
    { "__fetchurl", 1, prim_fetchurl },
    { "fetchTarball", 1, prim_fetchTarball },
    { "fetchMercurial", 1, prim_fetchMercurial },
    { "fetchTree", 1, prim_fetchTree },
    { NULL, 0, NULL },
};
