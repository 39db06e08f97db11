/* render.c: the command `nixel render`:
 *
 *   nixel render [--module FILE]... CONFIG.nix -o DIR [-I PATH]... [--show-trace]
 *   nixel render [--module FILE]... CONFIG.nix --json [--attr A.B] [-I PATH]... [--show-trace]
 *   nixel render [--module FILE]... CONFIG.nix --compare GOLDEN [--accept] [-o DIR] ...
 *
 * It evaluates `import modules/nixos/render.nix { modules; config; }` (the render plan:
 * what to write, as plain data), prints the configuration's warnings, forces the whole
 * plan, and only then writes the tree (tree.c), so an evaluation error never leaves a
 * partial output. DIR must not exist, unless --force is given and DIR is an earlier render
 * (only MANIFEST, etc/ and store/), which is then replaced in one rename. With --json it prints the evaluated configuration
 * (modules/nixos/config-json.nix) instead. With --compare it compares the render with a
 * golden (compare.h), rendering into a temporary directory unless -o is given.
 *
 * A render is restricted unless --impure is given: the configuration may read only files
 * under the directories of the modules, the configuration, the -I entries and nixel's own
 * modules (links resolved), no environment variable, not the clock, not the network
 * (builtins/restrict.h); this covers the files an etc entry copies (`source = /etc/shadow`).
 *
 * <nixpkgs> is nixel's own modules directory, found next to the executable, so that
 * <nixpkgs/lib> is nixel's lib; `-I nixpkgs=PATH` puts a real nixpkgs checkout first.
 * A seed module (--module) is parsed as if it stood in modules/nixos/modules/
 * virtualisation/, where nixpkgs keeps it, so its relative paths
 * (../../lib/eval-config.nix) resolve there; messages still name the real file. */
#include "builtins/builtins.h"
#include "render/compare.h"
#include "builtins/restrict.h"
#include "render/render.h"
#include "render/tree.h"
#include "render/unloaded.h"

#include "base/buf.h"
#include "base/diag.h"
#include "eval/eval.h"
#include "base/mem.h"
#include "eval/print.h"
#include "eval/teach.h"
#include "parser/source.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
    const char **modules;
    int nmodules;
    const char **includes;
    int nincludes;
    const char *config, *out, *attr;
    const char *compare;        /* --compare GOLDEN (compare.h) */
    bool json, show_trace, accept, impure, preserve_modes, force;
} RenderOptions;

/* ---- the command line ------------------------------------------------------------------ */

static int usage(const char *problem)
{
    Buf b = {0};
    buf_printf(&b, "%s\n"
        "usage: nixel render [--module FILE]... CONFIG.nix -o DIR [--force] [-I PATH]... [--impure] [--preserve-modes] [--show-trace]\n"
        "       nixel render [--module FILE]... CONFIG.nix --json [--attr A.B] [-I PATH]... [--impure]\n"
        "       nixel render [--module FILE]... CONFIG.nix --compare GOLDEN [--accept] [-o DIR]\n"
        "The configuration may read only files under the directories of CONFIG.nix, of the modules,\n"
        "of the -I entries and of nixel's own modules; no environment variable, clock or network.\n"
        "--impure lifts these restrictions. Files get their etc entry's mode without the setuid,\n"
        "setgid and world-writable bits (--preserve-modes keeps them), never more readable than\n"
        "a local file they copy; MANIFEST lists mode, permissions, user and group.", problem);
    diag_emit("error", buf_cstr(&b));
    return 1;
}

