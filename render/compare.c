/* compare.c: a render against a golden (compare.h; the rules: shared/golden/README.md).
 * Both trees are read into lists of items (normalized path, kind, normalized content or
 * link target, executable bit), sorted by path and walked side by side; items with one
 * normalized path (several store objects of one name) are matched as a group. */
#include "render/compare.h"
#include "render/quote.h"
#include "render/tree.h"
#include "render/udiff.h"

#include "base/buf.h"
#include "base/diag.h"
#include "base/mem.h"
#include "parser/source.h"

#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { HASH_LEN = 32, MATCH = 0, DIFFERENT = 1, TROUBLE = 2 };

typedef struct {
    const char *path;           /* normalized, relative to the tree's root */
    const char *raw_path;       /* as on disk */
    TreeKind kind;
    const char *data;           /* normalized content, or the link target */
    size_t len;
    const char *raw;            /* the bytes as on disk (for --accept) */
    size_t raw_len;
    unsigned perm;
    bool used;                  /* matched already, within its group */
} Item;

typedef struct { Item *items; size_t n, cap; } Items;

typedef struct { int count; } Report;

/* ---- normalization: /nix/store/<32 chars>- becomes /nix/store/HASH- ------------------------ */

static bool is_hash_char(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'); }

static bool hash_at(const char *s, size_t len, size_t i)
{
    if (i + HASH_LEN >= len || s[i + HASH_LEN] != '-') return false;
    for (size_t j = 0; j < HASH_LEN; j++) if (!is_hash_char(s[i + j])) return false;
    return true;
}

static const char *normalize(const char *s, size_t len, size_t *out_len)
{
    static const char prefix[] = "/nix/store/";
    size_t plen = sizeof prefix - 1;
    Buf b = {0};
    for (size_t i = 0; i < len;) {
        if (len - i > plen && memcmp(s + i, prefix, plen) == 0 && hash_at(s, len, i + plen)) {
            buf_adds(&b, "/nix/store/HASH");
            i += plen + HASH_LEN;
        } else buf_addc(&b, s[i++]);
    }
    *out_len = b.len;
    return buf_cstr(&b);
}

static const char *normalize_path(const char *p)
{
    size_t len = strlen(p);
    if (strncmp(p, "store/", 6) != 0 || !hash_at(p, len, 6)) return p;
    Buf b = {0};
    buf_printf(&b, "store/HASH%s", p + 6 + HASH_LEN);
    return buf_cstr(&b);
}

/* ---- reading a tree ------------------------------------------------------------------------- */

static void add_item(Items *t, Item it)
{
    if (t->n == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 64;
        t->items = mem_realloc(t->items, t->cap * sizeof *t->items);
    }
    t->items[t->n++] = it;
}

static Items *walking;          /* nftw has no context argument */
static size_t walk_root_len;
static const char *walk_error;

static int visit(const char *full, const struct stat *sb, int type, struct FTW *ftw)
{
    (void)ftw;
    Item it = { .raw_path = mem_strndup(full + walk_root_len + 1, strlen(full) - walk_root_len - 1) };
    if (!strchr(it.raw_path, '/')) return 0;            /* etc or store itself */
    it.path = normalize_path(it.raw_path);
    it.perm = sb->st_mode & 07777;
    if (type == FTW_SL) {
        Buf b = {0};
        buf_reserve(&b, (size_t)sb->st_size + 1);
        ssize_t n = readlink(full, b.s, (size_t)sb->st_size + 1);
        if (n < 0) { walk_error = strerror(errno); return 1; }
        it.kind = TREE_LINK;
        it.raw = mem_strndup(b.s, (size_t)n);
        it.raw_len = (size_t)n;
    } else if (type == FTW_F && S_ISREG(sb->st_mode)) {
        const char *err = NULL;
        char *text = src_read_file(full, &it.raw_len, &err);
        if (!text) { walk_error = err; return 1; }
        it.kind = TREE_FILE;
        it.raw = text;
    } else return 0;                                    /* directories, anything else */
    it.data = normalize(it.raw, it.raw_len, &it.len);
    add_item(walking, it);
    return 0;
}

static int item_cmp(const void *x, const void *y)
{
    return strcmp(((const Item *)x)->path, ((const Item *)y)->path);
}

/* The files and links under root/etc and root/store, sorted by normalized path. */
static const char *read_tree(const char *root, Items *t)
{
    memset(t, 0, sizeof *t);
    walking = t;
    walk_error = NULL;
    static const char *tops[] = { "etc", "store" };
    for (int i = 0; i < 2; i++) {
        Buf top = {0};
        buf_printf(&top, "%s/%s", root, tops[i]);
        struct stat sb;
        if (lstat(buf_cstr(&top), &sb) != 0 || !S_ISDIR(sb.st_mode)) continue;
        walk_root_len = top.len - strlen(tops[i]) - 1;     /* root may end in a slash */
        if (nftw(buf_cstr(&top), visit, 16, FTW_PHYS) != 0) {
            Buf m = {0};
            buf_printf(&m, "cannot read '%s': %s", buf_cstr(&top), walk_error ? walk_error : strerror(errno));
            return buf_cstr(&m);
        }
    }
    qsort(t->items, t->n, sizeof *t->items, item_cmp);
    return NULL;
}

/* ---- MANIFEST: a set of lines reduced to kind, path, mode and link target ------------------ */

typedef struct { const char **lines, **raw; size_t n; bool present; } Manifest;   /* raw: as written */

/* A name of MANIFEST, normalized and quoted one way (quote.h), so that lines compare as text. */
static const char *canonical(const char *name, size_t len)
{
    const char *n = normalize_path(mem_strndup(name, len));
    return quote_name(n, strlen(n));
}

/* A link's target: quoted, or (as nixel wrote it before quoting) the rest of the line. */
static bool read_target(const char *p, char **target, size_t *len)
{
    if (*p == '"') return quote_read(&p, target, len) && !*p;
    *len = strlen(p);
    *target = mem_strndup(p, *len);
    return true;
}

static const char *reduce_line(const char *line)
{
    Buf b = {0};
    const char *p = line + 5;
    char *path, *target;
    size_t plen, tlen;
    if (!strncmp(line, "file ", 5) && quote_read(&p, &path, &plen)) {
        const char *mode = strstr(p, " mode=");
        size_t mlen = mode ? strcspn(mode + 1, " ") : 0;
        buf_printf(&b, "file %s %.*s", canonical(path, plen), (int)mlen, mode ? mode + 1 : "");
    } else if (!strncmp(line, "link ", 5) && quote_read(&p, &path, &plen) && !strncmp(p, " -> ", 4)
               && read_target(p + 4, &target, &tlen)) {
        buf_printf(&b, "link %s -> %s", canonical(path, plen), canonical(target, tlen));
    } else return line;
    return buf_cstr(&b);
}

static int str_cmp(const void *x, const void *y) { return strcmp(*(const char **)x, *(const char **)y); }

static const char *read_manifest(const char *root, Manifest *m)
{
    memset(m, 0, sizeof *m);
    Buf path = {0};
    buf_printf(&path, "%s/MANIFEST", root);
    if (access(buf_cstr(&path), F_OK) != 0) return NULL;
    const char *err = NULL;
    size_t len;
    char *text = src_read_file(buf_cstr(&path), &len, &err);
    if (!text) return err;
    size_t norm_len;
    char *s = (char *)normalize(text, len, &norm_len);
    m->present = true;
    m->lines = mem_alloc(sizeof *m->lines * (norm_len + 1));
    m->raw = mem_alloc(sizeof *m->raw * (len + 1));
    size_t nraw = 0;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) m->raw[nraw++] = line;
    m->raw[nraw] = NULL;
    for (char *line = strtok(s, "\n"); line; line = strtok(NULL, "\n")) m->lines[m->n++] = reduce_line(line);
    qsort(m->lines, m->n, sizeof *m->lines, str_cmp);
    return NULL;
}

