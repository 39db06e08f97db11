/* teach.c: errors for people (teach.h). The message block is Nix 2.8's (eval_format_message);
 * the notes after it are worked out here, after the error, from what the error recorded: its
 * message, its trace, and for an infinite recursion the thunks it was forcing. Names and
 * positions of bindings come from parsing the source again: a source keeps its position
 * range, so the new tree has the very positions the evaluated one had. */
#include "eval/teach.h"
#include "base/diag.h"
#include "base/mem.h"
#include "base/suggest.h"
#include "eval/print.h"
#include "parser/bindings.h"
#include "parser/show.h"
#include "parser/source.h"

#include <string.h>

/* Innermost trace frames a summary shows as they are, and the most lines it has; the most
 * steps of a cycle shown, and looked up; the most names listed. */
enum { SUMMARY_INNER = 3, SUMMARY_MAX = 24, CYCLE_MAX = 16, CYCLE_LOOKS = 256, LIST_MAX = 12 };

/* ---- where code comes from: the user's, or the library's ----------------------------------- */

static bool under_dir(const char *path, const char *dir)
{
    size_t n = strlen(dir);
    while (n && dir[n - 1] == '/') n--;
    return n && !strncmp(path, dir, n) && path[n] == '/';
}

/* nixel's own Nix code (modules/: the lib and the host modules) and the nixpkgs the search
 * path names (-I nixpkgs=PATH) are the library; everything else is the user's. */
static bool in_library(const State *st, Pos p)
{
    const Source *s = pos_source(p);
    if (!s || !s->path) return false;
    const char *modules = eval_modules_dir();
    if (modules && under_dir(s->path, modules)) return true;
    for (size_t i = 0; i < st->nsearch_path; i++)
        if (!strcmp(st->search_path[i].prefix, "nixpkgs")
            && under_dir(s->path, src_abs_path(st->search_path[i].path, NULL))) return true;
    return false;
}

/* A source of the user's: not the library's, nor one of nixel's built-in files (//builtin/). */
static bool users_source(const State *st, const Source *src)
{
    return !in_library(st, src->base) && !(src->path && !strncmp(src->path, "//", 2));
}

static const char *pos_text(Pos p)
{
    char at[4096];
    pos_format_plain(at, sizeof at, p);
    return mem_strndup(at, strlen(at));
}

/* ---- bindings in the sources ------------------------------------------------------------------ */

/* The tree of a source, parsed again (once per report; a handful of sources at most). */
typedef struct { const Source *src; Expr *root; } Parsed;
typedef struct { State *st; Parsed items[16]; size_t n; } ParseCache;

static Expr *parse_again(ParseCache *c, const Source *src)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->items[i].src == src) return c->items[i].root;
    ParseError pe;
    Expr *root = src ? src_parse(src, c->st->base_scope, &pe) : NULL;
    if (c->n < sizeof c->items / sizeof c->items[0]) c->items[c->n++] = (Parsed){ src, root };
    return root;
}

/* The binding whose value is e (a thunk's expression). */
static bool find_binding_of(ParseCache *c, const Expr *e, Binding *out)
{
    Expr *root = parse_again(c, pos_source(e->pos));
    return root && bindings_find_value(root, e, out);
}

/* What a source defines of an option: its definitions, or else the deepest set above it. */
typedef struct { Binding exact[8], deepest; size_t nexact; } Defs;

static bool find_definition_in(State *st, const Source *src, const char *option, Defs *d)
{
    ParseCache c = { .st = st };
    Expr *root = parse_again(&c, src);
    *d = (Defs){0};
    if (root) d->nexact = bindings_at_path(root, option, d->exact, 8, &d->deepest);
    return d->deepest.path != NULL;
}

/* The same in the file a message names. A module given as a value rather than a path has no
 * file (`<unknown-file>'): then every source of the user's that defines the option is
 * searched, and the first with a definition of it is taken. */