static int parse_args(RenderOptions *o, int argc, char **argv)
{
    memset(o, 0, sizeof *o);
    size_t n = sizeof(char *) * (size_t)(argc + 1);
    o->modules = mem_alloc(n);
    o->includes = mem_alloc(n);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has_value = i + 1 < argc;
        if (!strcmp(a, "--module") && has_value) o->modules[o->nmodules++] = argv[++i];
        else if (!strcmp(a, "-o") && has_value) o->out = argv[++i];
        else if (!strcmp(a, "--attr") && has_value) o->attr = argv[++i];
        else if (!strcmp(a, "--compare") && has_value) o->compare = argv[++i];
        else if (!strcmp(a, "--accept")) o->accept = true;
        else if (!strcmp(a, "-I") && has_value) o->includes[o->nincludes++] = argv[++i];
        else if (!strncmp(a, "-I", 2) && a[2]) o->includes[o->nincludes++] = a + 2;
        else if (!strcmp(a, "--json")) o->json = true;
        else if (!strcmp(a, "--show-trace")) o->show_trace = true;
        else if (!strcmp(a, "--impure")) o->impure = true;
        else if (!strcmp(a, "--preserve-modes")) o->preserve_modes = true;
        else if (!strcmp(a, "--force")) o->force = true;
        else if (a[0] == '-' && a[1]) {
            Buf b = {0};
            bool needs_value = !strcmp(a, "--module") || !strcmp(a, "-o") || !strcmp(a, "--attr") || !strcmp(a, "-I") || !strcmp(a, "--compare");
            buf_printf(&b, needs_value ? "flag '%s' requires 1 argument" : "unrecognised flag '%s'", a);
            return usage(buf_cstr(&b));
        } else if (o->config) return usage("nixel render takes one configuration file");
        else o->config = a;
    }
    if (!o->config) return usage("no configuration file given");
    if (o->json && o->out) return usage("--json prints the configuration; it takes no -o");
    if (!o->json && !o->out && !o->compare) return usage("no output directory given (-o DIR)");
    if (o->json && o->compare) return usage("--json prints the configuration; it cannot be compared with a golden");
    if (o->accept && !o->compare) return usage("--accept goes with --compare");
    if (o->attr && !o->json) return usage("--attr goes with --json");
    if (o->force && !o->out) return usage("--force goes with -o DIR");
    return 0;
}

/* ---- where nixel's modules are --------------------------------------------------------------- */


/* ---- building the call ------------------------------------------------------------------------ */

static void add_attr(AttrsBuilder *b, const char *name, Value *v)
{
    ab_add(b, sym_cstr(name), v, NO_POS);
}

static Value *attrs_value(AttrsBuilder *b)
{
    Value *v = val_alloc();
    set_attrs(v, ab_finish(b, false));
    return v;
}

static Value *list_of(Value **elems, uint32_t n)
{
    Value *v = val_alloc();
    set_list(v, elems, n);
    return v;
}

/* The seed module, parsed with virtual_dir as its directory, wrapped as
 * { _file = FILE; key = FILE; imports = [ <its value> ]; } so that the module system
 * names the real file, as it would for a module given by path. */
static Value *load_seed(State *st, const char *file, const char *virtual_dir)
{
    const char *path = src_abs_path(file, NULL);
    const char *err = NULL;
    size_t len;
    char *text = src_read_file(path, &len, &err);
    if (!text) eval_error(st, ERR_EVAL, NO_POS, "%s", err);
    Source *s = pos_add_source(ORIGIN_FILE, path, virtual_dir, text, (uint32_t)len);
    if (!s) eval_error(st, ERR_EVAL, NO_POS, "too much source code loaded");
    ParseError pe;
    Expr *e = src_parse_with(s, st->base_scope, &st->parse, &pe);
    if (!e) eval_error(st, ERR_PARSE, pe.pos, "%s", pe.msg);
    Value **imports = list_alloc(1);
    imports[0] = val_thunk(st->base_env, e);
    AttrsBuilder b;
    ab_init(&b, 3);
    add_attr(&b, "_file", val_cstring(path));
    add_attr(&b, "key", val_cstring(path));
    add_attr(&b, "imports", list_of(imports, 1));
    return attrs_value(&b);
}

/* Starts the arguments of modules/nixos/eval.nix: { modules = [ seeds ]; config = CONFIG; }
 * (no config when it is NULL); the caller adds its own and finishes. */
