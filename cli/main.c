/* main.c: the command line. nixel takes nix-instantiate's arguments (and is a drop-in
 * when called through a symlink named nix-instantiate). It runs with a large stack (it
 * raises its stack limit and re-executes itself once), so deep but finite recursion in
 * Nix code works; deeper recursion ends in a clean error (stack.h). One thread only:
 * the collector's allocation is fastest that way. */
#include <errno.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <signal.h>
#include <sys/stat.h>
#include <ctype.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

#include "builtins/builtins.h"
#include "builtins/restrict.h"
#include "base/buf.h"
#include "base/diag.h"
#include "eval/eval.h"
#include "base/mem.h"
#include "eval/print.h"
#include "eval/profile.h"
#include "eval/steps.h"
#include "eval/teach.h"
#include "parser/source.h"
#include "base/stack.h"
#include "parser/show.h"
#include "cli/commands.h"
#include "cli/help.h"
#include "cli/settings.h"
#include "store/store.h"
#include "render/render.h"
#include "base/file.h"
#include "base/grow.h"

/* Without --eval or --parse, nix-instantiate instantiates: it prints the .drv paths of
 * the derivations the expression yields (nixel computes them; it writes no store). */
typedef enum { MODE_INSTANTIATE, MODE_EVAL, MODE_PARSE } Mode;

/* The stack nixel asks for. Only the pages actually touched take memory. */
#define NIXEL_STACK_SIZE ((size_t)256 << 20)
#define NIXEL_REEXEC_VAR "NIXEL_STACK_RAISED"

typedef struct {
    Mode mode;
    bool strict, json, xml, no_location, show_trace, read_write, find_file;
    bool from_exprs;            /* -E: the arguments are expressions */
    bool for_people;            /* `nixel eval`: errors with hints (eval/teach.h), JSON with a final newline */
    const char **args;          /* files or expressions */
    int nargs;
    const char **attr_paths;    /* -A */
    int nattr_paths;
    const char **auto_names, **auto_values; /* --arg (value "E<expr>") / --argstr ("S<str>") */
    int nauto;
    const char **includes;      /* -I */
    int nincludes;
    bool read_stdin;
    bool raw;                   /* nixel eval --raw: a string printed as it is */
    /* nixel eval's own: --steps[=N] (steps_limit -1: all), --profile FILE, --profile-calls
     * FILE, --profile-summary */
    bool steps, profile_summary;
    int steps_limit;
    const char *profile, *profile_calls;
    AccessMode restrict_eval, pure_eval;    /* the restrict-eval and pure-eval settings */
    const char *allowed_uris;               /* the allowed-uris setting */
    Settings settings;          /* nix.conf, NIX_CONFIG, --option and the settings' flags */
    int verbosity;              /* Nix's: 3 (info) unless -v, --quiet or --debug */
    bool no_gc_warning;         /* --no-gc-warning: no warning about --add-root */
    bool initial_done;          /* the flags before the first argument were read */
    const char *eval_store;     /* --eval-store */
    Compat compat;                          /* NIXEL_COMPAT, or --compat (nixel's own flag) */
    ParseOptions lints;                     /* today's Nix's --lint-* flags (current mode only) */
    int argc;
    char **argv;
} Options;

static void options_init(Options *o)
{
    memset(o, 0, sizeof *o);
    settings_init(&o->settings);
    o->verbosity = 3;
}

static void report_error(const char *msg, Pos pos)
{
    Buf b = {0};
    buf_adds(&b, msg);
    buf_addc(&b, '\n');
    if (pos_source(pos)) diag_add_excerpt(&b, pos);
    diag_emit("error", buf_cstr(&b));
}

/* Where a usage error points: nix-instantiate's help, or (nixel eval) nixel's. */
static const char *usage_hint = "Try 'nix-instantiate --help' for more information.";

static int usage_error(const char *msg)
{
    diag_emit("error", msg);
    diag_log(usage_hint, strlen(usage_hint));
    return 1;
}

/* Nix's UsageError(fmt, args...): the arguments in colour, as hintfmt shows them. */
__attribute__((format(printf, 1, 2)))
static int usage_errorf(const char *fmt, ...)
{
    Buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, diag_colour_format(fmt), ap);
    va_end(ap);
    return usage_error(buf_cstr(&b));
}

/* An error of Nix's (not a usage error): "error: MSG" alone, exit status 1. */
static int plain_error(const char *msg)
{
    diag_emit("error", msg);
    return 1;
}

static int setting_failed(SettingStatus st, Buf *err)
{
    return st == SETTING_USAGE_ERROR ? usage_error(buf_cstr(err)) : plain_error(buf_cstr(err));
}

/* --option NAME VALUE: a bad value is only a warning ("warning: error: ..."), as in Nix,
 * where it is a usage error; others stop. Returns 0 or the exit status. */
static int option_flag(Options *o, const char *name, const char *value)
{
    Buf err = {0};
    SettingStatus st = settings_set(&o->settings, name, value, &err);
    if (st == SETTING_ERROR) return plain_error(buf_cstr(&err));
    if (st == SETTING_USAGE_ERROR) {
        Buf b = {0};
        buf_printf(&b, DIAG_RED "error:" DIAG_NORMAL " %s", buf_cstr(&err));   /* the error's own text, coloured prefix included */
        diag_emit("warning", buf_cstr(&b));
    }
    return 0;
}

/* An unsigned decimal as Nix 2.8's string2Int reads one (boost::lexical_cast): an optional
 * '+', then digits only, at most max. */
static bool parse_unsigned(const char *s, size_t len, uint64_t max, uint64_t *out)
{
    if (len && *s == '+') { s++; len--; }
    if (!len) return false;
    uint64_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9' || n > (max - (uint64_t)(s[i] - '0')) / 10) return false;
        n = n * 10 + (uint64_t)(s[i] - '0');
    }
    *out = n;
    return true;
}

