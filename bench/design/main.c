/* main.c: the prototype's command line.
 *
 *   build/design/proto [--probe] FILE        evaluate FILE, print it as --eval --strict
 *   build/design/proto [--probe] -E EXPR     the same for an expression
 *
 * --probe reports on standard error how deep the C stack and the chain of call frames went.
 * DESIGN_NO_EAGER=1 makes every argument that is not a literal or a variable a thunk (the
 * cost of laziness without the eager arithmetic of delay_*_var_k). DESIGN_LAYERED=1 keeps a
 * small `//` over a big set as a layer instead of a copy (an experiment: nodes.c).
 * It parses with nixel's own parser and refuses what lies outside its subset. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "base/mem.h"
#include "base/stack.h"
#include "parser/source.h"
#include "bench/design/proto.h"

/* The C stack it may use: the soft limit, at most 1 GiB, less room for the collector and
 * for printing an error. */
static size_t usable_c_stack(void)
{
    struct rlimit rl;
    size_t total = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) total = rl.rlim_cur;
    else if (getrlimit(RLIMIT_STACK, &rl) == 0) total = (size_t)1 << 30;
    if (total > (size_t)1 << 30) total = (size_t)1 << 30;
    size_t reserve = 256u << 10;
    return total > 2 * reserve ? total - reserve : total / 2;
}

static int usage(void)
{
    fprintf(stderr, "usage: proto [--probe] FILE | proto [--probe] -E EXPR\n");
    return 2;
}

static const Source *load(int argc, char **argv, int i)
{
    if (i < argc && !strcmp(argv[i], "-E")) {
        if (i + 1 >= argc) return NULL;
        return src_from_string(argv[i + 1], strlen(argv[i + 1]), ORIGIN_STRING, NULL);
    }
    if (i >= argc) return NULL;
    const char *err = NULL;
    const Source *s = src_load_file(NULL, argv[i], &err);
    if (!s) fail(NO_POS, "%s", err ? err : "cannot read the file");
    return s;
}

int main(int argc, char **argv)
{
    size_t c_stack = usable_c_stack();
    stack_set_limit(__builtin_frame_address(0), c_stack);
    mem_init();
    exec_init((size_t)1 << 30, __builtin_frame_address(0), c_stack);
    const char *no_eager = getenv("DESIGN_NO_EAGER");
    compile_no_eager = no_eager && *no_eager && strcmp(no_eager, "0") != 0;
    const char *layered = getenv("DESIGN_LAYERED");
    design_layered = layered && *layered && strcmp(layered, "0") != 0;
    int i = 1;
    bool probe = i < argc && !strcmp(argv[i], "--probe");
    if (probe) i++;
    exec_set_probe(probe);
    const Source *src = load(argc, argv, i);
    if (!src) return usage();
    ParseError perr = { 0 };
    Expr *e = src_parse(src, src_base_scope(), &perr);
    if (!e) fail(perr.pos, "%s", perr.msg ? perr.msg : "syntax error");
    const Node *code = compile(e);
    Env *top = env_new(NULL, 0);   /* stands for the base environment: builtins are compiled by name */
    print_strict(code->run(code, top));
    if (probe) exec_report_probe();
    return 0;
}