/* The shipped goldens hold some symlinks as regular files holding the target (a copy lost
 * them); their MANIFEST still says `link`. Such a file is read as the link it stands for. */
static void restore_links(Items *t, const Manifest *m)
{
    for (size_t i = 0; i < t->n; i++) {
        Item *it = &t->items[i];
        if (it->kind != TREE_FILE) continue;
        Buf line = {0};
        buf_printf(&line, "link %s -> %s", quote_name(it->path, strlen(it->path)), quote_name(it->data, it->len));
        const char *key = buf_cstr(&line);
        if (bsearch(&key, m->lines, m->n, sizeof *m->lines, str_cmp)) it->kind = TREE_LINK;
    }
}

/* ---- reporting ------------------------------------------------------------------------------ */

static void difference(Report *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void difference(Report *r, const char *fmt, ...)
{
    Buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    buf_addc(&b, '\n');
    fwrite(b.s, 1, b.len, stdout);
    r->count++;
}

/* The text without its last newline (difference() adds one). */
static const char *chomp(Buf *b)
{
    if (b->len && b->s[b->len - 1] == '\n') b->s[--b->len] = 0;
    return buf_cstr(b);
}

static const char *kind_name(TreeKind k) { return k == TREE_LINK ? "symlink" : "file"; }

/* ---- comparing items ----------------------------------------------------------------------- */

/* The nested system stand-in: only its existence as a non-executable file counts. */
static bool is_stand_in(const char *path)
{
    static const char prefix[] = "store/HASH-nixos-system-", suffix[] = "-20.09pre-git";
    size_t n = strlen(path), ps = sizeof prefix - 1, ss = sizeof suffix - 1;
    return n > ps + ss && !strncmp(path, prefix, ps) && !strcmp(path + n - ss, suffix) && !strchr(path + ps, '/');
}

static bool executable(const Item *it) { return it->perm & 0111; }

/* Whether the executable bit counts: for store objects only. */
static bool mode_counts(const Item *it) { return !strncmp(it->path, "store/", 6); }

static bool same_item(const Item *want, const Item *got)
{
    if (want->kind != got->kind) return false;
    if (is_stand_in(got->path) && got->kind == TREE_FILE) return !executable(got);
    if (mode_counts(got) && got->kind == TREE_FILE && executable(want) != executable(got)) return false;
    return want->len == got->len && memcmp(want->data, got->data, got->len) == 0;
}

static void report_pair(Report *r, const Item *want, const Item *got)
{
    const char *p = got->path;
    if (want->kind != got->kind) {
        difference(r, "%s: kind: the golden has a %s, the render a %s", p, kind_name(want->kind), kind_name(got->kind));
    } else if (got->kind == TREE_LINK) {
        difference(r, "%s: link target: the golden's is '%.*s', the render's '%.*s'", p,
                   (int)want->len, want->data, (int)got->len, got->data);
    } else if (is_stand_in(p)) {
        difference(r, "%s: mode: the nested system stand-in must not be executable (it is %04o)", p, got->perm);
    } else {
        if (mode_counts(got) && executable(want) != executable(got))
            difference(r, "%s: mode: the golden's is %04o, the render's %04o", p, want->perm, got->perm);
        if (want->len != got->len || memcmp(want->data, got->data, got->len) != 0) {
            Buf b = {0}, a_name = {0}, b_name = {0};
            buf_printf(&a_name, "golden/%s", p);
            buf_printf(&b_name, "render/%s", p);
            udiff(&b, want->data, want->len, got->data, got->len, buf_cstr(&a_name), buf_cstr(&b_name));
            difference(r, "%s", chomp(&b));
        }
    }
}

/* want[0..nw) and got[0..ng) share one normalized path. Each expected item needs an
 * actual one equal to it; what is left is paired in order and its differences shown. */
static void compare_group(Report *r, Item *want, size_t nw, Item *got, size_t ng)
{
    for (size_t i = 0; i < nw; i++)
        for (size_t j = 0; j < ng; j++)
            if (!got[j].used && same_item(&want[i], &got[j])) { want[i].used = got[j].used = true; break; }
    size_t j = 0;
    for (size_t i = 0; i < nw; i++) {
        if (want[i].used) continue;
        while (j < ng && got[j].used) j++;
        if (j < ng) { report_pair(r, &want[i], &got[j]); got[j++].used = true; }
        else difference(r, "%s: missing: the golden has a %s the render lacks", want[i].path, kind_name(want[i].kind));
    }
    for (; j < ng; j++)
        if (!got[j].used) difference(r, "%s: extra: the render has a %s the golden lacks", got[j].path, kind_name(got[j].kind));
}

static size_t group_end(const Items *t, size_t i)
{
    size_t j = i;
    while (j < t->n && !strcmp(t->items[j].path, t->items[i].path)) j++;
    return j;
}

static void compare_items(Report *r, Items *want, Items *got)
{
    size_t i = 0, j = 0;
    while (i < want->n || j < got->n) {
        int c = i == want->n ? 1 : j == got->n ? -1 : strcmp(want->items[i].path, got->items[j].path);
        size_t ie = c <= 0 ? group_end(want, i) : i, je = c >= 0 ? group_end(got, j) : j;
        compare_group(r, want->items + i, ie - i, got->items + j, je - j);
        i = ie;
        j = je;
    }
}

static void compare_manifests(Report *r, const Manifest *want, const Manifest *got)
{
    if (!got->present) { difference(r, "MANIFEST: missing: the render has none"); return; }
    if (!want->present) return;
    size_t i = 0, j = 0;
    while (i < want->n || j < got->n) {
        int c = i == want->n ? 1 : j == got->n ? -1 : strcmp(want->lines[i], got->lines[j]);
        if (c < 0) difference(r, "MANIFEST: missing line: %s", want->lines[i]);
        else if (c > 0) difference(r, "MANIFEST: extra line: %s", got->lines[j]);
        const char *prev = c <= 0 ? want->lines[i] : got->lines[j];
        if (c <= 0) while (i < want->n && !strcmp(want->lines[i], prev)) i++;   /* a set: */
        if (c >= 0) while (j < got->n && !strcmp(got->lines[j], prev)) j++;     /* duplicates count once */
    }
}

/* ---- failing cases: the message block of expected-error.txt -------------------------------- */

static bool blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') return false;
    return true;
}

