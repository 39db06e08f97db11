/* repl.c: `nixel repl [FILE]... [-I PATH] [--arg N E] [--argstr N S] [--show-trace]`, an
 * interactive session as Nix's `nix repl`: each line is an expression, whose value is shown,
 * a binding `x = EXPR` (lazy: EXPR is evaluated when x is used), or a command (`:?` lists
 * them). Errors are shown and the session goes on; Ctrl-C stops an evaluation, not the
 * session. On a terminal it edits lines with libedit and keeps a history; otherwise it reads
 * standard input without prompts or colours, one result per line, so that sessions can be
 * replayed as transcripts. */
#include "repl/repl.h"
#include "base/diag.h"
#include "base/file.h"
#include "base/mem.h"
#include "base/stack.h"
#include "eval/print.h"
#include "eval/steps.h"
#include "parser/source.h"
#include "render/render.h"
#include "why/why.h"

#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <editline/readline.h>

/* The session: static, so that the collector sees the values it keeps between lines. */
static Repl *session;

/* ---- the scope lines run in ---- */

void repl_bind(Repl *r, Sym name, Value *v)
{
    for (uint32_t i = 0; i < r->n; i++)
        if (r->names[i] == name) { r->values[i] = v; r->env = NULL; return; }
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 64;
        r->names = mem_realloc(r->names, r->cap * sizeof *r->names);
        r->values = mem_realloc(r->values, r->cap * sizeof *r->values);
    }
    r->names[r->n] = name;
    r->values[r->n++] = v;
    r->env = NULL;
}

/* The bindings as one environment below the base environment. Environments already made
 * stay as they are: a thunk bound earlier keeps seeing the values of its time, as in nix repl. */
static void ensure_scope(Repl *r)
{
    if (r->env) return;
    r->scope = scope_new(r->st->base_scope, r->names, r->n);
    r->env = env_alloc(r->st->base_env, r->n);
    for (uint32_t i = 0; i < r->n; i++) r->env->slots[i] = r->values[i];
}

Expr *repl_parse(Repl *r, const char *text, ParseError *err)
{
    ensure_scope(r);
    Source *s = src_from_string(text, strlen(text), ORIGIN_STRING, NULL);
    return src_parse(s, r->scope, err);
}

static Value *thunk_of(Repl *r, const char *text)
{
    ParseError pe;
    Expr *e = repl_parse(r, text, &pe);
    if (!e) eval_error(r->st, ERR_PARSE, pe.pos, "%s", pe.msg);
    return val_thunk(r->env, e);
}

void repl_eval(Repl *r, const char *text, Value *out)
{
    Value *v = thunk_of(r, text);
    force(r->st, v, NO_POS);
    *out = *v;
}

/* Adds every attribute of a set to the scope (:a, :l). */
static void add_attrs_to_scope(Repl *r, Value *v)
{
    Attrs *a = force_attrs(r->st, v, NO_POS);
    for (uint32_t i = 0; i < a->n; i++) repl_bind(r, a->a[i].name, a->a[i].value);
    printf("Added %u variables.\n", a->n);
}

static void load_file(Repl *r, const char *file)
{
    const char *path = src_abs_path(file, NULL);
    Value *fn = val_alloc(), *v = val_alloc();
    eval_file(r->st, path, fn, NO_POS);
    eval_auto_call(r->st, r->auto_args, fn, v);
    add_attrs_to_scope(r, v);
}

/* A fresh evaluator state (also for :r, which must read the files again). */
static void start_state(Repl *r)
{
    State *st = eval_new_state();
    st->read_write = st->newer_builtins = true;   /* for today's code */
    for (int i = 0; i < r->nincludes; i++) eval_add_search_path(st, r->includes[i]);
    eval_init_base_env(st);
    r->st = st;
    r->n = 0;
    r->env = NULL;
    r->config = NULL;
    r->why_host = NULL;
    /* a bad --arg is shown like any error; the session goes on without automatic arguments */
    Handler h;
    if (EVAL_TRY(st, &h)) {
        r->auto_args = eval_make_auto_args(st, r->auto_names, r->auto_values, r->nauto);
        eval_pop_handler(st, &h);
    } else {
        eval_unwind_to(st, &h);
        eval_print_error(st, &st->err);
        r->auto_args = eval_make_auto_args(st, NULL, NULL, 0);
    }
}

/* ---- output ---- */