/* --timeout, --max-silent-time, --cores: Nix 2.8 reads a number with an optional K, M, G or T
 * (string2IntWithUnitPrefix, wrapping on overflow) and sets the setting, which checks it
 * against its type. They only limit builds. Returns 0 or the status. */
static int unit_setting_flag(Options *o, const char *name, const char *s)
{
    size_t len = strlen(s);
    uint64_t mult = 1, n = 0;
    Buf b = {0};
    char u = len ? (char)toupper((unsigned char)s[len - 1]) : 0;
    if (isalpha((unsigned char)u)) {
        const char *units = "KMGT", *p = strchr(units, u);
        if (!p) return usage_errorf("invalid unit specifier '%c'", u);
        mult = (uint64_t)1 << (10 * (p - units + 1));
        len--;
    }
    if (!parse_unsigned(s, len, UINT64_MAX, &n)) return usage_errorf("'%.*s' is not an integer", (int)len, s);
    buf_printf(&b, "%llu", (unsigned long long)(n * mult));
    Buf err = {0};
    SettingStatus st = settings_set(&o->settings, name, buf_cstr(&b), &err);
    return st == SETTING_OK ? 0 : setting_failed(st, &err);
}

/* The message for a compatibility level that is none (from `where`: NIXEL_COMPAT or --compat). */
static const char *compat_unknown(const char *where, const char *name)
{
    Buf b = {0};
    buf_printf(&b, "unknown compatibility level '%s' in %s (the levels are '2.8', the default, and 'current')", name, where);
    return buf_cstr(&b);
}

/* Today's Nix's --lint-short-path-literals, --lint-absolute-path-literals and
 * --lint-url-literals LEVEL, or NULL for another flag. Nix 2.8 has none of them: they are
 * read only in current mode, given before them. */
static LintLevel *lint_flag(Options *o, const char *a)
{
    if (o->compat != COMPAT_CURRENT) return NULL;
    if (!strcmp(a, "--lint-short-path-literals")) return &o->lints.lint_short_path;
    if (!strcmp(a, "--lint-absolute-path-literals")) return &o->lints.lint_absolute_path;
    if (!strcmp(a, "--lint-url-literals")) return &o->lints.lint_url;
    return NULL;
}

static int lint_level(const char *flag, const char *value, LintLevel *out)
{
    if (!strcmp(value, "ignore")) *out = LINT_IGNORE;
    else if (!strcmp(value, "warn")) *out = LINT_WARN;
    else if (!strcmp(value, "fatal")) *out = LINT_FATAL;
    else {
        Buf b = {0};
        buf_printf(&b, "option '%s' has invalid value '%s' (expected 'ignore', 'warn', or 'fatal')", flag + 2, value);
        return usage_error(buf_cstr(&b));
    }
    return 0;
}

/* nixel's own flags in the drop-in's command line (--compat, and the lints of current mode):
 * 1 if a is one (its value taken), 0 if not, or -(status+1). */
static int nixel_flag(Options *o, char **argv, int argc, int *i)
{
    const char *a = argv[*i];
    LintLevel *lint = lint_flag(o, a);
    if (strcmp(a, "--compat") && !lint) return 0;
    if (*i + 1 >= argc) {
        return -(usage_errorf("flag '%s' requires %d argument(s)", a, 1) + 1);
    }
    const char *v = argv[++*i];
    if (lint) { int st = lint_level(a, v, lint); return st ? -(st + 1) : 1; }
    if (!eval_compat_parse(v, &o->compat)) return -(usage_error(compat_unknown("--compat", v)) + 1);
    o->settings.current = o->compat == COMPAT_CURRENT;
    return 1;
}

/* Args::parseCmdline's first step: a compound short flag ("-vvv", "-j3", "-I/x", "-Afoo")
 * becomes one flag per letter, up to the first non-letter, which starts a value. */
static char **expand_short_flags(int argc, char **argv, int *out_argc)
{
    char **v = mem_arena(sizeof(char *) * 1);
    size_t n = 0, cap = 0;
    bool dash_dash = false;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        size_t len = strlen(a);
        if (i > 0 && !dash_dash && len > 2 && a[0] == '-' && a[1] != '-' && isalpha((unsigned char)a[1])) {
            for (size_t j = 1; j < len; j++) {
                GROW(mem_arena, v, n, cap, 16);
                if (j == 1 || isalpha((unsigned char)a[j])) v[n++] = mem_strndup((char[]){ '-', a[j], 0 }, 2);
                else { v[n++] = mem_strndup(a + j, len - j); break; }
            }
            continue;
        }
        if (i > 0 && !strcmp(a, "--")) dash_dash = true;
        GROW(mem_arena, v, n, cap, 16);
        v[n++] = argv[i];
    }
    GROW(mem_arena, v, n, cap, 16);
    v[n] = NULL;
    *out_argc = (int)n;
    return v;
}

/* How many values the flags of Nix 2.8's common arguments (MixCommonArgs, LegacyArgs,
 * MixEvalArgs, the settings' flags) take, or -1 for none of them. */
static int common_flag_arity(const char *a)
{
    static const char *const none[] = { "-v", "--verbose", "--quiet", "--debug", "-Q", "--no-build-output",
        "-K", "--keep-failed", "-k", "--keep-going", "--fallback", "--readonly-mode", "--no-gc-warning",
        "--impure", NULL };
    static const char *const one[] = { "--log-format", "-j", "--max-jobs", "--cores", "--max-silent-time",
        "--timeout", "--store", "-I", "--include", "--eval-store", NULL };
    static const char *const two[] = { "--option", "--arg", "--argstr", "--override-flake", NULL };
    for (int i = 0; none[i]; i++) if (!strcmp(a, none[i])) return 0;
    for (int i = 0; one[i]; i++) if (!strcmp(a, one[i])) return 1;
    for (int i = 0; two[i]; i++) if (!strcmp(a, two[i])) return 2;
    return settings_flag_arity(a);
}

