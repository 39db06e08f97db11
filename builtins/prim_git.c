/* prim_git.c: builtins.fetchGit, for local repositories (file:// URLs and paths), as Nix
 * 2.8's git fetcher does it: by running git, found in $PATH as Nix finds it, with the
 * arguments Nix 2.8 gives it (builtins.exec aside, the only program an evaluation runs;
 * what git is given from Nix code is checked first). A working tree with changes
 * (or without commits) is copied as a filter of itself: the files `git ls-files` lists.
 * Otherwise the revision is exported (`git archive`, unpacked with libarchive; with
 * submodules, a checkout of a private clone) into a private temporary directory that is
 * removed again, so that the store path is computed but, unless NIXEL_WRITE_STORE writes
 * it, cannot be read back (as fetchTarball's). Remote URLs, and file:// URLs without a
 * working tree (which Nix 2.8 clones into its cache as remote ones), are an error. Nix's
 * fetcher cache is not kept: every call runs git again, with the same result. */
#include "builtins/prim.h"
#include "builtins/restrict.h"
#include "builtins/run.h"
#include "base/diag.h"
#include "base/mem.h"
#include "parser/show.h"
#include "parser/source.h"
#include "base/pos.h"
#include "store/store.h"
#include "store/write.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* ---- running git ---- */

/* Runs git with args (NULL-terminated, without "git"), stdin from /dev/null, stderr
 * shared (or, with merge, into out too); stdout into out, or into the file out_file when
 * not NULL. Returns the wait status; a git that cannot be started is Nix's "executing
 * 'git'" error. */
static int git_run(State *st, const char *const *args, Buf *out, const char *out_file, bool merge)
{
    size_t n = 0;
    while (args[n]) n++;
    char **argv = mem_alloc((n + 2) * sizeof *argv);
    argv[0] = "git";
    for (size_t i = 0; i < n; i++) argv[i + 1] = (char *)args[i];
    int status = run_program(argv, &(RunOptions){ .stdin_null = true, .merge_stderr = merge, .out_file = out_file }, out);
    if (status < 0) eval_error(st, ERR_EVAL, NO_POS, "executing '%s': %s", "git", strerror(errno));
    return status;
}

/* runProgram: git's stdout, or the error. */
static const char *git_output(State *st, const char *const *args)
{
    Buf out = {0};
    run_check_status(st, "git", git_run(st, args, &out, NULL, false));
    return buf_cstr(&out);
}

/* chomp: without trailing white space. */
static const char *git_line(State *st, const char *const *args)
{
    const char *s = git_output(st, args);
    size_t n = strlen(s);
    while (n && strchr(" \t\n\r", s[n - 1])) n--;
    return mem_strndup(s, n);
}

/* ---- the input ---- */

typedef struct {
    const char *url, *ref, *rev, *name;
    bool shallow, submodules;
} GitInput;

static const char *show_sym(Sym s)
{
    Buf b = {0};
    show_id(&b, s);
    return buf_cstr(&b);
}

/* fixURIForGit: scp-like user@host:path becomes ssh://, a path file://; the URI is
 * checked as restricted mode checks URIs (fixURI's checkURI). */
static const char *fix_uri_for_git(State *st, const char *s)
{
    const char *scheme = "file";
    if (s[0] != '/') {
        const char *at = strchr(s, '@');
        const char *colon = at ? strrchr(at, ':') : NULL;
        if (at && colon && !memchr(s, '/', (size_t)(at - s))) {
            Buf b = {0};
            buf_printf(&b, "%.*s/%s", (int)(colon - s), s, colon + 1);
            s = buf_cstr(&b);
            scheme = "ssh";
        }
    }
    restrict_check_uri(st, s);
    if (strstr(s, "://")) return s;
    Buf b = {0};
    buf_printf(&b, "%s://%s", scheme, s);
    return buf_cstr(&b);
}

static const char *git_attrs[] = {
    "type", "url", "ref", "rev", "shallow", "submodules", "lastModified", "revCount", "narHash",
    "allRefs", "name", NULL,
};

