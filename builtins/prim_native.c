/* prim_native.c: the builtins that the setting allow-unsafe-native-code-during-evaluation
 * adds, as Nix 2.8 adds them: `exec` runs a program and evaluates what it prints as Nix,
 * `importNative` loads a shared object. Neither is bound without the setting
 * (eval_init_base_env), and nixel render never sets it.
 *
 * importNative hands the loaded function Nix's C++ EvalState, which nixel does not have:
 * it opens the library and finds the symbol as Nix does (so its errors are Nix's), then
 * says that it cannot call it. */
#include "builtins/prim.h"
#include "base/buf.h"
#include "base/diag.h"
#include "base/mem.h"
#include "builtins/run.h"
#include "parser/source.h"

#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

/* The directory the program's output is parsed against: Nix 2.8 passes the calling
 * position's "file", which is the file itself (so ./x is FILE/x), the text of an -E
 * expression, or nothing for stdin. */
static const char *exec_base_dir(Pos pos)
{
    const Source *s = pos_source(pos);
    if (!s) return "";
    if (s->origin == ORIGIN_FILE) return s->path;
    if (s->origin == ORIGIN_STRING) return s->text;
    return "";
}

/* What Nix's forked child prints when it cannot execute the program (always in colour:
 * the child writes the message as it is, not through the logger that strips colours),
 * before it exits with 1. */
static void report_exec_failure(const char *program, int err)
{
    fprintf(stderr, "\033[31;1merror:\033[0m executing '\033[35;1m%s\033[0m': \033[35;1m%s\033[0m\n", program, strerror(err));
    fflush(stderr);
}

/* argv's stdout, stdin and stderr inherited; a failure or a non-zero status is an error,
 * worded as Nix's. */
static char *exec_output(State *st, char **argv, size_t *len)
{
    fflush(stdout);
    fflush(stderr);
    Buf out = {0};
    int status = run_program(argv, &(RunOptions){ 0 }, &out);
    if (status < 0) {
        report_exec_failure(argv[0], errno);
        eval_error(st, ERR_EVAL, NO_POS, "program '%s' failed with exit code 1", argv[0]);
    }
    run_check_status(st, argv[0], status);
    *len = out.len;
    return (char *)buf_cstr(&out);
}

/* The program and its arguments: strings (or paths, not copied) whose context must be
 * valid store paths. */
static char **exec_argv(State *st, Pos pos, Value **elems, uint32_t n)
{
    char **argv = mem_alloc((n + 1) * sizeof *argv);
    Context *ctx = NULL;
    size_t len;
    for (uint32_t i = 0; i < n; i++)
        argv[i] = (char *)coerce_to_string(st, pos, elems[i], &ctx, (CoerceOpts){ 0 }, &len);
    const char *bad = prim_invalid_context_path(st, ctx);
    if (bad) eval_error(st, ERR_EVAL, pos, "cannot execute '%s', since path '%s' is not valid", argv[0], bad);
    return argv;
}

static void prim_exec(State *st, Pos pos, Value **args, Value *out)
{
    uint32_t n;
    Value **elems = force_list(st, args[0], pos, &n);
    if (n == 0) eval_error(st, ERR_EVAL, pos, "at least one argument to 'exec' required");
    char **argv = exec_argv(st, pos, elems, n);
    size_t len;
    char *text = exec_output(st, argv, &len);

    Source *src = src_from_string(text, len, ORIGIN_STRING, exec_base_dir(pos));
    if (!src) eval_error(st, ERR_EVAL, pos, "too much source code loaded");
    Buf m = {0};
    buf_printf(&m, "While parsing the output from '" DIAG_ARG "%s" DIAG_NORMAL "'", argv[0]);
    eval_push_frame(st, (Frame){ FR_TEXT, pos, 0, buf_cstr(&m), 0 });
    ParseError pe;
    Expr *e = src_parse(src, st->base_scope, &pe);
    if (!e) eval_error(st, ERR_PARSE, pe.pos, "%s", pe.msg);
    eval_pop_frame(st);

    Buf w = {0};
    buf_printf(&w, "While evaluating the output from '" DIAG_ARG "%s" DIAG_NORMAL "'", argv[0]);
    eval_push_frame(st, (Frame){ FR_TEXT, pos, 0, buf_cstr(&w), 0 });
    eval_expr(st, st->base_env, e, out);
    eval_pop_frame(st);
}

static void prim_importNative(State *st, Pos pos, Value **args, Value *out)
{
    (void)out;
    const char *path = prim_realise_path(st, pos, args[0]);
    const char *sym = force_string_noctx(st, args[1], pos, NULL);
    void *handle = dlopen(path, RTLD_LAZY | RTLD_LOCAL);
    if (!handle) eval_error(st, ERR_EVAL, NO_POS, "could not open '%s': %s", path, dlerror());
    dlerror();
    void *fn = dlsym(handle, sym);
    if (!fn) {
        const char *why = dlerror();
        if (why) eval_error(st, ERR_EVAL, NO_POS, "could not load symbol '%s' from '%s': %s", sym, path, why);
        eval_error(st, ERR_EVAL, NO_POS, "symbol '%s' from '%s' resolved to NULL when a function pointer was expected", sym, path);
    }
    /* no dlclose, as in Nix: the library stays loaded */
    eval_error(st, ERR_EVAL, pos, "cannot call '%s' from '%s': importNative runs code written against Nix's C++ evaluator, which nixel is not", sym, path);
}

const PrimDef prim_native_defs[] = {
    { "__exec", 1, prim_exec },
    { "__importNative", 2, prim_importNative },
    { NULL, 0, NULL },
};
