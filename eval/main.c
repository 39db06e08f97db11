/* main.c: the command line. nixel takes nix-instantiate's arguments (and is a drop-in
 * when called through a symlink named nix-instantiate). The work runs on a thread with a
 * large stack, so deep (but finite) recursion in Nix code does not crash the process. */
#ifndef NIXEL_NO_GC
#define GC_THREADS
#include <gc/gc.h>
#endif
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "mem.h"
#include "source.h"
#include "../parser/show.h"

typedef enum { MODE_EVAL, MODE_PARSE } Mode;

typedef struct {
    Mode mode;
    bool strict, json, xml, no_location, show_trace, read_write, find_file;
    bool from_exprs;            /* -E: the arguments are expressions */
    const char **args;          /* files or expressions */
    int nargs;
    int argc;
    char **argv;
} Options;

static void report_error(const char *msg, Pos pos)
{
    Buf b = {0};
    buf_adds(&b, msg);
    buf_addc(&b, '\n');
    if (pos_source(pos)) diag_add_excerpt(&b, pos);
    diag_emit("error", buf_cstr(&b));
}

static int usage_error(const char *msg)
{
    Buf b = {0};
    buf_printf(&b, "%s\nTry 'nix-instantiate --help' for more information.", msg);
    diag_emit("error", buf_cstr(&b));
    return 1;
}

/* Returns 0 on success, else the exit status. */
static int parse_options(Options *o, int argc, char **argv)
{
    memset(o, 0, sizeof *o);
    o->argc = argc;
    o->argv = argv;
    o->args = mem_arena(sizeof(char *) * (size_t)(argc + 1));
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--parse")) o->mode = MODE_PARSE;
        else if (!strcmp(a, "--eval") || !strcmp(a, "--eval-only")) o->mode = MODE_EVAL;
        else if (!strcmp(a, "--strict")) o->strict = true;
        else if (!strcmp(a, "--json")) o->json = true;
        else if (!strcmp(a, "--xml")) o->xml = true;
        else if (!strcmp(a, "--no-location")) o->no_location = true;
        else if (!strcmp(a, "--show-trace")) o->show_trace = true;
        else if (!strcmp(a, "--read-write-mode")) o->read_write = true;
        else if (!strcmp(a, "--find-file")) o->find_file = true;
        else if (!strcmp(a, "-E") || !strcmp(a, "--expr")) o->from_exprs = true;
        else if (a[0] == '-' && a[1] != 0) {
            Buf b = {0};
            buf_printf(&b, "unrecognised flag '%s'", a);
            return usage_error(buf_cstr(&b));
        } else o->args[o->nargs++] = a;
    }
    return 0;
}

static Source *load_arg(const Options *o, const char *arg)
{
    const char *err = NULL;
    Source *s;
    if (o->from_exprs) s = src_from_string(arg, strlen(arg), ORIGIN_STRING, NULL);
    else if (!strcmp(arg, "-")) {
        Buf b = {0};
        char chunk[65536];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0) buf_add(&b, chunk, n);
        s = src_from_string(b.s ? b.s : "", b.len, ORIGIN_STDIN, NULL);
    } else s = src_load_file(arg, &err);
    if (!s) report_error(err ? err : "cannot load source", NO_POS);
    return s;
}

static int run_parse(const Options *o)
{
    int n = o->nargs;
    const char *dflt = "./default.nix";
    const char **args = n ? o->args : &dflt;
    if (!n) n = 1;
    for (int i = 0; i < n; i++) {
        Source *s = load_arg(o, args[i]);
        if (!s) return 1;
        ParseError err;
        Expr *e = src_parse(s, src_base_scope(), &err);
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

static int run(Options *o)
{
    if (o->mode == MODE_PARSE) return run_parse(o);
    report_error("evaluation is not implemented yet", NO_POS);
    return 1;
}

typedef struct { Options *o; int status; } Job;

static void *job_main(void *arg)
{
    Job *j = arg;
    j->status = run(j->o);
    return NULL;
}

int main(int argc, char **argv)
{
    mem_init();
    src_intern_startup_names();
    Options o;
    int st = parse_options(&o, argc, argv);
    if (st) return st;
    Job job = { &o, 1 };
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)1 << 30);
    pthread_t t;
    if (pthread_create(&t, &attr, job_main, &job) != 0) job_main(&job);
    else pthread_join(t, NULL);
    fflush(stdout);
    return job.status;
}