void render_host_args(State *st, AttrsBuilder *b, const char *const *modules, int nmodules,
                      const char *config_file, const char *modules_dir)
{
    Buf vdir = {0};
    buf_printf(&vdir, "%s/nixos/modules/virtualisation", modules_dir);
    Value **seeds = list_alloc((uint32_t)nmodules);
    for (int i = 0; i < nmodules; i++) seeds[i] = load_seed(st, modules[i], buf_cstr(&vdir));
    ab_init(b, 6);
    add_attr(b, "modules", list_of(seeds, (uint32_t)nmodules));
    if (!config_file) return;
    const char *config = src_abs_path(config_file, NULL);
    add_attr(b, "config", val_path(config, strlen(config)));
}

static Value *plan_args(State *st, const RenderOptions *o, const char *modules_dir)
{
    AttrsBuilder b;
    render_host_args(st, &b, o->modules, o->nmodules, o->config, modules_dir);
    if (o->json) add_attr(&b, "attr", val_cstring(o->attr ? o->attr : ""));
    return attrs_value(&b);
}

Value *render_call_nix_file(State *st, const char *modules_dir, const char *name, Value *args)
{
    Buf path = {0};
    buf_printf(&path, "%s/nixos/%s", modules_dir, name);
    Value *fn = val_alloc(), *out = val_alloc();
    eval_file(st, buf_cstr(&path), fn, NO_POS);
    call1(st, fn, args, out, NO_POS);
    return out;
}

/* The configuration as modules/nixos/eval.nix evaluates it (lib.evalModules' result), for the
 * REPL's :c: the same host modules, seed modules and configuration that render uses. */
Value *render_eval_configuration(State *st, const char *const *modules, int nmodules, const char *config)
{
    const char *modules_dir = eval_modules_dir();
    if (!modules_dir) eval_error(st, ERR_OTHER, NO_POS, "cannot find nixel's modules directory");
    RenderOptions o = { .modules = (const char **)modules, .nmodules = nmodules, .config = config };
    return render_call_nix_file(st, modules_dir, "eval.nix", plan_args(st, &o, modules_dir));
}

/* ---- reading the plan ------------------------------------------------------------------------- */

static Value *plan_attr(State *st, Value *set, const char *name)
{
    Attrs *a = force_attrs(st, set, NO_POS);
    return attrs_get(a, sym_cstr(name));
}

static const char *plan_string(State *st, Value *entry, const char *name, size_t *len)
{
    Value *v = plan_attr(st, entry, name);
    if (!v) eval_error(st, ERR_OTHER, NO_POS, "nixel render: an entry of the render plan has no '%s'", name);
    return force_string(st, v, NO_POS, len);
}

static void print_warnings(State *st, Value *plan)
{
    Value *w = plan_attr(st, plan, "warnings");
    if (!w) return;
    uint32_t n;
    Value **items = force_list(st, w, NO_POS, &n);
    for (uint32_t i = 0; i < n; i++) {
        size_t len;
        diag_emit("warning", force_string(st, items[i], NO_POS, &len));
    }
}

static unsigned parse_permissions(State *st, const char *path, const char *s, size_t len)
{
    bool ok = len == 3 || len == 4;
    for (size_t i = 0; i < len; i++) ok = ok && s[i] >= '0' && s[i] <= '7';
    if (!ok) eval_error(st, ERR_OTHER, NO_POS, "nixel render: %s: permissions '%s' are not 3 or 4 octal digits", path, s);
    return (unsigned)strtoul(s, NULL, 8);
}

/* Exactly one of content, json2toml, copyFrom. */
static void read_source(State *st, Value *entry, TreeEntry *t)
{
    static const char *names[] = { "content", "json2toml", "copyFrom" };
    static const TreeSource kinds[] = { TREE_CONTENT, TREE_JSON2TOML, TREE_COPY };
    int found = 0;
    for (int i = 0; i < 3; i++) {
        Value *v = plan_attr(st, entry, names[i]);
        if (!v) continue;
        found++;
        t->source = kinds[i];
        t->data = force_string(st, v, NO_POS, &t->data_len);
    }
    /* the tree writer reads the file: it must be one the evaluation may read */
    if (found == 1 && t->source == TREE_COPY && !memchr(t->data, 0, t->data_len)) {
        t->data = restrict_check_path(st, t->data);
        t->data_len = strlen(t->data);
    }
    if (found != 1)
        eval_error(st, ERR_OTHER, NO_POS, "nixel render: %s: the render plan gives %s of content, json2toml and copyFrom",
                   t->path, found ? "more than one" : "none");
}