static bool find_definition(State *st, const char *file, const char *option, Defs *d)
{
    const Source *src;
    if (file[0] == '/') { /* the text evaluated, if it is loaded (the file may have changed) */
        for (uint32_t i = 0; (src = pos_source_at(i)); i++)
            if (src->path && !strcmp(src->path, file)) return find_definition_in(st, src, option, d);
        const char *err = NULL;
        src = src_load_file(NULL, file, &err);
        return src && find_definition_in(st, src, option, d);
    }
    for (uint32_t i = 0; (src = pos_source_at(i)); i++) {
        if (!users_source(st, src)) continue;
        if (find_definition_in(st, src, option, d) && d->nexact) return true;
    }
    return false;
}

/* ---- the notes ----------------------------------------------------------------------------- */

/* A step of a cycle: the binding's path and position. */
typedef struct { const char *name; Pos pos; } Step;

/* The repeat may come through a binding that only names another (`c = a;`): such a binding
 * shares the thunk it names, so it is on no stack; the error's position is the variable. */
static bool alias_step(ParseCache *c, Pos at, const char *first, Step *out)
{
    if (in_library(c->st, at)) return false; /* the library's names are not the user's steps */
    Expr *root = parse_again(c, pos_source(at));
    if (!root) return false;
    /* the variable at the error's position */
    Buf text = {0};
    LineCol lc = pos_linecol(at);
    if (!lc.src) return false;
    const char *s = lc.src->text + (at - lc.src->base), *e = s;
    while (*e == '_' || *e == '\'' || *e == '-' || (*e >= '0' && *e <= '9') || ((*e | 32) >= 'a' && (*e | 32) <= 'z')) e++;
    buf_add(&text, s, (size_t)(e - s));
    const char *name = buf_cstr(&text);
    const char *tail = strrchr(first, '.');
    if (!*name || !strcmp(name, tail ? tail + 1 : first)) return false;
    Binding alias;
    if (bindings_aliases(root, name, &alias) != 1) return false; /* none, or several: which one? */
    *out = (Step){ alias.path, alias.def->pos };
    return true;
}

/* The cycle of an infinite recursion: each binding of the user's code on it, in the order
 * they were entered, back to the first. Steps inside the library are left out when the cycle
 * goes through the user's code at all. */
static void note_cycle(State *st, Buf *b, const EvalError *err)
{
    if (!err->ncycle) return;
    ParseCache cache = { .st = st };
    size_t nuser = 0;
    for (size_t i = 0; i < err->ncycle; i++) nuser += !in_library(st, err->cycle[i]->pos);
    Step steps[CYCLE_MAX + 1];
    size_t n = 0, looked = 0;
    /* each look walks a whole tree: a deep cycle of unnamed steps is not searched to its end */
    for (size_t i = 0; i < err->ncycle && n < CYCLE_MAX && looked < CYCLE_LOOKS; i++) {
        const Expr *e = err->cycle[i];
        if (nuser && in_library(st, e->pos)) continue;
        looked++;
        Binding found;
        if (!find_binding_of(&cache, e, &found)) continue;
        Step s = { found.path, found.def->pos };
        if (n && !strcmp(s.name, steps[n - 1].name) && s.pos == steps[n - 1].pos) continue;
        steps[n++] = s;
    }
    if (!n) return;
    if (alias_step(&cache, err->pos, steps[0].name, &steps[n])) n++;
    size_t width = 0;
    for (size_t i = 0; i < n; i++) if (strlen(steps[i].name) > width) width = strlen(steps[i].name);
    buf_adds(b, "\nThe value needs itself. The cycle, from where it was first needed:\n");
    for (size_t i = 0; i < n; i++)
        buf_printf(b, "%s %-*s  at %s\n", i ? "->" : "  ", (int)width, steps[i].name, pos_text(steps[i].pos));
    if (n > 1) buf_printf(b, "-> %s  (again)\n", steps[0].name);
    else buf_printf(b, "   (%s needs its own value)\n", steps[0].name);
}

/* Matches msg against a pattern whose '%' capture text up to what follows them; the
 * pattern may match a prefix of msg only. */
static bool match_message(const char *msg, const char *pattern, const char **caps)
{
    int k = 0;
    while (*pattern) {
        if (*pattern != '%') {
            if (*msg++ != *pattern++) return false;
            continue;
        }
        pattern++;
        const char *lit_end = strchr(pattern, '%');
        size_t lit = lit_end ? (size_t)(lit_end - pattern) : strlen(pattern);
        const char *end = lit ? memmem(msg, strlen(msg), pattern, lit) : msg + strlen(msg);
        if (!end) return false;
        caps[k++] = mem_strndup(msg, (size_t)(end - msg));
        msg = end;
    }
    return true;
}