/* The lines of text stripped of leading and trailing blanks, empty ones left out, each
 * followed by '\n'. With block, also without the bare "error:" line and Nix's
 * "(use '--show-trace' ...)" hint, as README.md's rule 7 reads expected-error.txt. */
static const char *stripped_lines(const char *text, size_t len, bool block, size_t *out_len)
{
    Buf b = {0};
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - text) : len;
        size_t s = i, e = end;
        while (s < e && blank(text + s, 1)) s++;
        while (e > s && blank(text + e - 1, 1)) e--;
        bool skip = s == e || (block && ((e - s == 6 && !memcmp(text + s, "error:", 6)) ||
                                         (e - s >= 19 && !memcmp(text + s, "(use '--show-trace'", 19))));
        if (!skip) { buf_add(&b, text + s, e - s); buf_addc(&b, '\n'); }
        i = end + 1;
    }
    *out_len = b.len;
    return buf_cstr(&b);
}

static void compare_error(Report *r, const char *out, const RenderResult *res, const char *error_file)
{
    size_t len, want_len, got_len;
    const char *err = NULL;
    char *text = src_read_file(error_file, &len, &err);
    if (!text) { difference(r, "%s: %s", error_file, err); return; }
    const char *want = stripped_lines(text, len, true, &want_len);
    if (res->status == 0) difference(r, "the render succeeded; the golden expects it to fail");
    struct stat sb;
    if (lstat(out, &sb) == 0) difference(r, "the failed render left an output at %s", out);
    const char *got = stripped_lines(res->stderr_text, res->stderr_len, false, &got_len);
    /* joined with newlines, the block must occur in the stderr (its first and last line
     * may be parts of lines) */
    if (want_len && memmem(got, got_len, want, want_len - 1)) return;
    Buf d = {0};
    buf_adds(&d, "standard error lacks the golden's message block:\n");
    udiff(&d, want, want_len, got, got_len, "golden message block", "render's standard error (lines stripped)");
    difference(r, "%s", chomp(&d));
}