static void read_entry(State *st, Value *entry, const char *prefix, TreeEntry *t)
{
    t->path = plan_string(st, entry, "path", &t->path_len);
    if (strncmp(t->path, prefix, strlen(prefix)) != 0)
        eval_error(st, ERR_OTHER, NO_POS, "nixel render: the render plan puts '%s' in its %.*s list",
                   t->path, (int)strlen(prefix) - 1, prefix);
    size_t len;
    const char *kind = plan_string(st, entry, "kind", &len);
    if (!strcmp(kind, "link")) {
        t->kind = TREE_LINK;
        t->target = plan_string(st, entry, "target", &t->target_len);
        return;
    }
    if (strcmp(kind, "file") != 0)
        eval_error(st, ERR_OTHER, NO_POS, "nixel render: %s: unknown kind '%s' in the render plan", t->path, kind);
    t->kind = TREE_FILE;
    t->user = plan_string(st, entry, "user", &len);
    t->group = plan_string(st, entry, "group", &len);
    if (prefix[0] == 's') {
        Value *x = plan_attr(st, entry, "executable");
        bool executable = x && force_bool(st, x, NO_POS);
        t->perm = executable ? 0755 : 0644;
        t->mode = executable ? "0755" : "0644";
    } else {
        t->mode = plan_string(st, entry, "mode", &len);
        const char *perm = plan_string(st, entry, "permissions", &len);
        t->perm = parse_permissions(st, t->path, perm, len);
    }
    read_source(st, entry, t);
}

/* Appends the entries of plan.<name> (forced completely) to *entries. */
static void read_entries(State *st, Value *plan, const char *name, TreeEntry **entries, size_t *n)
{
    Value *list = plan_attr(st, plan, name);
    if (!list) eval_error(st, ERR_OTHER, NO_POS, "nixel render: the render plan has no '%s'", name);
    force_deep(st, list);
    uint32_t k;
    Value **items = force_list(st, list, NO_POS, &k);
    TreeEntry *all = mem_alloc((*n + k + 1) * sizeof *all);
    if (*n) memcpy(all, *entries, *n * sizeof *all);
    Buf prefix = {0};
    buf_printf(&prefix, "%s/", name);
    for (uint32_t i = 0; i < k; i++) read_entry(st, items[i], buf_cstr(&prefix), &all[*n + i]);
    *entries = all;
    *n += k;
}

/* ---- running ---------------------------------------------------------------------------------- */

/* The state of a command that evaluates a host; when `restricted` is given (nixel render
 * without --impure), the evaluation may read only under the directories of its configuration
 * and modules (the -I entries and nixel's modules are allowed as they are added). */
static State *new_host_state(const char *const *includes, int nincludes, bool show_trace,
                             const char *modules_dir, const RenderOptions *restricted)
{
    State *st = eval_new_state();
    st->show_trace = show_trace;
    st->read_write = st->newer_builtins = true;   /* for today's code */
    st->write_store = false;    /* a render writes under its output directory only, whatever NIXEL_WRITE_STORE says */
    if (restricted) {
        const RenderOptions *o = restricted;
        restrict_set_mode(st, ACCESS_RENDER);
        restrict_allow_path(st, src_dir_of(src_abs_path(o->config, NULL)));
        for (int i = 0; i < o->nmodules; i++) restrict_allow_path(st, src_dir_of(src_abs_path(o->modules[i], NULL)));
    }
    for (int i = 0; i < nincludes; i++) eval_add_search_path(st, includes[i]);
    Buf np = {0};
    buf_printf(&np, "nixpkgs=%s", modules_dir);
    eval_add_search_path(st, buf_cstr(&np));
    eval_init_base_env(st);
    return st;
}