/* Nix 2.8's badGitRefRegex: what git refuses in a branch or tag name. */
static bool bad_ref(const char *r)
{
    size_t n = strlen(r);
    if (!n || !strcmp(r, "@") || r[0] == '.' || r[0] == '/' || r[n - 1] == '/' || r[n - 1] == '.') return true;
    if (strstr(r, "//") || strstr(r, "/.") || strstr(r, "..") || strstr(r, ".lock/") || strstr(r, "@{")) return true;
    if (n >= 5 && !strcmp(r + n - 5, ".lock")) return true;
    for (const char *c = r; *c; c++)
        if ((unsigned char)*c < 32 || *c == 127 || strchr(" \t:?^~[\\*", *c)) return true;
    return false;
}

/* A revision is a SHA-1 (Hash::parseAny): what git is given is its 40 hex digits, never
 * something git could take for an option. */
static const char *parse_rev(State *st, const char *s)
{
    Hash h;
    const char *err = hash_parse_any(s, strlen(s), HT_SHA1, &h);
    if (!err && h.type != HT_SHA1) err = "a Git revision must be a SHA-1 hash";
    if (err) eval_error(st, ERR_EVAL, NO_POS, "%s", err);
    return hash_str(&h, HB_BASE16, false);
}

/* fetchTree's checks of the argument, as Nix 2.8 makes them. */
static void read_input(State *st, Pos pos, Value *arg, GitInput *in)
{
    Context *ctx = NULL;
    size_t len;
    CoerceOpts o = { false, false, true };
    *in = (GitInput){ .name = "source" };
    force(st, arg, pos);
    if (arg->type != T_ATTRS) {
        const char *s = coerce_to_string(st, pos, arg, &ctx, o, &len);
        in->url = fix_uri_for_git(st, s);
        return;
    }
    Attrs *a = arg->attrs;
    if (attrs_find(a, st->s_type)) eval_error(st, ERR_EVAL, pos, "unexpected attribute 'type'");
    for (uint32_t i = 0; i < a->n; i++) {
        Attr *x = &a->a[i];
        const char *n = sym_str(x->name);
        force(st, x->value, x->pos);
        uint8_t t = x->value->type;
        if (t == T_PATH || t == T_STRING) {
            const char *s = coerce_to_string(st, x->pos, x->value, &ctx, o, &len);
            if (!strcmp(n, "url")) in->url = fix_uri_for_git(st, s);
            else if (!strcmp(n, "ref")) in->ref = s;
            else if (!strcmp(n, "rev")) in->rev = s;
            else if (!strcmp(n, "name")) in->name = s;
        } else if (t == T_BOOL) {
            if (!strcmp(n, "shallow")) in->shallow = x->value->b;
            else if (!strcmp(n, "submodules")) in->submodules = x->value->b;
        } else if (t != T_INT) {
            eval_error(st, ERR_TYPE, NO_POS, "fetchTree argument '%s' is %s while a string, Boolean or integer is expected",
                       show_sym(x->name), show_type(x->value));
        }
    }
    uint32_t *idx = attrs_by_name(a);   /* fetchers::Attrs is a sorted map */
    for (uint32_t i = 0; i < a->n; i++) {
        const char *n = sym_str(a->a[idx[i]].name);
        bool ok = false;
        for (const char **g = git_attrs; *g; g++) ok |= !strcmp(*g, n);
        if (!ok) eval_error(st, ERR_EVAL, NO_POS, "unsupported Git input attribute '%s'", n);
    }
    if (!in->url) eval_error(st, ERR_EVAL, NO_POS, "input attribute '%s' is missing", "url");
    if (in->ref && bad_ref(in->ref)) eval_error(st, ERR_EVAL, NO_POS, "invalid Git branch/tag name '%s'", in->ref);
    if (in->rev) in->rev = parse_rev(st, in->rev);
}

/* ---- the result ---- */

typedef struct {
    const char *path;
    Hash nar;
    const char *rev;            /* NULL: a working tree with changes */
    long long rev_count;        /* -1: not known (shallow) */
    unsigned long long last_modified;
} GitResult;

static void add_attr(AttrsBuilder *b, const char *name, Value *v) { ab_add(b, sym_cstr(name), v, NO_POS); }