/* ---- what the golden is --------------------------------------------------------------------- */

typedef struct {
    const char *tree;           /* the expected tree (may not exist yet) */
    const char *error_file;     /* the expected-error.txt (may not exist yet) */
    bool expects_error;
    bool is_case;               /* a case directory: --accept may switch between the two */
} Golden;

static bool exists(const char *path) { struct stat sb; return lstat(path, &sb) == 0; }

static const char *in_dir(const char *dir, const char *name)
{
    Buf b = {0};
    buf_printf(&b, "%s/%s", dir, name);
    return buf_cstr(&b);
}

static const char *resolve_golden(const char *path, bool accept, Golden *g)
{
    memset(g, 0, sizeof *g);
    struct stat sb;
    if (stat(path, &sb) != 0) {
        if (!accept) return "no such golden";
        g->tree = path;
    } else if (!S_ISDIR(sb.st_mode)) {
        g->error_file = path;
        g->expects_error = true;
    } else if (exists(in_dir(path, "expected")) || exists(in_dir(path, "expected-error.txt")) ||
               exists(in_dir(path, "config.nix"))) {
        g->is_case = true;
        g->tree = in_dir(path, "expected");
        g->error_file = in_dir(path, "expected-error.txt");
        g->expects_error = exists(g->error_file);
        if (!accept && !g->expects_error && !exists(g->tree)) return "the case has neither expected/ nor expected-error.txt";
    } else g->tree = path;
    return NULL;
}