State *render_new_state(const char *const *includes, int nincludes, bool show_trace, const char *modules_dir)
{
    return new_host_state(includes, nincludes, show_trace, modules_dir, NULL);
}

State *render_new_restricted_state(const char *const *includes, int nincludes, bool show_trace, const char *modules_dir,
                                   const char *config, const char **modules, int nmodules)
{
    /* without a configuration, nixel's modules directory stands in for its directory */
    Buf lib = {0};
    buf_printf(&lib, "%s/lib", modules_dir);
    RenderOptions o = { .modules = modules, .nmodules = nmodules, .config = config ? config : buf_cstr(&lib) };
    return new_host_state(includes, nincludes, show_trace, modules_dir, &o);
}

/* The first line of the error that evaluating v raises (it does raise one: tryEval failed on it). */
static const char *error_of(State *st, Value *v)
{
    EvalError saved = st->err;
    Buf b = {0};
    Handler h;
    if (EVAL_TRY(st, &h)) {
        force_deep(st, v);
        eval_pop_handler(st, &h);
        buf_adds(&b, "its evaluation throws");
    } else {
        eval_unwind_to(st, &h);
        buf_add(&b, st->err.msg, strcspn(st->err.msg, "\n"));
    }
    st->err = saved;
    return buf_cstr(&b);
}

/* An attribute left out of the JSON (or a list element given as null) because its evaluation
 * throws is said so on stderr, with the error, rather than silently missing. */
static void report_dropped(State *st, Value *dropped)
{
    uint32_t n;
    Value **items = force_list(st, dropped, NO_POS, &n);
    for (uint32_t i = 0; i < n; i++) {
        size_t len;
        const char *path = plan_string(st, items[i], "path", &len);
        bool element = len && path[len - 1] == ']';
        Buf b = {0};
        buf_printf(&b, "nixel render --json: `%s' %s, as its evaluation fails: %s", path,
                   element ? "is null in the JSON" : "is left out of the JSON",
                   error_of(st, plan_attr(st, items[i], "value")));
        diag_emit("warning", buf_cstr(&b));
    }
}

static void print_config_json(State *st, const RenderOptions *o, const char *modules_dir)
{
    Value *v = render_call_nix_file(st, modules_dir, "config-json.nix", plan_args(st, o, modules_dir));
    Value *json = plan_attr(st, v, "json"), *dropped = plan_attr(st, v, "dropped");
    if (!json || !dropped) eval_error(st, ERR_OTHER, NO_POS, "nixel render: config-json.nix gives no 'json' or no 'dropped'");
    Buf out = {0};
    Context *ctx = NULL;
    print_json(st, &out, json, true, NO_POS, &ctx);
    buf_addc(&out, '\n');
    report_dropped(st, dropped);
    fwrite(out.s, 1, out.len, stdout);
}

/* Evaluates the plan completely; the tree is written only after this returns. */
static void evaluate_plan(State *st, const RenderOptions *o, const char *modules_dir,
                          TreeEntry **entries, size_t *n)
{
    Value *plan = render_call_nix_file(st, modules_dir, "render.nix", plan_args(st, o, modules_dir));
    print_warnings(st, plan);
    read_entries(st, plan, "etc", entries, n);
    read_entries(st, plan, "store", entries, n);
}

static int fail(const char *message)
{
    Buf b = {0};
    buf_printf(&b, "nixel render: %s", message);
    diag_emit("error", buf_cstr(&b));
    return 1;
}

/* For the hints of an error: the host's option tree (modules/nixos/eval.nix's `options`). */
typedef struct { const RenderOptions *o; const char *modules_dir; } HostArgs;

static Value *host_options(State *st, void *data)
{
    const HostArgs *a = data;
    Value *host = render_call_nix_file(st, a->modules_dir, "eval.nix", plan_args(st, a->o, a->modules_dir));
    return plan_attr(st, host, "options");
}

/* Runs the evaluation under one handler: any error is printed for people (eval/teach.h).
 * Returns false after an error. */