/* emitTreeAttrs with emptyRevFallback, as builtins.fetchGit returns it. */
static void emit(State *st, const GitInput *in, const GitResult *r, Value *out)
{
    static const char zero[] = "0000000000000000000000000000000000000000";
    const char *rev = r->rev ? r->rev : zero;
    AttrsBuilder b;
    ab_init(&b, 8);
    Value *p = val_alloc();
    set_string(p, r->path, strlen(r->path), ctx_add(NULL, r->path));
    ab_add(&b, st->s_outPath, p, NO_POS);
    add_attr(&b, "narHash", val_cstring(hash_str(&r->nar, HB_SRI, true)));
    add_attr(&b, "submodules", val_bool(in->submodules));
    add_attr(&b, "rev", val_cstring(rev));
    add_attr(&b, "shortRev", val_cstring(mem_strndup(rev, 7)));
    add_attr(&b, "revCount", val_int(r->rev_count >= 0 ? r->rev_count : 0));
    add_attr(&b, "lastModified", val_int((int64_t)r->last_modified));
    time_t t = (time_t)r->last_modified;
    struct tm tm;
    char date[32];
    gmtime_r(&t, &tm);
    strftime(date, sizeof date, "%Y%m%d%H%M%S", &tm);
    add_attr(&b, "lastModifiedDate", val_cstring(mem_strndup(date, strlen(date))));
    set_attrs(out, ab_finish(&b, false));
}

/* ---- a working tree with changes: the tracked files ---- */

/* The files git tracks (relative paths) and every directory above one. */
typedef struct { StrTab files, dirs; size_t root_len; StrTab *included; } Tracked;

static bool tracked_filter(State *st, const char *path, void *ud)
{
    Tracked *t = ud;
    const char *rel = path + t->root_len + 1;
    size_t n = strlen(rel);
    MemFsStat sb;
    if (!memfs_lstat(&st->store, path, &sb))
        eval_error(st, ERR_EVAL, NO_POS, "getting status of '%s': %s", path, strerror(errno));
    bool keep = sb.type == MEMFS_DIR ? strtab_get(&t->dirs, rel, n) != NULL : strtab_get(&t->files, rel, n) != NULL;
    if (keep) {
        const char *p = mem_strndup(path, strlen(path));
        strtab_put(t->included, p, strlen(p), (void *)p);
    }
    return keep;
}

static void read_tracked(State *st, const char *dir, bool submodules, Tracked *t)
{
    const char *args[] = { "-C", dir, "ls-files", "-z", submodules ? "--recurse-submodules" : NULL, NULL };
    const char *s = git_output(st, args);   /* "a\0b\0", and the Buf's own NUL after it */
    for (const char *f = s; *f; f += strlen(f) + 1) {
        size_t n = strlen(f);
        strtab_put(&t->files, f, n, (void *)f);
        for (size_t i = n; i > 0; i--)
            if (f[i - 1] == '/') strtab_put(&t->dirs, f, i - 1, (void *)f);
    }
}

static unsigned long long last_commit_time(State *st, const char *dir, const char *rev)
{
    const char *args[] = { "-C", dir, "log", "-1", "--format=%ct", "--no-show-signature", rev, NULL };
    return strtoull(git_line(st, args), NULL, 10);
}