/* ---- --accept: the render becomes the golden ------------------------------------------------ */

/* MANIFEST's mode= for a file of the render, from the render's MANIFEST. */
static const char *manifest_mode(const Manifest *raw, const Item *it)
{
    Buf prefix = {0};
    buf_printf(&prefix, "file %s mode=", quote_name(it->path, strlen(it->path)));
    for (size_t i = 0; i < raw->n; i++)
        if (!strncmp(raw->lines[i], prefix.s, prefix.len)) return raw->lines[i] + prefix.len;
    if (mode_counts(it)) return executable(it) ? "0755" : "0644";
    return "symlink";
}

/* A word field (" user=", " group=") of the file's MANIFEST line as written, or dflt (NixOS's
 * owner "+0"): an accepted golden keeps the owners the render recorded. */
static const char *manifest_field(const Manifest *m, const Item *it, const char *key, const char *dflt)
{
    Buf prefix = {0};
    buf_printf(&prefix, "file %s ", quote_name(it->raw_path, strlen(it->raw_path)));
    for (size_t i = 0; m->raw && m->raw[i]; i++) {
        if (strncmp(m->raw[i], prefix.s, prefix.len)) continue;
        const char *f = strstr(m->raw[i] + prefix.len - 1, key);
        if (f) { f += strlen(key); return mem_strndup(f, strcspn(f, " ")); }
    }
    return dflt;
}