/* "a string", "a set"... for a literal; NULL where only evaluation would tell. */
static const char *literal_type(const Expr *e)
{
    switch ((ExprKind)e->kind) {
    case E_INT: return "an integer";
    case E_FLOAT: return "a float";
    case E_STR: return "a string";
    case E_CONCAT_STRINGS: return ((const ExprConcat *)e)->force_string ? "a string" : NULL;
    case E_PATH: return "a path";
    case E_ATTRS: return "a set";
    case E_LIST: return "a list";
    case E_LAMBDA: return "a function";
    case E_VAR: {
        const char *n = sym_str(((const ExprVar *)e)->name);
        if (!strcmp(n, "true") || !strcmp(n, "false")) return "a Boolean";
        return !strcmp(n, "null") ? "null" : NULL;
    }
    default: return NULL;
    }
}

/* The expression, shallow: sets and lists as { ... } and [ ... ], long text cut. */
static const char *shallow_text(const Expr *e)
{
    if (e->kind == E_ATTRS) return ((const ExprAttrs *)e)->n || ((const ExprAttrs *)e)->ndyn ? "{ ... }" : "{ }";
    if (e->kind == E_LIST) return ((const ExprList *)e)->n ? "[ ... ]" : "[ ]";
    Buf b = {0};
    show_expr(&b, e);
    if (b.len > 60) { b.len = 57; buf_adds(&b, "..."); }
    return buf_cstr(&b);
}

static void note_definition(Buf *b, const Defs *def)
{
    if (!def->nexact) {
        buf_adds(b, "\nThe definition is in this set:\n");
        diag_add_excerpt(b, def->deepest.def->pos);
        return;
    }
    buf_printf(b, "\nThe definition%s:\n", def->nexact > 1 ? "s" : "");
    for (size_t i = 0; i < def->nexact; i++) diag_add_excerpt(b, def->exact[i].def->pos);
}

/* ---- the option tree: names for "did you mean" ----------------------------------------------- */

static bool is_option(State *st, Attrs *a)
{
    Value *t = attrs_get(a, sym_cstr("_type"));
    if (!t) return false;
    force(st, t, NO_POS);
    return t->type == T_STRING && !strcmp(t->str.s, "option");
}

/* The options declared inside an option of a submodule type (attrsOf (submodule ...) takes
 * one more name, the attribute's, first). */
static Value *sub_options(State *st, Attrs *opt, bool *takes_name)
{
    Value *type = attrs_get(opt, sym_cstr("type"));
    if (!type) return NULL;
    Attrs *t = force_attrs(st, type, NO_POS);
    Value *name = attrs_get(t, st->s_name), *get = attrs_get(t, sym_cstr("getSubOptions"));
    if (!name || !get) return NULL;
    const char *n = force_string(st, name, NO_POS, NULL);
    *takes_name = !strcmp(n, "attrsOf") || !strcmp(n, "loaOf") || !strcmp(n, "listOf") || !strcmp(n, "lazyAttrsOf");
    Value *empty = val_alloc(), *out = val_alloc();
    set_list(empty, list_alloc(0), 0);
    call1(st, get, empty, out, NO_POS);
    force(st, out, NO_POS);
    return out->type == T_ATTRS ? out : NULL;
}

static int split_option(const char *option, const char **parts, int max)
{
    int n = 0;
    const char *s = option;
    while (*s && n < max) {
        const char *dot = strchr(s, '.');
        size_t len = dot ? (size_t)(dot - s) : strlen(s);
        parts[n++] = mem_strndup(s, len);
        if (!dot) break;
        s = dot + 1;
    }
    return n;
}

/* Names the options at the level where `option` stops existing: full paths with the rest of
 * the query after them, so that the distance is that of the one name that differs. */