static void add_auto_arg(Options *o, char kind, const char *name, const char *value)
{
    Buf b = {0};
    buf_printf(&b, "%c%s", kind, value);
    o->auto_names[o->nauto] = name;
    o->auto_values[o->nauto++] = buf_cstr(&b);
}

/* One of the common flags, its k values in v. Returns 0 or the exit status. */
static int common_flag(Options *o, const char *a, char **v)
{
    Buf err = {0};
    SettingStatus st;
    if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) o->verbosity++;
    else if (!strcmp(a, "--quiet")) o->verbosity = o->verbosity > 0 ? o->verbosity - 1 : 0;
    else if (!strcmp(a, "--debug")) o->verbosity = 6;
    else if (!strcmp(a, "--option")) return option_flag(o, v[0], v[1]);
    else if (!strcmp(a, "--log-format")) {
        static const char *const formats[] = { "raw", "raw-with-logs", "internal-json", "bar", "bar-with-logs" };
        bool ok = false;
        for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) ok |= !strcmp(v[0], formats[i]);
        if (!ok) { buf_printf(&err, "option 'log-format' has an invalid value '%s'", v[0]); return plain_error(buf_cstr(&err)); }
        diag_set_json_log(!strcmp(v[0], "internal-json"));   /* from here on, as Nix's setLogFormat */
    } else if (!strcmp(a, "-j") || !strcmp(a, "--max-jobs")) {
        st = settings_apply_flag(&o->settings, "--max-jobs", v[0], &err);
        if (st != SETTING_OK) return setting_failed(st, &err);
    } else if (!strcmp(a, "-Q") || !strcmp(a, "--no-build-output") || !strcmp(a, "-K") || !strcmp(a, "-k") ||
               !strcmp(a, "--readonly-mode") || !strcmp(a, "--override-flake")) {}   /* for builds only */
    else if (!strcmp(a, "--no-gc-warning")) o->no_gc_warning = true;
    else if (!strcmp(a, "--cores") || !strcmp(a, "--max-silent-time") || !strcmp(a, "--timeout")) return unit_setting_flag(o, a + 2, v[0]);
    else if (!strcmp(a, "--eval-store")) o->eval_store = v[0];
    else if (!strcmp(a, "--arg") || !strcmp(a, "--argstr")) add_auto_arg(o, a[5] ? 'S' : 'E', v[0], v[1]);
    else if (!strcmp(a, "-I") || !strcmp(a, "--include")) o->includes[o->nincludes++] = v[0];
    else if (!strcmp(a, "--impure")) settings_set(&o->settings, "pure-eval", "false", &err);
    else {
        st = settings_apply_flag(&o->settings, a, v[0], &err);
        if (st != SETTING_OK) return setting_failed(st, &err);
    }
    return 0;
}

/* nix-instantiate's own flags (its parseArg). Returns 1 if a is one, 0 if not, or -(status+1)
 * for an error. */
static int own_flag(Options *o, char **argv, int argc, int *i)
{
    const char *a = argv[*i];
    if (!strcmp(a, "--help")) help_usage(argv[0]);
    else if (!strcmp(a, "--version")) help_version(argv[0]);
    else if (!strcmp(a, "-")) o->read_stdin = true;
    else if (!strcmp(a, "-E") || !strcmp(a, "--expr")) o->from_exprs = true;
    else if (!strcmp(a, "--eval") || !strcmp(a, "--eval-only")) { if (o->mode != MODE_PARSE) o->mode = MODE_EVAL; }
    else if (!strcmp(a, "--read-write-mode")) o->read_write = true;
    else if (!strcmp(a, "--parse") || !strcmp(a, "--parse-only")) o->mode = MODE_PARSE;
    else if (!strcmp(a, "--find-file")) o->find_file = true;
    else if (!strcmp(a, "-A") || !strcmp(a, "--attr") || !strcmp(a, "--add-root")) {
        if (*i + 1 >= argc) {
            return -(usage_errorf("'%s' requires an argument", a) + 1);
        }
        ++*i;
        if (strcmp(a, "--add-root")) o->attr_paths[o->nattr_paths++] = argv[*i];
    }
    else if (!strcmp(a, "--indirect") || !strcmp(a, "--repair") || !strcmp(a, "--dry-run")) {}
    else if (!strcmp(a, "--xml")) o->xml = true;
    else if (!strcmp(a, "--json")) o->json = true;
    else if (!strcmp(a, "--no-location")) o->no_location = true;
    else if (!strcmp(a, "--strict")) o->strict = true;
    else if (*a == '-') return 0;
    else o->args[o->nargs++] = a;
    return 1;
}

/* What Nix does once the flags before the first argument are read: load the plugins and warn
 * about the settings it does not know. */
static int initial_flags_done(Options *o)
{
    if (o->initial_done) return 0;
    o->initial_done = true;
    Buf err = {0};
    SettingStatus st = settings_initial_flags_done(&o->settings, o->verbosity >= 1, &err);
    return st == SETTING_OK ? 0 : setting_failed(st, &err);
}

/* Returns 0 on success, else the exit status. Settings (nix.conf, NIX_CONFIG) are in
 * o->settings already. */