static TreeEntry *tree_entries(const Items *t, const Manifest *m)
{
    TreeEntry *e = mem_alloc(sizeof *e * (t->n + 1));
    for (size_t i = 0; i < t->n; i++) {
        const Item *it = &t->items[i];
        e[i] = (TreeEntry){ .kind = it->kind, .path = it->raw_path, .path_len = strlen(it->raw_path),
                            .source = TREE_CONTENT, .perm = it->perm };
        if (it->kind == TREE_LINK) { e[i].target = it->raw; e[i].target_len = it->raw_len; }
        else {
            e[i].data = it->raw; e[i].data_len = it->raw_len; e[i].mode = manifest_mode(m, it);
            e[i].user = manifest_field(m, it, " user=", "+0");
            e[i].group = manifest_field(m, it, " group=", "+0");
        }
    }
    return e;
}

static int trouble(const char *what, const char *detail)
{
    Buf b = {0};
    buf_printf(&b, "nixel compare: %s%s%s", what, detail ? ": " : "", detail ? detail : "");
    diag_emit("error", buf_cstr(&b));
    return TROUBLE;
}

/* Writes the tree beside the old one, then swaps them, so a failure keeps the old golden. */
static int accept_tree(const char *out, const Golden *g)
{
    Items t;
    Manifest m;
    const char *err = read_tree(out, &t);
    if (!err) err = read_manifest(out, &m);
    if (err) return trouble("cannot read the render", err);
    Buf fresh = {0}, old = {0};
    buf_printf(&fresh, "%s.nixel-new", g->tree);
    buf_printf(&old, "%s.nixel-old", g->tree);
    tree_remove(buf_cstr(&fresh));
    err = tree_write(buf_cstr(&fresh), tree_entries(&t, &m), t.n, true);
    if (err) return trouble("cannot write the golden", err);
    tree_remove(buf_cstr(&old));
    if ((exists(g->tree) && rename(g->tree, buf_cstr(&old)) != 0) || rename(buf_cstr(&fresh), g->tree) != 0)
        return trouble(g->tree, strerror(errno));
    tree_remove(buf_cstr(&old));
    if (g->is_case && tree_remove(g->error_file) != 0) return trouble(g->error_file, strerror(errno));
    return MATCH;
}

/* expected-error.txt holds the stderr without blank lines. */
static int accept_error(const RenderResult *res, const Golden *g)
{
    if (!g->error_file) return trouble("the render failed; a tree golden cannot take its error (give a case directory or an expected-error.txt)", NULL);
    Buf b = {0};
    for (size_t i = 0; i < res->stderr_len;) {
        const char *nl = memchr(res->stderr_text + i, '\n', res->stderr_len - i);
        size_t end = nl ? (size_t)(nl - res->stderr_text) : res->stderr_len;
        if (!blank(res->stderr_text + i, end - i)) { buf_add(&b, res->stderr_text + i, end - i); buf_addc(&b, '\n'); }
        i = end + 1;
    }
    FILE *f = fopen(g->error_file, "w");
    if (!f) return trouble(g->error_file, strerror(errno));
    bool ok = fwrite(b.s ? b.s : "", 1, b.len, f) == b.len;
    if (fclose(f) != 0 || !ok) return trouble(g->error_file, strerror(errno));
    if (g->is_case && tree_remove(g->tree) != 0) return trouble(g->tree, strerror(errno));
    return MATCH;
}

/* ---- comparing --------------------------------------------------------------------------- */

static void compare_tree(Report *r, const char *out, const RenderResult *res, const char *golden_tree)
{
    if (res->status != 0) { difference(r, "the render failed (exit status %d); the golden expects a tree", res->status); return; }
    Items want, got;
    Manifest want_m, got_m;
    const char *err = read_tree(golden_tree, &want);
    if (!err) err = read_manifest(golden_tree, &want_m);
    if (err) { difference(r, "cannot read the golden: %s", err); return; }
    if (!exists(out)) { difference(r, "no render at %s", out); return; }
    err = read_tree(out, &got);
    if (!err) err = read_manifest(out, &got_m);
    if (err) { difference(r, "cannot read the render: %s", err); return; }
    restore_links(&want, &want_m);
    compare_items(r, &want, &got);
    compare_manifests(r, &want_m, &got_m);
}