static void show_result(Repl *r, Value *v, int depth)
{
    Buf b = {0};
    repl_show_value(r->st, &b, v, depth, r->color);
    buf_addc(&b, '\n');
    fwrite(b.s, 1, b.len, stdout);
}

/* ---- commands ---- */

typedef void CommandFn(Repl *r, const char *arg);

typedef struct {
    const char *name, *args, *help;
    CommandFn *fn;
} Command;

static void cmd_help(Repl *r, const char *arg);

static void cmd_print(Repl *r, const char *arg)
{
    Value v;
    repl_eval(r, arg, &v);
    show_result(r, &v, -1);
}

static void cmd_type(Repl *r, const char *arg)
{
    Value v;
    repl_eval(r, arg, &v);
    printf("%s\n", show_type(&v));
}

static void cmd_add(Repl *r, const char *arg)
{
    add_attrs_to_scope(r, thunk_of(r, arg));
}

static void remember_file(Repl *r, const char *file)
{
    if (r->nfiles == r->cap_files) {
        r->cap_files = r->cap_files ? r->cap_files * 2 : 8;
        r->files = mem_realloc(r->files, (size_t)r->cap_files * sizeof *r->files);
    }
    r->files[r->nfiles++] = mem_strndup(file, strlen(file));
}

static void cmd_load(Repl *r, const char *arg)
{
    if (!*arg) eval_error(r->st, ERR_OTHER, NO_POS, ":l needs a file");
    remember_file(r, arg);
    load_file(r, arg);
}

/* :r forgets every binding and loads the files again, from a fresh state (nothing cached). */
static void cmd_reload(Repl *r, const char *arg)
{
    start_state(r);
    for (int i = 0; i < r->nfiles; i++) load_file(r, r->files[i]);
}

static void cmd_quit(Repl *r, const char *arg) { exit(file_finish_stdout(0)); }

static void cmd_doc(Repl *r, const char *arg)
{
    Buf b = {0};
    bool ok = doc_lookup(r, arg, &b);
    buf_addc(&b, '\n');
    if (ok) fwrite(b.s, 1, b.len, stdout);
    else diag_emit("error", buf_cstr(&b));
}

/* :pos EXPR: where the attribute (for a.b.c), function or set was defined. */
static void cmd_pos(Repl *r, const char *arg)
{
    Value v;
    Pos p = doc_definition_pos(r, arg, &v);
    if (!p && (v.type == T_LAMBDA || v.type == T_ATTRS)) p = val_pos(&v, NO_POS);
    if (!p) eval_error(r->st, ERR_OTHER, NO_POS, "%s has no position (attributes, functions and sets written in Nix code have one)", show_type(&v));
    char at[512];
    pos_format_plain(at, sizeof at, p);
    printf("%s\n", at);
}

/* :c [--module FILE]... CONFIG: the configuration as nixel render evaluates it, bound as
 * `config` (its option values), `options` and `configuration` (the whole result). */