static void note_close_options(State *st, Buf *b, const char *option, Value *options)
{
    const char *parts[64];
    int n = split_option(option, parts, 64), k = 0;
    Buf prefix = {0};
    Value *level = options;
    Attrs *a = NULL;
    for (; k < n; k++) {
        a = force_attrs(st, level, NO_POS);
        if (is_option(st, a)) {
            bool takes_name = false;
            level = sub_options(st, a, &takes_name);
            if (!level) return;
            if (takes_name) { buf_printf(&prefix, "%s.", parts[k]); k++; }
            if (k >= n) return;
            a = force_attrs(st, level, NO_POS);
        }
        Value *next = attrs_get(a, sym_cstr(parts[k]));
        if (!next) break;
        buf_printf(&prefix, "%s.", parts[k]);
        level = next;
    }
    if (k >= n || !a) return;
    Buf rest = {0};
    for (int i = k + 1; i < n; i++) buf_printf(&rest, ".%s", parts[i]);
    const char **names = mem_alloc((a->n + 1) * sizeof *names);
    uint32_t *order = attrs_by_name(a);
    size_t nn = 0;
    for (uint32_t i = 0; i < a->n; i++) {
        const char *name = sym_str(a->a[order[i]].name);
        if (name[0] == '_') continue; /* _module and the like */
        Buf full = {0};
        buf_printf(&full, "`%s%s%s'", buf_cstr(&prefix), name, buf_cstr(&rest));
        names[nn++] = buf_cstr(&full);
    }
    Buf query = {0};
    buf_printf(&query, "`%s'", option); /* quoted like the names: the distance is the same */
    const char *close = suggest(buf_cstr(&query), names, nn);
    if (close) { buf_printf(b, "\nDid you mean %s?\n", close); return; }
    if (!prefix.len) { buf_printf(b, "\nNo option `%s' is declared, nor anything close to it.\n", parts[0]); return; }
    prefix.s[--prefix.len] = 0;
    buf_printf(b, "\nThe options declared under `%s' are:", buf_cstr(&prefix));
    for (size_t i = 0; i < nn && i < LIST_MAX; i++) {
        const char *name = names[i] + 1 + prefix.len + 1; /* after "`prefix." */
        buf_printf(b, " %.*s%s", (int)(strlen(name) - strlen(buf_cstr(&rest)) - 1), name,
                   i + 1 < nn && i + 1 < LIST_MAX ? "," : nn > LIST_MAX ? ", ..." : ".");
    }
    buf_addc(b, '\n');
}

/* A value, shallow: scalars as Nix prints them, sets by their first names, lists by length. */
static void show_shallow(State *st, Buf *b, Value *v)
{
    force(st, v, NO_POS);
    if (v->type == T_ATTRS) {
        uint32_t *order = attrs_by_name(v->attrs);
        buf_adds(b, "{ ");
        for (uint32_t i = 0; i < v->attrs->n && i < 4; i++)
            buf_printf(b, "%s = ...; ", sym_str(v->attrs->a[order[i]].name));
        buf_adds(b, v->attrs->n > 4 ? "... }" : "}");
    } else if (v->type == T_LIST) {
        if (v->len) buf_printf(b, "[ ... ] (a list of %u element%s)", v->len, v->len == 1 ? "" : "s");
        else buf_adds(b, "[ ] (an empty list)");
        return;
    } else if (v->type == T_LAMBDA || v->type == T_PRIMOP || v->type == T_PRIMOP_APP) {
        buf_adds(b, "a function");
        return;
    } else {
        Buf text = {0};
        print_value(st, &text, v);
        if (text.len > 60) { text.len = 57; buf_adds(&text, "..."); }
        buf_adds(b, buf_cstr(&text));
    }
    buf_printf(b, " (%s)", show_type(v));
}

/* The value the file gives an option, from the option tree (`definitions`, after mkIf and
 * the like, beside `files`). Options inside a submodule are not in the tree: nothing then. */
/* The option itself in the tree, or NULL (an option inside a submodule is not there). */
static Attrs *find_option(State *st, Value *options, const char *option)
{
    const char *parts[64];
    int n = split_option(option, parts, 64);
    Value *level = options;
    for (int k = 0; k < n; k++) {
        Attrs *a = force_attrs(st, level, NO_POS);
        if (is_option(st, a) || !(level = attrs_get(a, sym_cstr(parts[k])))) return NULL;
    }
    Attrs *opt = force_attrs(st, level, NO_POS);
    return is_option(st, opt) ? opt : NULL;
}