/* The working tree's changes, if it has any: then its tracked files are copied. */
static bool fetch_dirty(State *st, const GitInput *in, const char *dir, GitResult *r)
{
    const char *cargs[] = { "-C", dir, "rev-parse", "--git-common-dir", NULL };
    const char *common = git_line(st, cargs);
    Buf git_dir = {0};
    if (strcmp(common, ".git")) buf_adds(&git_dir, common);
    else buf_printf(&git_dir, "%s/.git", dir);
    buf_adds(&git_dir, "/refs/heads");
    size_t nheads;
    const char **heads = memfs_list(&st->store, buf_cstr(&git_dir), &nheads, NULL);
    if (!heads) eval_error(st, ERR_EVAL, NO_POS, "opening directory '%s': %s", buf_cstr(&git_dir), strerror(errno));
    bool have_commits = nheads > 0;
    if (have_commits) {
        const char *args[] = { "-C", dir, "diff-index", "--quiet", "HEAD", "--", NULL };
        Buf ignored = {0};
        int status = git_run(st, args, &ignored, NULL, false);
        if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return false;
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 1) run_check_status(st, "git", status);
    }
    Buf w = {0};
    buf_printf(&w, "Git tree '" DIAG_ARG "%s" DIAG_NORMAL "' is dirty", dir);
    if (st->git_dirty_refused) eval_error(st, ERR_EVAL, NO_POS, "%s", buf_cstr(&w));
    if (!st->git_dirty_quiet) diag_emit("warning", buf_cstr(&w));
    Tracked t = { .root_len = strlen(dir), .included = mem_alloc(sizeof(StrTab)) };
    read_tracked(st, dir, in->submodules, &t);
    store_hash_path(st, dir, HT_SHA256, tracked_filter, &t, &r->nar);
    r->path = store_fixed_output_path(st, true, &r->nar, in->name);
    store_add_fetched(st, r->path, dir, t.included);
    r->last_modified = have_commits ? last_commit_time(st, dir, "HEAD") : 0;
    r->rev = NULL;
    r->rev_count = 0;
    return true;
}

/* ---- a revision: exported into a temporary directory ---- */

/* Removes every entry named .git below dir (isNotDotGitDirectory, for the checkout). */
static void remove_dot_git(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        Buf p = {0};
        buf_printf(&p, "%s/%s", dir, e->d_name);
        struct stat sb;
        if (!strcmp(e->d_name, ".git")) prim_remove_tree(buf_cstr(&p));
        else if (lstat(buf_cstr(&p), &sb) == 0 && S_ISDIR(sb.st_mode)) remove_dot_git(buf_cstr(&p));
    }
    closedir(d);
}

/* The revision's files into work/out, with work (a private temporary directory) for what
 * it takes to get them: the archive, or the clone's git directory. */
static const char *export_rev(State *st, const GitInput *in, const char *dir, const char *rev, const char *work)
{
    Buf b = {0};
    buf_printf(&b, "%s/out", work);
    const char *out = buf_cstr(&b);
    if (in->submodules) {
        Buf g = {0};
        buf_printf(&g, "%s/git", work);
        const char *init[] = { "-c", "init.defaultBranch=__nix_dummy_branch", "init", out, "--separate-git-dir", buf_cstr(&g), NULL };
        const char *fetch[] = { "-C", out, "fetch", "--quiet", "--force", "--update-head-ok", "--", dir, "refs/*:refs/*", NULL };
        const char *checkout[] = { "-C", out, "checkout", "--quiet", rev, NULL };
        const char *config[] = { "-C", out, "config", "remote.origin.url", dir, NULL };
        const char *update[] = { "-C", out, "submodule", "--quiet", "update", "--init", "--recursive", NULL };
        const char *const *steps[] = { init, fetch, checkout, config, update };
        for (size_t i = 0; i < sizeof steps / sizeof *steps; i++) git_output(st, steps[i]);
        remove_dot_git(out);
        return out;
    }
    if (mkdir(out, 0700) != 0) eval_error(st, ERR_EVAL, NO_POS, "creating directory '%s': %s", out, strerror(errno));
    Buf tar = {0};
    buf_printf(&tar, "%s/archive.tar", work);
    const char *args[] = { "-C", dir, "archive", rev, NULL };
    run_check_status(st, "git", git_run(st, args, NULL, buf_cstr(&tar), false));
    prim_unpack_archive(st, buf_cstr(&tar), out);
    return out;
}