static void cmd_config(Repl *r, const char *arg)
{
    const char **modules = mem_alloc(sizeof(char *) * (strlen(arg) + 1));
    int nmodules = 0;
    const char *config = NULL;
    char *words = mem_strndup(arg, strlen(arg)), *save = NULL;
    for (char *w = strtok_r(words, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
        if (!strcmp(w, "--module")) {
            char *m = strtok_r(NULL, " \t", &save);
            if (!m) eval_error(r->st, ERR_OTHER, NO_POS, "--module needs a file");
            modules[nmodules++] = m;
        } else if (!config) config = w;
        else eval_error(r->st, ERR_OTHER, NO_POS, ":c takes one configuration file");
    }
    if (!config) eval_error(r->st, ERR_OTHER, NO_POS, "usage: :c [--module FILE]... CONFIG.nix");
    Value *c = render_eval_configuration(r->st, modules, nmodules, config);
    /* lazy: evaluated only as far as :why and :options look */
    r->why_host = why_load_host(r->st, eval_modules_dir(), modules, nmodules, config);
    Attrs *a = force_attrs(r->st, c, NO_POS);
    r->config = c;
    repl_bind(r, sym_cstr("configuration"), c);
    Value *cfg = attrs_get(a, sym_cstr("config")), *opts = attrs_get(a, sym_cstr("options"));
    if (cfg) force_attrs(r->st, cfg, NO_POS);   /* reads the modules: a missing file fails here */
    if (cfg) repl_bind(r, sym_cstr("config"), cfg);
    if (opts) repl_bind(r, sym_cstr("options"), opts);
    printf("Loaded %s: `config`, `options` and `configuration` are bound.\n", config);
}

/* `:why OPTION` explains where an option's value comes from (as `nixel why`), `:options
 * [PREFIX]` lists the option documentation (as `nixel options`); both read the configuration
 * loaded by :c. */
static Value *loaded_host(Repl *r)
{
    if (!r->why_host) eval_error(r->st, ERR_OTHER, NO_POS, "load a configuration first: :c CONFIG.nix");
    return r->why_host;
}

static void cmd_why(Repl *r, const char *arg)
{
    Value *host = loaded_host(r);
    while (*arg == ' ') arg++;
    if (!*arg) eval_error(r->st, ERR_OTHER, NO_POS, "usage: :why OPTION.PATH");
    why_explain(r->st, eval_modules_dir(), host, arg, false);
}

static void cmd_options(Repl *r, const char *arg)
{
    Value *host = loaded_host(r);
    while (*arg == ' ') arg++;
    options_list(r->st, eval_modules_dir(), host, arg, false, false);
}

/* :steps EXPR: the evaluation of EXPR step by step (eval/steps.h, as `nixel eval --steps`),
 * then its value. */
static void cmd_steps(Repl *r, const char *arg)
{
    ParseError pe;
    Expr *e = repl_parse(r, arg, &pe);
    if (!e) eval_error(r->st, ERR_PARSE, pe.pos, "%s", pe.msg);
    fflush(stdout);
    Value *v = steps_eval(r->st, r->env, e, -1, stdout);
    show_result(r, v, 1);
}

static const Command commands[] = {
    { "?", "", "Show this help", cmd_help },
    { "a", "EXPR", "Add the attributes of a set to the scope", cmd_add },
    { "c", "[--module F]... CONFIG", "Load a configuration (binds config, options, configuration)", cmd_config },
    { "doc", "NAME", "Show the documentation of a builtin or lib function", cmd_doc },
    { "l", "FILE", "Load a Nix file and add its attributes to the scope", cmd_load },
    { "options", "PREFIX", "List the options of the loaded configuration under PREFIX", cmd_options },
    { "p", "EXPR", "Evaluate and print the whole value", cmd_print },
    { "pos", "EXPR", "Show where a function or set was defined", cmd_pos },
    { "q", "", "Leave the REPL", cmd_quit },
    { "r", "", "Reload the loaded files (forgets other bindings)", cmd_reload },
    { "steps", "EXPR", "Show the evaluation of EXPR step by step", cmd_steps },
    { "t", "EXPR", "Show the type of the value", cmd_type },
    { "why", "OPTION", "Explain the value of an option of the loaded configuration", cmd_why },
    { NULL, NULL, NULL, NULL }
};

static void cmd_help(Repl *r, const char *arg)
{
    printf("The following commands are available:\n\n");
    printf("  %-30s %s\n", "<expr>", "Evaluate and print expression");
    printf("  %-30s %s\n", "<x> = <expr>", "Bind expression to variable (lazily)");
    for (const Command *c = commands; c->name; c++) {
        char head[64];
        snprintf(head, sizeof head, ":%s %s", c->name, c->args);
        printf("  %-30s %s\n", head, c->help);
    }
}

static const Command *find_command(const char *name, size_t len)
{
    for (const Command *c = commands; c->name; c++)
        if (strlen(c->name) == len && !strncmp(c->name, name, len)) return c;
    return NULL;
}

/* ---- one line ---- */

static bool is_var_name(const char *s, size_t n)
{
    if (!n || !(isalpha((unsigned char)s[0]) || s[0] == '_')) return false;
    for (size_t i = 1; i < n; i++)
        if (!(isalnum((unsigned char)s[i]) || s[i] == '_' || s[i] == '\'' || s[i] == '-')) return false;
    return true;
}

/* `NAME = EXPR` (not `==`): the binding's name, else SYM_NONE. *rest is EXPR. */
static Sym binding_of(const char *line, const char **rest)
{
    const char *eq = strchr(line, '=');
    if (!eq || eq[1] == '=') return SYM_NONE;
    const char *e = eq;
    while (e > line && isspace((unsigned char)e[-1])) e--;
    if (!is_var_name(line, (size_t)(e - line))) return SYM_NONE;
    static const char *const keywords[] = { "let", "in", "if", "then", "else", "with", "assert", "rec", "inherit", "or" };
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strlen(keywords[i]) == (size_t)(e - line) && !strncmp(line, keywords[i], (size_t)(e - line))) return SYM_NONE;
    *rest = eq + 1;
    return sym_intern(line, (size_t)(e - line));
}