static void note_defined_value(State *st, Buf *b, const char *option, const char *file, Value *options)
{
    Attrs *opt = find_option(st, options, option);
    Value *defs = opt ? attrs_get(opt, sym_cstr("definitions")) : NULL, *files = opt ? attrs_get(opt, sym_cstr("files")) : NULL;
    if (!defs || !files) return;
    uint32_t nd, nf;
    Value **d = force_list(st, defs, NO_POS, &nd), **f = force_list(st, files, NO_POS, &nf);
    for (uint32_t i = 0; i < nd && i < nf; i++) {
        if (strcmp(force_string(st, f[i], NO_POS, NULL), file)) continue;
        buf_adds(b, "\nIt is ");
        show_shallow(st, b, d[i]);
        buf_adds(b, ", where the option's type is `");
        return;
    }
}

/* The declaration of an option in a file (any of the user's with "<unknown-file>"), shown. */
static bool note_declared_at(State *st, Buf *b, const char *file, const char *option)
{
    Buf where = {0};
    buf_printf(&where, "options.%s", option);
    Defs d;
    if (!find_definition(st, file, buf_cstr(&where), &d) || !d.nexact) return false;
    buf_adds(b, "\nIt is declared here:\n");
    diag_add_excerpt(b, d.exact[0].def->pos);
    return true;
}

/* Where an option that has no value is declared, and what it is for. */
static void note_declaration(State *st, Buf *b, const char *option, const char *file, Value *options)
{
    Attrs *opt = find_option(st, options, option);
    Value *decls = opt ? attrs_get(opt, sym_cstr("declarations")) : NULL;
    if (!decls) return;
    uint32_t n;
    Value **d = force_list(st, decls, NO_POS, &n);
    for (uint32_t i = 0; i < n; i++) {
        const char *f = force_string(st, d[i], NO_POS, NULL);
        if (!note_declared_at(st, b, f, option)) buf_printf(b, "\nIt is declared in `%s'.\n", f);
    }
    Value *desc = attrs_get(opt, st->s_description);
    if (desc) force(st, desc, NO_POS);
    if (desc && desc->type == T_STRING)
        buf_printf(b, "\nIts description: %.*s%s\n", desc->len > 200 ? 197 : (int)desc->len, desc->str.s,
                   desc->len > 200 ? "..." : "");
}

typedef void OptionsNote(State *st, Buf *b, const char *option, const char *file, Value *options);

/* Runs a note that reads the option tree under a handler of its own: a failure there only
 * costs the note. False if there is no option tree to look in. */
static bool with_options(State *st, Buf *b, const TeachHelp *help, OptionsNote *note,
                         const char *option, const char *file)
{
    if (!help || !help->options) return false;
    EvalError saved = st->err;
    Buf text = {0};
    Handler h;
    if (EVAL_TRY(st, &h)) {
        Value *options = help->options(st, help->data);
        if (options) note(st, &text, option, file, options);
        eval_pop_handler(st, &h);
        buf_add(b, text.s ? text.s : "", text.len);
    } else {
        eval_unwind_to(st, &h);
    }
    st->err = saved;
    return true;
}

static void note_close_options_tree(State *st, Buf *b, const char *option, const char *file, Value *options)
{
    note_close_options(st, b, option, options);
}

/* Without an option tree (nixel eval), the names the user's own sources declare under
 * `options.` are the candidates: modules given inline declare their options there. */
static void note_declared_in_sources(State *st, Buf *b, const char *option)
{
    enum { MAX_DECLS = 256 };
    const char **names = mem_alloc(MAX_DECLS * sizeof *names);
    size_t n = 0;
    const Source *src;
    for (uint32_t i = 0; (src = pos_source_at(i)); i++) {
        if (!users_source(st, src)) continue;
        ParseCache c = { .st = st };
        Expr *root = parse_again(&c, src);
        if (root) bindings_under(root, "options.", names, &n, MAX_DECLS);
    }
    for (size_t i = 0; i < n; i++) { /* quoted like the query: the distances stay the same */
        Buf q = {0};
        buf_printf(&q, "`%s'", names[i]);
        names[i] = buf_cstr(&q);
    }
    Buf query = {0};
    buf_printf(&query, "`%s'", option);
    const char *close = suggest(buf_cstr(&query), names, n);
    if (close) buf_printf(b, "\nDid you mean %s?\n", close);
}