static int parse_options(Options *o, int argc0, char **argv0)
{
    int argc;
    char **argv = expand_short_flags(argc0, argv0, &argc);
    o->argc = argc0;
    o->argv = argv0;
    size_t n = sizeof(char *) * (size_t)(argc + 1);
    o->args = mem_arena(n);
    o->attr_paths = mem_arena(n);
    o->auto_names = mem_arena(n);
    o->auto_values = mem_arena(n);
    o->includes = mem_arena(n);
    bool dash_dash = false;
    eval_compat_from_env(&o->compat);   /* main has rejected a level it does not name */
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int k;
        if (!dash_dash && !strcmp(a, "--")) { dash_dash = true; continue; }
        if (!dash_dash && a[0] == '-' && (k = nixel_flag(o, argv, argc, &i)) != 0) {
            if (k < 0) return -k - 1;
            continue;
        }
        if (!dash_dash && a[0] == '-' && (k = common_flag_arity(a)) >= 0) {
            if (i + k >= argc) {
                return usage_errorf("flag '%s' requires %d argument(s)", a, k);
            }
            int st = common_flag(o, a, argv + i + 1);
            if (st) return st;
            i += k;
            continue;
        }
        if (dash_dash || a[0] != '-') {
            int st = initial_flags_done(o);
            if (st) return st;
        }
        int r = own_flag(o, argv, argc, &i);
        if (r < 0) return -r - 1;
        if (r == 0) {
            return dash_dash ? usage_errorf("unexpected argument '%s'", a) : usage_errorf("unrecognised flag '%s'", a);
        }
    }
    return initial_flags_done(o);
}

/* The settings that act on an evaluation, as Nix applies them when it opens the store and
 * makes its EvalState. Returns 0 or the exit status. */
static int apply_settings(Options *o)
{
    Buf err = {0};
    const Settings *s = &o->settings;
    /* nixel eval reads no nix.conf and has no store to open */
    if (!o->for_people && settings_open_store(s, s->store, &err) != SETTING_OK) return plain_error(buf_cstr(&err));
    if (!o->for_people && o->eval_store && settings_open_store(s, o->eval_store, &err) != SETTING_OK) return plain_error(buf_cstr(&err));
    if (s->restrict_eval_set) o->restrict_eval = s->restrict_eval ? ACCESS_RESTRICTED : ACCESS_IMPURE;
    if (s->pure_eval_set) o->pure_eval = s->pure_eval ? ACCESS_PURE : ACCESS_IMPURE;
    if (s->allowed_uris) o->allowed_uris = s->allowed_uris;
    o->show_trace = s->show_trace;
    return 0;
}

/* Pure evaluation implies the restrictions of restricted mode and more. */
static AccessMode access_mode(const Options *o)
{
    return o->pure_eval ? o->pure_eval : o->restrict_eval;
}

static int run(Options *o);

/* ---- nixel eval: nix-instantiate --eval --strict, for people ---- */

/* Words that Nix reads as a path (and people as a file name): no blanks or syntax, and a
 * '/' or a ".nix" at the end. Such an argument that names no file is a typo, not an
 * expression. */