static void run_command(Repl *r, const char *line)
{
    const char *p = line + 1;
    size_t n = strcspn(p, " \t");
    const char *arg = p + n;
    while (isspace((unsigned char)*arg)) arg++;
    const Command *c = find_command(p, n);
    if (!c) eval_error(r->st, ERR_OTHER, NO_POS, "unknown command ':%.*s' (:? lists them)", (int)n, p);
    c->fn(r, arg);
}

static void run_line(Repl *r, const char *line)
{
    if (line[0] == ':') { run_command(r, line); return; }
    const char *rest;
    Sym name = binding_of(line, &rest);
    if (name != SYM_NONE) { repl_bind(r, name, thunk_of(r, rest)); return; }
    Value v;
    repl_eval(r, line, &v);
    show_result(r, &v, 1);
}

static volatile sig_atomic_t interrupted;

static void on_sigint(int sig)
{
    interrupted = 1;
    stack_interrupt();
}

/* Runs one line under an error handler: an error is shown, the session goes on. */
static void run_line_guarded(Repl *r, const char *line)
{
    State *st = r->st;
    Handler h;
    fflush(stdout);
    if (EVAL_TRY(st, &h)) {
        run_line(r, line);
        eval_pop_handler(st, &h);
    } else {
        eval_unwind_to(st, &h);
        fflush(stdout);
        if (stack_clear_interrupt()) diag_emit("error", "interrupted by the user");
        else eval_print_error(st, &st->err);
        fflush(stderr);
    }
    interrupted = 0;
    stack_clear_interrupt();
    fflush(stdout);
}

/* ---- reading lines ---- */

static char *history_path(void)
{
    const char *state = getenv("XDG_STATE_HOME");
    Buf dir = {0};
    if (state && *state) buf_printf(&dir, "%s/nixel", state);
    else if (getenv("HOME")) buf_printf(&dir, "%s/.local/state/nixel", getenv("HOME"));
    else return NULL;
    /* mkdir -p */
    char *d = (char *)buf_cstr(&dir);
    for (char *q = d + 1; *q; q++)
        if (*q == '/') { *q = 0; mkdir(d, 0755); *q = '/'; }
    mkdir(d, 0755);
    buf_adds(&dir, "/repl-history");
    return (char *)buf_cstr(&dir);
}

/* One line of input (without its newline), NULL at the end. */
static char *read_line(Repl *r, const char *prompt)
{
    if (r->interactive) {
        char *l = readline(prompt);
        if (!l) return NULL;
        char *copy = mem_strndup(l, strlen(l));
        free(l);
        return copy;
    }
    static char *buf;
    static size_t cap;
    ssize_t n = getline(&buf, &cap, stdin);
    if (n < 0) return NULL;
    if (n && buf[n - 1] == '\n') buf[--n] = 0;
    return mem_strndup(buf, (size_t)n);
}

/* An expression cut short by the end of the line goes on on the next one, as in nix repl. */
static bool is_incomplete(Repl *r, const char *text)
{
    if (text[0] == ':') return false;
    const char *rest = text;
    binding_of(text, &rest);
    ParseError pe;
    if (repl_parse(r, rest, &pe)) return false;
    return pe.msg && strstr(pe.msg, "unexpected end of file");
}

static void loop(Repl *r)
{
    char *hist = r->interactive ? history_path() : NULL;
    if (hist) read_history(hist);
    Buf text = {0};
    for (;;) {
        interrupted = 0;
        char *line = read_line(r, text.len ? "        " : "nixel> ");
        stack_clear_interrupt();    /* Ctrl-C at the prompt only clears the line */
        if (!line) {
            if (r->interactive && interrupted) { text.len = 0; putchar('\n'); continue; }
            break;
        }
        if (text.len) buf_addc(&text, '\n');
        buf_adds(&text, line);
        const char *t = buf_cstr(&text);
        while (isspace((unsigned char)*t)) t++;
        if (!*t) { text.len = 0; continue; }
        if (is_incomplete(r, t)) continue;
        if (r->interactive) {
            add_history(t);
            if (hist) write_history(hist);
        }
        run_line_guarded(r, mem_strndup(t, strlen(t)));
        text.len = 0;
    }
    if (text.len) run_line_guarded(r, buf_cstr(&text));   /* shows the syntax error */
    if (r->interactive) putchar('\n');
}

/* ---- the command line ---- */