static bool evaluate(State *st, const RenderOptions *o, const char *modules_dir,
                     TreeEntry **entries, size_t *n)
{
    Handler h;
    if (!EVAL_TRY(st, &h)) {
        eval_unwind_to(st, &h);
        fflush(stdout);
        HostArgs args = { o, modules_dir };
        teach_report_error(st, &st->err, &(TeachHelp){ host_options, &args, unloaded_module_hint });
        return false;
    }
    if (o->json) print_config_json(st, o, modules_dir);
    else evaluate_plan(st, o, modules_dir, entries, n);
    eval_pop_handler(st, &h);
    return true;
}

/* The name of the store object holding a store/ entry: its second path component. */
static size_t store_object_len(const TreeEntry *e)
{
    const char *slash = memchr(e->path + 6, '/', e->path_len - 6);
    return slash ? (size_t)(slash - e->path) : e->path_len;
}

static int store_object_cmp(const void *x, const void *y)
{
    const TreeEntry *a = *(const TreeEntry *const *)x, *b = *(const TreeEntry *const *)y;
    size_t la = store_object_len(a), lb = store_object_len(b);
    int c = memcmp(a->path, b->path, la < lb ? la : lb);
    return c ? c : (la > lb) - (la < lb);
}

/* One line on stderr after a successful write, since stdout stays empty for scripts:
 * etc files, etc links and distinct store objects, as MANIFEST lists them. */
static void print_summary(const TreeEntry *entries, size_t n, const char *out)
{
    size_t files = 0, links = 0, nstore = 0, objects = 0;
    const TreeEntry **store = mem_alloc((n + 1) * sizeof *store);
    for (size_t i = 0; i < n; i++) {
        if (entries[i].path[0] == 's') store[nstore++] = &entries[i];
        else if (entries[i].kind == TREE_FILE) files++;
        else links++;
    }
    qsort(store, nstore, sizeof *store, store_object_cmp);
    for (size_t i = 0; i < nstore; i++) objects += i == 0 || store_object_cmp(&store[i - 1], &store[i]) != 0;
    fprintf(stderr, "nixel render: wrote %zu file%s, %zu link%s and %zu store object%s to %s\n",
            files, files == 1 ? "" : "s", links, links == 1 ? "" : "s", objects, objects == 1 ? "" : "s", out);
}

/* Renders into out (o->out when not comparing); a RenderFn for compare_run_render. */
static int render_into(void *options, const char *out)
{
    RenderOptions o = *(RenderOptions *)options;
    o.out = out;
    const char *modules_dir = eval_modules_dir();
    if (!modules_dir) return fail("cannot find nixel's modules directory (../modules or ../share/nixel/modules next to the executable, or $NIXEL_MODULES)");
    /* refused before the evaluation, which may take long; tree.c checks again */
    struct stat sb;
    if (o.out && o.force) {
        const char *why = tree_check_replaceable(o.out);
        if (why) return fail(why);
    } else if (o.out && lstat(o.out, &sb) == 0) {
        Buf b = {0};
        buf_printf(&b, "the output directory '%s' already exists (--force replaces an earlier render)", o.out);
        return fail(buf_cstr(&b));
    }
    State *st = new_host_state(o.includes, o.nincludes, o.show_trace, modules_dir, o.impure ? NULL : &o);
    TreeEntry *entries = NULL;
    size_t n = 0;
    if (!evaluate(st, &o, modules_dir, &entries, &n)) return 1;
    if (o.json) return 0;
    const char *err = (o.force ? tree_replace : tree_write)(o.out, entries, n, o.preserve_modes);
    if (err) return fail(err);
    /* a temporary directory of --compare is gone when the command ends: not worth naming */
    if (((RenderOptions *)options)->out) print_summary(entries, n, o.out);
    return 0;
}

int render_main(int argc, char **argv)
{
    RenderOptions o;
    int status = parse_args(&o, argc, argv);
    if (status) return status;
    if (o.compare) return compare_run_render(render_into, &o, o.out, o.compare, o.accept);
    return render_into(&o, o.out);
}