/* Both definitions of an option that takes one value (two in one file, or one in each). */
static void note_conflict(State *st, Buf *b, const char *option, const char *file1, const char *file2)
{
    Defs d1, d2;
    bool one_file = !strcmp(file1, file2);
    if (!find_definition(st, file1, option, &d1)) return;
    if (!one_file && !find_definition(st, file2, option, &d2)) return;
    size_t n = 0;
    Pos defs[16];
    for (size_t i = 0; i < d1.nexact; i++) defs[n++] = d1.exact[i].def->pos;
    for (size_t i = 0; !one_file && i < d2.nexact; i++) defs[n++] = d2.exact[i].def->pos;
    if (!n) return;
    buf_printf(b, "\nThe definitions:\n");
    for (size_t i = 0; i < n; i++) diag_add_excerpt(b, defs[i]);
    buf_adds(b, "\nThe option takes one value: remove all but one definition, or give one a higher\n"
                "priority (lib.mkForce) or the others a lower one (lib.mkDefault).\n");
}

static void note_options(State *st, Buf *b, const EvalError *err, const TeachHelp *help)
{
    const char *c[3];
    const char *option = NULL, *file = NULL, *type = NULL;
    bool undefined = false;
    if (match_message(err->msg, "The option `%' defined in `%' does not exist.", c)
        || match_message(err->msg, "The option `%' does not exist. Definition values:\n- In `%'", c)) {
        option = c[0], file = c[1], undefined = true;
    } else if (match_message(err->msg, "The option value `%' in `%' is not of type `%'.", c)) {
        option = c[0], file = c[1], type = c[2];
    } else if (match_message(err->msg, "A definition for option `%' is not of type `%'. Definition values:\n- In `%'", c)) {
        option = c[0], type = c[1], file = c[2];
    } else if (match_message(err->msg, "The option `%' is used but not defined.", c)) {
        if (!with_options(st, b, help, note_declaration, c[0], NULL)) note_declared_at(st, b, "<unknown-file>", c[0]);
        buf_adds(b, "\nSomething needs its value, and it has no default: give it one in the configuration");
        if (strchr(c[0], '[')) buf_adds(b, ".\n"); /* an entry of a list: no path to write */
        else buf_printf(b, "\n(%s = ...;).\n", c[0]);
        return;
    } else if (match_message(err->msg, "The option `%' has conflicting definitions, in `%' and `%'.", c)) {
        note_conflict(st, b, c[0], c[1], c[2]);
        return;
    } else return;
    Defs def;
    bool found = find_definition(st, file, option, &def);
    if (found) note_definition(b, &def);
    if (type && found && def.nexact == 1) {
        const Expr *e = def.exact[0].def->e;
        const char *what = literal_type(e);
        Buf value = {0};
        if (what) buf_printf(&value, "\nIt is %s (%s), where the option's type is `", shallow_text(e), what);
        else with_options(st, &value, help, note_defined_value, option, file);
        if (value.len) buf_printf(b, "%s%s'.\n", buf_cstr(&value), type);
        else buf_printf(b, "\nThe option's type is `%s'.\n", type);
    } else if (type) {
        buf_printf(b, "\nThe option's type is `%s'.\n", type);
    }
    if (!strcmp(file, "<unknown-file>"))
        buf_adds(b, "\nThe message says `<unknown-file>' because the module was given as a value, not as a\n"
                    "path; a module with `_file = \"NAME\";' is named NAME in messages.\n");
    const char *elsewhere = undefined && help && help->declared_elsewhere ? help->declared_elsewhere(option, help->data) : NULL;
    if (elsewhere) {
        buf_printf(b, "\n%s\n", elsewhere);
        return;
    }
    if (undefined && strstr(err->msg, "Did you mean")) return; /* newer libs suggest themselves */
    if (undefined && !with_options(st, b, help, note_close_options_tree, option, file))
        note_declared_in_sources(st, b, option);
}