static bool looks_like_path(const char *a)
{
    size_t n = strlen(a);
    if (n == 0 || strspn(a, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-+~/") != n) return false;
    return strchr(a, '/') || (n > 4 && !strcmp(a + n - 4, ".nix"));
}

static int eval_error_msg(const char *fmt, const char *arg)
{
    Buf b = {0};
    buf_printf(&b, fmt, arg);
    diag_emit("error", buf_cstr(&b));
    return 1;
}

/* How many values follow a nix-instantiate flag (so that a value such as `--arg x -f`
 * is not taken for one of nixel eval's flags). */
static int flag_values(const char *a)
{
    if (!strcmp(a, "-A") || !strcmp(a, "--attr") || !strcmp(a, "--add-root") || !strcmp(a, "--compat") ||
        !strncmp(a, "--lint-", 7)) return 1;
    int k = common_flag_arity(a);
    return k > 0 ? k : 0;
}

/* `nixel eval [OPTIONS] EXPR | -f FILE | -` (man/nixel-eval.1). Its own flags (-f, --raw,
 * --lazy) are taken out first; the rest are nix-instantiate's. argv[0] is "eval". */
static int parse_friendly_eval(Options *o, int argc, char **argv)
{
    usage_hint = "Try 'nixel eval --help' for more information.";
    char **rest = mem_arena(sizeof(char *) * (size_t)(argc + 1));
    int nrest = 0;
    const char *file = NULL;
    bool lazy = false, raw = false;
    bool steps = false, summary = false;   /* --steps[=N] (limit -1: all), the profiler's flags */
    int limit = -1;
    const char *profile = NULL, *profile_calls = NULL;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (i > 0 && (!strcmp(a, "-f") || !strcmp(a, "--file"))) {
            if (i + 1 >= argc) return usage_error("'-f' requires a file");
            file = argv[++i];
        } else if (i > 0 && !strcmp(a, "--raw")) raw = true;
        else if (i > 0 && !strcmp(a, "--lazy")) lazy = true;
        else if (i > 0 && !strcmp(a, "--steps")) steps = true;
        else if (i > 0 && !strncmp(a, "--steps=", 8)) {
            char *end;
            long n = strtol(a + 8, &end, 10);
            if (*end || end == a + 8 || n < 0 || n > 1000000000)
                return usage_error("'--steps=N' takes a number of steps");
            steps = true;
            limit = (int)n;
        } else if (i > 0 && (!strcmp(a, "--profile") || !strcmp(a, "--profile-calls"))) {
            if (i + 1 >= argc) {
                Buf b = {0};
                buf_printf(&b, "'%s' requires a file name", a);
                return usage_error(buf_cstr(&b));
            }
            if (!strcmp(a, "--profile")) profile = argv[++i];
            else profile_calls = argv[++i];
        } else if (i > 0 && !strcmp(a, "--profile-summary")) summary = true;
        else {
            rest[nrest++] = argv[i];
            for (int k = i > 0 ? flag_values(a) : 0; k > 0 && i + 1 < argc; k--) rest[nrest++] = argv[++i];
        }
    }
    options_init(o);
    int st = parse_options(o, nrest, rest);
    if (st) return st;
    if (steps && (profile || profile_calls || summary))
        return usage_error("'--steps' and the profiler cannot be used together");
    if (steps && (o->nattr_paths || o->json || o->xml))
        return usage_error("'--steps' traces a whole expression, printed plainly: for an attribute, use -E '(import ./FILE).ATTR'");
    o->steps = steps;
    o->steps_limit = limit;
    o->profile = profile;
    o->profile_calls = profile_calls;
    o->profile_summary = summary;
    o->mode = MODE_EVAL;
    o->strict = !lazy;
    o->raw = raw;
    o->for_people = true;
    if (raw && (o->json || o->xml)) return usage_error("'nixel eval --raw' prints a string as it is; it takes no --json or --xml");
    int inputs = o->nargs + (file != NULL) + o->read_stdin;
    if (inputs != 1) return usage_error("'nixel eval' takes one expression, -f FILE or - (standard input)");
    if (file) {
        if (access(file, F_OK) != 0) return eval_error_msg("nixel eval: there is no file '%s'", file);
        o->args[o->nargs++] = file;
        o->from_exprs = false;
    } else if (o->nargs && !o->from_exprs) {
        const char *a = o->args[0];
        if (access(a, F_OK) == 0) return 0;                 /* an existing file */
        if (looks_like_path(a))
            return eval_error_msg("nixel eval: there is no file '%s' (to evaluate an expression that looks like a path, use -E)", a);
        o->from_exprs = true;
    }
    return 0;
}

int eval_main(int argc, char **argv)
{
    Options o;
    int st = parse_friendly_eval(&o, argc, argv);
    return st ? st : run(&o);
}

/* The file names a command line argument; in a restricted mode it must be readable like any
 * other (Nix 2.8 checks it when it evaluates the file). */
static Source *load_file_arg(State *st, const char *arg, const char **err)
{
    if (!st || st->access == ACCESS_IMPURE) return src_load_file(NULL, arg, err);
    Handler h;
    if (!EVAL_TRY(st, &h)) {
        eval_unwind_to(st, &h);
        *err = st->err.msg;
        return NULL;
    }
    const char *path = restrict_check_path(st, src_abs_path(arg, NULL));
    eval_pop_handler(st, &h);
    return src_load_file(NULL, path, err);
}

static Source *load_arg(State *st, const Options *o, const char *arg)
{
    const char *err = NULL;
    Source *s;
    if (o->from_exprs) s = src_from_string(arg, strlen(arg), ORIGIN_STRING, NULL);
    else s = load_file_arg(st, arg, &err);
    if (!s) report_error(err ? err : "cannot load source", NO_POS);
    return s;
}

static Source *load_stdin(void)
{
    Buf b = {0};
    file_read_fd(STDIN_FILENO, &b); /* a failed read ends the input, as end of file does */
    return src_from_string(b.s ? b.s : "", b.len, ORIGIN_STDIN, NULL);
}

/* The sources to process, in nix-instantiate's order: standard input first (with "-"),
 * then files or expressions; with neither, ./default.nix. */
static int collect_sources(State *st, const Options *o, Source ***out)
{
    Source **srcs = mem_arena(sizeof(Source *) * (size_t)(o->nargs + 2));
    int n = 0;
    if (o->read_stdin) srcs[n++] = load_stdin();
    const char *dflt = "./default.nix";
    const char **args = o->args;
    int nargs = o->nargs;
    if (!o->read_stdin && nargs == 0 && !o->from_exprs) { args = &dflt; nargs = 1; }
    for (int i = 0; i < nargs; i++) {
        Source *s = load_arg(st, o, args[i]);
        if (!s) return -1;
        srcs[n++] = s;
    }
    *out = srcs;
    return n;
}

static int run_parse(const Options *o)
{
    Source **srcs;
    int n = collect_sources(NULL, o, &srcs);
    if (n < 0) return 1;
    ParseOptions opts = o->lints;
    opts.current = o->compat == COMPAT_CURRENT;
    for (int i = 0; i < n; i++) {
        ParseError err;
        Expr *e = src_parse_with(srcs[i], src_base_scope(), &opts, &err);
        if (!e) {
            report_error(err.msg, err.pos);
            return 1;
        }
        Buf b = {0};
        show_expr(&b, e);
        buf_addc(&b, '\n');
        fwrite(b.s, 1, b.len, stdout);
    }
    return 0;
}

/* ---- evaluation ---- */

typedef struct {
    State *st;
    const Options *o;
    Attrs *auto_args;
    Buf out;        /* output not yet written: flushed also when an error stops us */
    Value *root;    /* the value of the file or expression being evaluated */
    bool warned_add_root;   /* the warning about --add-root comes once a run */
    size_t written;         /* how much of out has gone to stdout already */
} Run;

static void instantiate(Run *r, Value *v)
{
    State *st = r->st;
    DrvList l = {0};
    eval_get_derivations(st, v, r->auto_args, &l);
    for (size_t i = 0; i < l.n; i++) {
        Attrs *a = l.items[i]->attrs;
        Attr *dp = attrs_find(a, st->s_drvPath);
        if (!dp) eval_error(st, ERR_OTHER, NO_POS, "derivation does not contain a 'drvPath' attribute");
        size_t len;
        Context *ctx = NULL;
        CoerceOpts o = { false, false, true };
        const char *drv = coerce_to_string(st, dp->pos, dp->value, &ctx, o, &len);
        Attr *on = attrs_find(a, st->s_outputName);
        const char *out = on ? force_string(st, on->value, on->pos, NULL) : "";
        if (!*out) eval_error(st, ERR_OTHER, NO_POS, "derivation '%s' lacks an 'outputName' attribute", drv);
        if (!r->warned_add_root && !r->o->no_gc_warning && r->o->verbosity >= 1) {
            r->warned_add_root = true;
            fflush(stdout);
            diag_emit("warning", "you did not specify '--add-root'; the result might be removed by the garbage collector");
        }
        buf_adds(&r->out, drv);
        if (strcmp(out, "out")) buf_printf(&r->out, "!%s", out);
        buf_addc(&r->out, '\n');
        fwrite(r->out.s, 1, r->out.len, stdout);
        r->out.len = 0;
    }
}

/* The one global of the drop-in: a signal handler has nowhere else to write. Nix 2.8's
 * signal thread records SIGINT, SIGTERM and SIGHUP the same way, and evaluation goes on to
 * the next checkInterrupt. */
static volatile sig_atomic_t interrupted_by_signal;

static void note_signal(int sig)
{
    (void)sig;
    interrupted_by_signal = 1;
}

static void catch_interrupts(State *st)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = note_signal;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    st->interrupted = &interrupted_by_signal;
}