static int usage(const char *problem)
{
    Buf b = {0};
    buf_printf(&b, "%s\nusage: nixel repl [FILE]... [-I [NAME=]PATH]... [--arg NAME EXPR] [--argstr NAME STRING] [--show-trace]", problem);
    diag_emit("error", buf_cstr(&b));
    return 1;
}

static int parse_args(Repl *r, int argc, char **argv, bool *show_trace)
{
    size_t n = sizeof(char *) * (size_t)(argc + 1);
    r->includes = mem_alloc(n);
    r->auto_names = mem_alloc(n);
    r->auto_values = mem_alloc(n);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-I") || !strcmp(a, "--include")) {
            if (i + 1 >= argc) return usage("-I needs a path");
            r->includes[r->nincludes++] = argv[++i];
        } else if (!strncmp(a, "-I", 2)) r->includes[r->nincludes++] = a + 2;
        else if (!strcmp(a, "--arg") || !strcmp(a, "--argstr")) {
            if (i + 2 >= argc) return usage("--arg and --argstr need a name and a value");
            Buf b = {0};
            buf_printf(&b, "%c%s", a[5] ? 'S' : 'E', argv[i + 2]);
            r->auto_names[r->nauto] = argv[i + 1];
            r->auto_values[r->nauto++] = buf_cstr(&b);
            i += 2;
        } else if (!strcmp(a, "--show-trace")) *show_trace = true;
        else if (a[0] == '-') {
            Buf b = {0};
            buf_printf(&b, "unknown option '%s'", a);
            return usage(buf_cstr(&b));
        } else remember_file(r, a);
    }
    return 0;
}

int repl_main(int argc, char **argv)
{
    Repl *r = session = mem_alloc(sizeof *r);
    bool show_trace = false;
    int rc = parse_args(r, argc, argv, &show_trace);
    if (rc) return rc;
    r->interactive = isatty(STDIN_FILENO);
    r->color = r->interactive && isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
    start_state(r);
    r->st->show_trace = show_trace;
    struct sigaction sa = {0};
    sa.sa_handler = on_sigint;   /* no SA_RESTART: a read at the prompt returns */
    sigaction(SIGINT, &sa, NULL);
    if (r->interactive) {
        rl_readline_name = "nixel";
        printf("Welcome to nixel's REPL. Type :? for help.\n\n");
        repl_complete_init(r);
    }
    int nfiles = r->nfiles;
    for (int i = 0; i < nfiles; i++) {
        Handler h;
        if (EVAL_TRY(r->st, &h)) {
            load_file(r, r->files[i]);
            eval_pop_handler(r->st, &h);
        } else {
            eval_unwind_to(r->st, &h);
            eval_print_error(r->st, &r->st->err);
        }
    }
    fflush(stdout);
    loop(r);
    fflush(stdout);
    return 0;
}

/* `nixel doc NAME... [-I PATH]...`: the documentation of each name, as :doc shows it;
 * `nixel doc --list` lists the documented builtins. */
int doc_main(int argc, char **argv)
{
    if (argc == 2 && !strcmp(argv[1], "--list")) {
        Buf b = {0};
        doc_builtin_names(&b);
        fwrite(b.s, 1, b.len, stdout);
        return 0;
    }
    Repl *r = session = mem_alloc(sizeof *r);
    bool show_trace = false;
    int rc = parse_args(r, argc, argv, &show_trace);
    if (rc) return rc;
    if (!r->nfiles) {
        diag_emit("error", "usage: nixel doc NAME... [-I [NAME=]PATH]... (e.g. nixel doc builtins.map, nixel doc lib.strings.concatStringsSep)");
        return 1;
    }
    start_state(r);
    r->st->show_trace = show_trace;
    for (int i = 0; i < r->nfiles; i++) {
        Buf b = {0};
        Handler h;
        if (EVAL_TRY(r->st, &h)) {
            bool ok = doc_lookup(r, r->files[i], &b);
            eval_pop_handler(r->st, &h);
            if (i) putchar('\n');
            if (ok) printf("%s\n", buf_cstr(&b));
            else { fflush(stdout); diag_emit("error", buf_cstr(&b)); rc = 1; }
        } else {
            eval_unwind_to(r->st, &h);
            fflush(stdout);
            eval_print_error(r->st, &r->st->err);
            rc = 1;
        }
    }
    fflush(stdout);
    return rc;
}

/* The names of the commands, for completion. */
const char *repl_command_name(size_t i)
{
    return i < sizeof commands / sizeof commands[0] - 1 ? commands[i].name : NULL;
}