/* ---- the trace ------------------------------------------------------------------------------- */

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* The summary's lines, one per frame or run of library frames. A line repeated (a frame
 * the same as the one before, as in a recursion through one attribute) is counted instead. */
typedef struct {
    Buf *b;
    size_t lines;
    const char *last;   /* the line waiting to be written, and how many times it came */
    size_t repeats;
    size_t lib_n;       /* the run of library frames being collapsed, and its files */
    const char *lib_files[4];
    size_t lib_nfiles;
} Summary;

static void summary_put(Summary *s, const char *line)
{
    if (s->last && !strcmp(s->last, line)) { s->repeats++; return; }
    if (s->last) {
        buf_printf(s->b, "\xe2\x80\xa6 %s", s->last);
        if (s->repeats > 1) buf_printf(s->b, " (%zu times)", s->repeats);
        buf_addc(s->b, '\n');
        s->lines++;
    }
    s->last = line;
    s->repeats = 1;
}

static void summary_flush_lib(Summary *s)
{
    if (!s->lib_n) return;
    Buf l = {0};
    buf_printf(&l, "%zu frame%s inside the library (", s->lib_n, s->lib_n == 1 ? "" : "s");
    for (size_t i = 0; i < s->lib_nfiles; i++) buf_printf(&l, "%s%s", i ? ", " : "", s->lib_files[i]);
    buf_adds(&l, ")");
    s->lib_n = s->lib_nfiles = 0;
    summary_put(s, buf_cstr(&l));
}

static void summary_lib(Summary *s, Pos p)
{
    s->lib_n++;
    const char *f = base_name(pos_source(p)->path);
    for (size_t i = 0; i < s->lib_nfiles; i++) if (!strcmp(s->lib_files[i], f)) return;
    if (s->lib_nfiles < 4) s->lib_files[s->lib_nfiles++] = f;
}

static void summary_frame(Summary *s, const TraceLine *t)
{
    summary_flush_lib(s);
    if (!pos_source(t->pos)) { summary_put(s, t->msg); return; }
    Buf l = {0};
    buf_printf(&l, "%s, at %s", t->msg, pos_text(t->pos));
    summary_put(s, buf_cstr(&l));
}

/* The innermost frames as they are; then the user's frames and the addErrorContext lines
 * (no position), each library run as one line; a call site only where it is the user's. */
static void trace_summary(State *st, Buf *b, const EvalError *err)
{
    if (!err->ntrace) return;
    buf_adds(b, "\nThe trace, innermost first, summarised:\n");
    Summary s = { .b = b };
    size_t inner = 0, i = 0;
    for (; i < err->ntrace && s.lines < SUMMARY_MAX; i++) {
        const TraceLine *t = &err->trace[i];
        bool call_site = !strcmp(t->msg, "from call site");
        bool placed = pos_source(t->pos) != NULL;
        if (call_site && !placed) continue;
        if (inner < SUMMARY_INNER && !call_site) { summary_frame(&s, t); inner++; continue; }
        if (placed && in_library(st, t->pos)) { summary_lib(&s, t->pos); continue; }
        summary_frame(&s, t);
    }
    summary_flush_lib(&s);
    summary_put(&s, "");
    if (i < err->ntrace) buf_printf(b, "\xe2\x80\xa6 and %zu more\n", err->ntrace - i);
}

/* ---- the report -------------------------------------------------------------------------------- */

void teach_report_error(State *st, const EvalError *given, const TeachHelp *help)
{
    EvalError err = *given; /* the notes may evaluate, which sets st->err */
    Buf b = {0};
    eval_format_message(&b, &err);
    if (err.kind == ERR_INFINITE_RECURSION) note_cycle(st, &b, &err);
    if (err.kind == ERR_THROW) note_options(st, &b, &err, help);
    if (st->show_trace)
        for (size_t i = 0; i < err.ntrace; i++) diag_add_frame(&b, eval_trace_shown(&err.trace[i]), err.trace[i].pos);
    else trace_summary(st, &b, &err);
    diag_emit("error", buf_cstr(&b));
    if (err.kind == ERR_USAGE) return;
    if (err.ntrace && !st->show_trace) {
        const char *hint = "(use '--show-trace' to show the whole trace, with the source of each frame)";
        diag_log(hint, strlen(hint));
    }
}