/* Writes out what of r->out up to n has not gone yet, and flushes. */
static void write_out_to(Run *r, size_t n)
{
    if (n > r->written) {
        fwrite(r->out.s + r->written, 1, n - r->written, stdout);
        r->written = n;
    }
    fflush(stdout);
}

static size_t stdout_block_size(void)
{
    struct stat sb;
    return fstat(STDOUT_FILENO, &sb) == 0 && sb.st_blksize > 0 ? (size_t)sb.st_blksize : BUFSIZ;
}

static void eval_one(Run *r, Source *src)
{
    State *st = r->st;
    ParseError pe;
    Expr *e = src_parse_with(src, st->base_scope, &st->parse, &pe);
    if (!e) eval_error(st, ERR_PARSE, pe.pos, "%s", pe.msg);
    if (r->o->steps) {
        Value *v = steps_eval(st, st->base_env, e, r->o->steps_limit, stdout);
        print_value(st, &r->out, v);
        buf_addc(&r->out, '\n');
        fwrite(r->out.s, 1, r->out.len, stdout);
        r->out.len = 0;
        return;
    }
    Value *root = r->root = val_alloc();
    eval_expr(st, st->base_env, e, root);
    int npaths = r->o->nattr_paths;
    const char *empty = "";
    const char **paths = npaths ? r->o->attr_paths : &empty;
    if (!npaths) npaths = 1;
    for (int i = 0; i < npaths; i++) {
        Value *v = eval_find_attr_path(st, paths[i], r->auto_args, root);
        force(st, v, val_pos(v, NO_POS));
        if (r->o->mode == MODE_INSTANTIATE) { instantiate(r, v); continue; }
        Value *res = v;
        if (r->auto_args->n) {
            res = val_alloc();
            eval_auto_call(st, r->auto_args, v, res);
        }
        Context *ctx = NULL;
        if (r->o->raw) {
            size_t len;
            const char *text = coerce_to_string(st, val_pos(v, NO_POS), res, &ctx, (CoerceOpts){ false, true, true }, &len);
            buf_add(&r->out, text, len);
        } else if (r->o->xml) {
            eval_check_interrupt(st);   /* its printers check, value by value */
            print_xml(st, &r->out, res, r->o->strict, !r->o->no_location, &ctx);
        } else if (r->o->json) {
            eval_check_interrupt(st);
            print_json(st, &r->out, res, r->o->strict, val_pos(v, NO_POS), &ctx);
            if (r->o->for_people) buf_addc(&r->out, '\n');
        } else {
            if (r->o->strict) force_deep(st, res);
            eval_check_interrupt(st);   /* Nix's Value::print checks */
            print_value(st, &r->out, res);
            buf_addc(&r->out, '\n');
        }
        if (r->o->json && !r->o->for_people) continue;  /* see dropin_before_log */
        write_out_to(r, r->out.len);     /* Nix ends plain and XML output with std::endl */
        r->out.len = r->written = 0;
    }
}

/* What nix-instantiate shows of an output cut short by an error: its JSON writer closes what
 * was open, and stdout is buffered, so only the whole blocks written before the error come out
 * before the message; the rest follows at exit (and is lost after a stack overflow, where Nix
 * exits from its signal handler). Its XML writer ends every line with std::endl, which
 * flushes, so XML (closed by nixel's printer already) comes out whole before the message.
 * Writes what comes first and leaves the rest in r->out. */
static void write_partial_output(Run *r, bool overflow)
{
    if (!r->out.len) return;
    if (r->o->json && !overflow) print_json_close_partial(&r->out);
    size_t block = stdout_block_size();
    write_out_to(r, r->o->xml ? r->out.len : (r->out.len - 1) / block * block);
}

static int write_profile_file(const Profile *p, const char *path, bool calls)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        Buf b = {0};
        buf_printf(&b, "cannot write the profile to '%s'", path);
        report_error(buf_cstr(&b), NO_POS);
        return 1;
    }
    profile_write_folded(p, f, calls);
    return fclose(f) ? 1 : 0;
}

/* After the evaluation: the folded stacks to their files, the summary to stderr. */
static int write_profile(Profile *p, const Options *o)
{
    profile_stop(p);
    int rc = 0;
    if (o->profile) rc |= write_profile_file(p, o->profile, false);
    if (o->profile_calls) rc |= write_profile_file(p, o->profile_calls, true);
    if (o->profile_summary) {
        fflush(stdout);
        profile_write_summary(p, stderr, 20);
    }
    return rc;
}

/* For the hints of `nixel eval`: the option tree, when what is evaluated is the result of
 * evalModules (a set with `options` and `config`), as in `nixel eval -A config.x host.nix`. */
static Value *root_options(State *st, void *data)
{
    Value *root = ((Run *)data)->root;
    if (!root || root->type != T_ATTRS || !attrs_get(root->attrs, sym_cstr("config"))) return NULL;
    return attrs_get(root->attrs, sym_cstr("options"));
}

/* The drop-in's stdout before a message on stderr: what Nix 2.8 has flushed by then. Its
 * XML writer flushes line by line (std::endl), and plain output is flushed after each value;
 * JSON output (all values of the run, kept in r->out until the end) goes out in whole blocks
 * of stdout's buffer, as the buffer fills. */