static void fetch_rev(State *st, const GitInput *in, const char *dir, GitResult *r)
{
    const char *ref = in->ref;
    if (!ref) {
        const char *args[] = { "-C", dir, "rev-parse", "--abbrev-ref", "HEAD", NULL };
        ref = git_line(st, args);
    }
    const char *rev = in->rev;
    if (!rev) {
        const char *args[] = { "-C", dir, "rev-parse", ref, NULL };
        rev = parse_rev(st, git_line(st, args));
    }
    const char *sargs[] = { "-C", dir, "rev-parse", "--is-shallow-repository", NULL };
    if (!strcmp(git_line(st, sargs), "true") && !in->shallow)
        eval_error(st, ERR_EVAL, NO_POS, "'%s' is a shallow Git repository, but a non-shallow repository is needed", dir);
    const char *cargs[] = { "-C", dir, "cat-file", "commit", rev, NULL };
    Buf ignored = {0};
    int status = git_run(st, cargs, &ignored, NULL, true);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        eval_error(st, ERR_EVAL, NO_POS,
                   "Cannot find Git revision '%s' in ref '%s' of repository '%s'! Please make sure that the "
                   "rev exists on the ref you've specified or add allRefs = true; to fetchGit.", rev, ref, dir);
    const char *work = prim_temp_dir(st);
    Handler h;
    if (EVAL_TRY(st, &h)) {
        const char *tmp = export_rev(st, in, dir, rev, work);
        store_hash_path(st, tmp, HT_SHA256, NULL, NULL, &r->nar);
        r->path = store_fixed_output_path(st, true, &r->nar, in->name);
        /* the directory goes: only a store written to disk keeps the contents */
        if (st->write_store && !store_is_valid(st, r->path)) store_write_from(st, r->path, tmp);
        r->last_modified = last_commit_time(st, dir, rev);
        r->rev_count = -1;
        if (!in->shallow) {
            const char *args[] = { "-C", dir, "rev-list", "--count", rev, NULL };
            r->rev_count = strtoll(git_line(st, args), NULL, 10);
        }
        r->rev = rev;
        eval_pop_handler(st, &h);
        prim_remove_tree(work);
        return;
    }
    eval_unwind_to(st, &h);
    prim_remove_tree(work);
    eval_rethrow(st);
}

static void prim_fetchGit(State *st, Pos pos, Value **args, Value *out)
{
    /* a configuration given to nixel render is untrusted: it runs no program found through
     * PATH (as it unpacks no archive with tar) */
    if (st->access == ACCESS_RENDER)
        eval_error(st, ERR_EVAL, pos, "running git (builtins.fetchGit) is forbidden in nixel render (use '--impure' to allow it)");
    GitInput in;
    read_input(st, pos, args[0], &in);
    if (st->access == ACCESS_PURE && !in.rev) {   /* a Git input is locked by its rev */
        char at[512];
        pos_format_plain(at, sizeof at, pos);
        eval_error(st, ERR_EVAL, NO_POS, "in pure evaluation mode, 'fetchTree' requires a locked input, at %s", at);
    }
    if (strncmp(in.url, "file://", 7))
        eval_error(st, ERR_EVAL, NO_POS, "cannot fetch Git repository '%s': nixel does not use the network", in.url);
    const char *dir = src_abs_path(in.url + 7, NULL);
    /* Nix 2.8 clones a file:// URL without a working tree (a bare repository, or nothing)
     * as it clones a remote one, into its cache: nixel keeps no cache */
    Buf dot_git = {0};
    buf_printf(&dot_git, "%s/.git", dir);
    MemFsStat sb;
    if (!memfs_lstat(&st->store, buf_cstr(&dot_git), &sb))
        eval_error(st, ERR_EVAL, NO_POS, "cannot fetch Git repository '%s': nixel fetches only a working tree (a directory with .git)", in.url);
    Buf m = {0};
    buf_printf(&m, "while fetching the input '" DIAG_ARG "git+%s" DIAG_NORMAL "'", in.url);
    eval_push_frame(st, (Frame){ FR_TEXT, pos, 0, buf_cstr(&m), 0 });
    GitResult r;
    if (in.ref || in.rev || !fetch_dirty(st, &in, dir, &r)) fetch_rev(st, &in, dir, &r);
    eval_pop_frame(st);
    if (st->access != ACCESS_IMPURE) restrict_allow_path(st, r.path);
    emit(st, &in, &r, out);
}

const PrimDef prim_git_defs[] = {
    { "fetchGit", 1, prim_fetchGit },
    { NULL, 0, NULL },
};