int compare_render(const char *out, const RenderResult *res, const char *golden, bool accept)
{
    Golden g;
    const char *err = resolve_golden(golden, accept, &g);
    if (err) return trouble(golden, err);
    Report r = {0};
    if (g.expects_error && (!accept || exists(g.error_file))) compare_error(&r, out, res, g.error_file);
    else if (!accept || exists(g.tree)) compare_tree(&r, out, res, g.tree);
    else r.count = 1;                                   /* a new golden */
    fflush(stdout);
    if (!r.count) return MATCH;
    if (!accept) {
        printf("%d difference%s from %s\n", r.count, r.count == 1 ? "" : "s", golden);
        return DIFFERENT;
    }
    int st = res->status == 0 ? accept_tree(out, &g) : accept_error(res, &g);
    if (st == MATCH) fprintf(stderr, "nixel compare: %s now holds the render\n", golden);
    return st;
}

/* ---- nixel render --compare: the render with its stderr recorded ------------------------- */

static const char *read_stream(FILE *f, size_t *len)
{
    Buf b = {0};
    char chunk[65536];
    size_t n;
    rewind(f);
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_add(&b, chunk, n);
    *len = b.len;
    return buf_cstr(&b);
}

int compare_run_render(RenderFn render, void *ctx, const char *out, const char *golden, bool accept)
{
    char *tmp = NULL;
    if (!out) {
        const char *dir = getenv("TMPDIR");
        Buf t = {0};
        buf_printf(&t, "%s/nixel-compare-XXXXXX", dir && *dir ? dir : "/tmp");
        tmp = (char *)buf_cstr(&t);
        if (!mkdtemp(tmp)) return trouble("cannot create a temporary directory", strerror(errno));
        out = in_dir(tmp, "render");
    }
    fflush(stderr);
    FILE *record = tmpfile();
    int saved = dup(STDERR_FILENO);
    if (!record || saved < 0 || dup2(fileno(record), STDERR_FILENO) < 0) return trouble("cannot record standard error", strerror(errno));
    RenderResult res = { render(ctx, out), NULL, 0 };
    fflush(stderr);
    dup2(saved, STDERR_FILENO);
    close(saved);
    res.stderr_text = read_stream(record, &res.stderr_len);
    fclose(record);
    fwrite(res.stderr_text, 1, res.stderr_len, stderr);
    int st = compare_render(out, &res, golden, accept);
    if (tmp) tree_remove(tmp);
    return st;
}

/* ---- nixel compare ------------------------------------------------------------------------ */

static int usage(const char *problem)
{
    Buf b = {0};
    buf_printf(&b, "%s\nusage: nixel compare [--accept] [--stderr FILE --status N] OUT GOLDEN", problem);
    diag_emit("error", buf_cstr(&b));
    return TROUBLE;
}

int compare_main(int argc, char **argv)
{
    const char *paths[2] = {0}, *stderr_file = NULL;
    int npaths = 0;
    bool accept = false;
    RenderResult res = { 0, "", 0 };
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--accept")) accept = true;
        else if (!strcmp(a, "--stderr") && i + 1 < argc) stderr_file = argv[++i];
        else if (!strcmp(a, "--status") && i + 1 < argc) res.status = atoi(argv[++i]);
        else if (a[0] == '-' && a[1]) {
            Buf b = {0};
            buf_printf(&b, "unrecognised flag '%s'", a);
            return usage(buf_cstr(&b));
        } else if (npaths == 2) return usage("nixel compare takes two directories, OUT and GOLDEN");
        else paths[npaths++] = a;
    }
    if (npaths != 2) return usage("nixel compare takes two directories, OUT and GOLDEN");
    if (stderr_file) {
        const char *err = NULL;
        res.stderr_text = src_read_file(stderr_file, &res.stderr_len, &err);
        if (!res.stderr_text) return trouble(stderr_file, err);
    }
    return compare_render(paths[0], &res, paths[1], accept);
}