static void dropin_before_log(void *data)
{
    Run *r = data;
    if (!r->out.len || !(r->o->xml || r->o->json)) return;
    size_t n = r->out.len;
    if (r->o->json) n = (n - 1) / stdout_block_size() * stdout_block_size();
    else while (n && r->out.s[n - 1] != '\n') n--;
    write_out_to(r, n);
}

static void set_lints(ParseOptions *p, const ParseOptions *lints)
{
    p->lint_short_path = lints->lint_short_path;
    p->lint_absolute_path = lints->lint_absolute_path;
    p->lint_url = lints->lint_url;
}

static int run_eval(const Options *o)
{
    State *st = eval_new_state();
    st->show_trace = o->show_trace;
    /* Nix 2.8 writes to its store unless it only evaluates (--eval without
     * --read-write-mode); nixel's own commands keep what they add too */
    st->read_write = o->read_write || o->mode == MODE_INSTANTIATE || o->for_people;
    eval_set_compat(st, o->compat);
    st->newer_builtins = eval_compat_current(st) || o->for_people;
    st->abort_on_warn = o->settings.abort_on_warn;
    st->native_code = o->settings.native_code;
    st->trace_calls = o->settings.trace_calls;
    st->git_dirty_refused = o->settings.dirty_refused;
    st->git_dirty_quiet = o->settings.dirty_quiet;
    st->toml_timestamps = o->settings.toml_timestamps;
    set_lints(&st->parse, &o->lints);
    st->system = o->settings.system;
    st->nix_path = o->settings.nix_path;
    st->verbosity = o->verbosity;
    st->search_path_only = !o->for_people;  /* nixel eval keeps its own lib at hand */
    if (!o->for_people) catch_interrupts(st);   /* nixel eval stops at once */
    restrict_set_mode(st, access_mode(o));
    if (o->allowed_uris) restrict_allow_uris(st, o->allowed_uris);
    /* pure-eval has no search path */
    for (int i = 0; i < o->nincludes && st->access != ACCESS_PURE; i++) eval_add_search_path(st, o->includes[i]);
    eval_init_base_env(st);
    Run r = { st, o, NULL, {0}, NULL, false, 0 };
    if (!o->for_people) diag_set_before_log(dropin_before_log, &r);
    Handler h;
    if (!EVAL_TRY(st, &h)) {
        eval_unwind_to(st, &h);
        write_partial_output(&r, st->err.kind == ERR_STACK_OVERFLOW);
        if (o->for_people) teach_report_error(st, &st->err, &(TeachHelp){ root_options, &r, NULL });
        else eval_print_error(st, &st->err);
        fflush(stderr);
        if (st->err.kind != ERR_STACK_OVERFLOW && r.out.len > r.written) fwrite(r.out.s + r.written, 1, r.out.len - r.written, stdout);
        return 1;
    }
    r.auto_args = eval_make_auto_args(st, o->auto_names, o->auto_values, o->nauto);
    if (o->find_file) {
        for (int i = 0; i < o->nargs; i++) {
            const char *p = eval_find_file(st, attrs_get(st->builtins->attrs, sym_cstr("nixPath")), o->args[i], NO_POS);
            printf("%s\n", p);
        }
        eval_pop_handler(st, &h);
        return 0;
    }
    Source **srcs;
    int n = collect_sources(st, o, &srcs);
    if (n < 0) { eval_pop_handler(st, &h); return 1; }
    Profile *prof = o->profile || o->profile_calls || o->profile_summary ? profile_start(st) : NULL;
    for (int i = 0; i < n; i++) eval_one(&r, srcs[i]);
    eval_pop_handler(st, &h);
    fwrite(r.out.s + r.written, 1, r.out.len - r.written, stdout);  /* the drop-in's JSON */
    if (prof) return write_profile(prof, o);
    return 0;
}

static int run(Options *o)
{
    int st = apply_settings(o);
    if (st) return st;
    if (o->mode == MODE_PARSE) return run_parse(o);
    st = run_eval(o);
    diag_set_before_log(NULL, NULL);    /* its Run is gone */
    return st;
}

/* Raises the stack limit and re-executes, so that the main thread's stack can grow that
 * far. Returns the usable stack size. */
static size_t ensure_stack(char **argv)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) != 0) return (size_t)8 << 20;
    if (getenv(NIXEL_REEXEC_VAR)) unsetenv(NIXEL_REEXEC_VAR);
    else if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < NIXEL_STACK_SIZE) {
        struct rlimit want = rl;
        want.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max >= NIXEL_STACK_SIZE ? NIXEL_STACK_SIZE : rl.rlim_max;
        if (want.rlim_cur > rl.rlim_cur && setrlimit(RLIMIT_STACK, &want) == 0) {
            setenv(NIXEL_REEXEC_VAR, "1", 1);
            execv("/proc/self/exe", argv);
            unsetenv(NIXEL_REEXEC_VAR); /* exec failed: go on with the old stack */
            setrlimit(RLIMIT_STACK, &rl);
        }
        getrlimit(RLIMIT_STACK, &rl);
    }
    if (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > NIXEL_STACK_SIZE) return NIXEL_STACK_SIZE;
    return rl.rlim_cur;
}

/* nixel's own commands report a failed write to stdout with its reason. Not on a terminal
 * (where writes do not fail so), nor for an interactive repl, whose line editor needs
 * stdout's own descriptor. */
static bool watches_stdout(const Command *c)
{
    if (isatty(STDOUT_FILENO)) return false;
    return strcmp(c->name, "repl") || !isatty(STDIN_FILENO);
}

/* A size: digits with an optional K, M, G or T (powers of 1024); 0 if it is none. */
static uint64_t parse_size(const char *s)
{
    size_t len = strlen(s);
    const char *units = "KMGT", *u = len ? strchr(units, toupper((unsigned char)s[len - 1])) : NULL;
    uint64_t n, mult = u && *u ? (uint64_t)1 << (10 * (u - units + 1)) : 1;
    if (mult > 1) len--;
    if (!parse_unsigned(s, len, UINT64_MAX / mult, &n)) return 0;
    return n * mult;
}

static bool set_heap_limit(const char *from, const char *size)
{
    uint64_t n = parse_size(size);
    if (!n || n > SIZE_MAX) {
        fprintf(stderr, "error: %s: '%s' is not a size (a number of bytes with an optional K, M, G or T)\n", from, size);
        return false;
    }
    mem_set_max_heap((size_t)n);
    return true;
}

/* The heap limit, read before the collector starts: NIXEL_MAX_HEAP in every mode (the
 * drop-in's command line is Nix 2.8's, which has no such flag), and --max-heap SIZE or
 * --max-heap=SIZE on the command line of nixel's own commands, removed from argv. */
static bool take_heap_limit(int *argc, char **argv, bool own_command)
{
    const char *env = getenv("NIXEL_MAX_HEAP");
    if (env && *env && !set_heap_limit("NIXEL_MAX_HEAP", env)) return false;
    if (!own_command) return true;
    int out = 2;
    for (int i = 2; i < *argc; i++) {
        const char *a = argv[i], *size = NULL;
        if (!strcmp(a, "--max-heap")) {
            if (i + 1 >= *argc) { fprintf(stderr, "error: flag '--max-heap' requires 1 argument\n"); return false; }
            size = argv[++i];
        } else if (!strncmp(a, "--max-heap=", 11)) size = a + 11;
        if (!size) argv[out++] = argv[i];
        else if (!set_heap_limit("--max-heap", size)) return false;
    }
    argv[out] = NULL;
    *argc = out;
    return true;
}

/* Everything but the choice of stack. */
static int nixel_main(int argc, char **argv, size_t stack)
{
    stack_set_limit(__builtin_frame_address(0), stack);
    resolve_set_reserve(stack / 2);
    src_intern_startup_names();
    Compat level;
    if (!eval_compat_from_env(&level)) {
        diag_emit("error", compat_unknown("NIXEL_COMPAT", getenv("NIXEL_COMPAT")));
        return 1;
    }
    const char *store_err;
    if (!store_dir_from_env(&store_err)) {   /* Nix 2.8 aborts on it */
        diag_emit("error", store_err);
        return 1;
    }
    const Command *c = argc > 1 && !help_called_as_nix_instantiate(argv[0]) ? command_find(argv[1]) : NULL;
    if (c) {
        if (watches_stdout(c)) file_watch_stdout();
        int rc = help_asked(argc - 1, argv + 1) ? help_show(c->name) : c->run(argc - 1, argv + 1);
        return file_finish_stdout(rc);
    }
    Options o;
    options_init(&o);
    o.settings.current = level == COMPAT_CURRENT;
    Buf err = {0};
    SettingStatus ss = settings_load(&o.settings, &err);
    if (ss != SETTING_OK) return setting_failed(ss, &err);
    int st = parse_options(&o, argc, argv);
    if (st) return st;
    st = run(&o);
    fflush(stdout);     /* a failed write is ignored, as Nix 2.8's std::cout ignores it */
    return st;
}

typedef struct { int argc; char **argv; int rc; } MainCall;

/* makecontext passes only ints: the MainCall's address comes in two halves. */
static void main_on_own_stack(unsigned lo, unsigned hi)
{
    MainCall *m = (MainCall *)(((uintptr_t)hi << 32) | lo);
    m->rc = nixel_main(m->argc, m->argv, NIXEL_STACK_SIZE);
}

/* A stack of nixel's own (only the pages touched take memory), on which nixel_main runs
 * instead of raising the stack limit and executing itself again, which cost a second
 * process start (a quarter of the startup time). NULL if it cannot be had, and under the
 * sanitizers (NIXEL_NO_GC), which do not follow switched stacks. */
static char *map_own_stack(void)
{
#ifndef NIXEL_NO_GC
    char *stk = mmap(NULL, NIXEL_STACK_SIZE, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (stk == MAP_FAILED) return NULL;
    madvise(stk, NIXEL_STACK_SIZE, MADV_NOHUGEPAGE);   /* the stack's RSS is what it touches */
    mprotect(stk, 4096, PROT_NONE);                     /* a guard page below it */
    return stk;
#else
    return NULL;
#endif
}

/* Runs nixel_main on stk; false if the switch fails. */
static bool run_on_own_stack(MainCall *m, char *stk)
{
    ucontext_t back, own;
    if (getcontext(&own) != 0) return false;
    own.uc_stack.ss_sp = stk;
    own.uc_stack.ss_size = NIXEL_STACK_SIZE;
    own.uc_link = &back;
    uintptr_t a = (uintptr_t)m;
    makecontext(&own, (void (*)(void))main_on_own_stack, 2, (unsigned)(a & 0xffffffffu), (unsigned)(a >> 32));
    mem_use_stack(stk + NIXEL_STACK_SIZE);
    return swapcontext(&back, &own) == 0;
}

int main(int argc, char **argv)
{
    /* Without a stack of its own nixel re-executes itself first, with the arguments as given:
     * taking the heap limit removes --max-heap from them. */
    char *stk = map_own_stack();
    size_t stack = stk ? NIXEL_STACK_SIZE : ensure_stack(argv);
    /* the heap limit is set before the collector starts */
    bool own_command = argc > 1 && !help_called_as_nix_instantiate(argv[0]) && command_find(argv[1]);
    if (!take_heap_limit(&argc, argv, own_command)) return 1;
    mem_init();
    MainCall m = { argc, argv, 0 };
    if (!stk) return nixel_main(argc, argv, stack);
    if (run_on_own_stack(&m, stk)) return m.rc;
    fprintf(stderr, "error: cannot switch to nixel's own stack: %s\n", strerror(errno));
    return 1;
}
