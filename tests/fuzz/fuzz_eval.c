/* fuzz_eval.c: libFuzzer harness over whole programs. Each input is an expression, parsed
 * as -E parses it and evaluated as `nix-instantiate --eval --strict` evaluates it, then
 * printed also as --json prints it, on a fresh evaluator with small time and memory caps
 * (fuzz_nix.c); errors are printed as nix-instantiate and nixel eval print them. Crashes, sanitizer reports and
 * evaluations that cannot be interrupted (libFuzzer timeouts) are the signal. */
#include "tests/fuzz/fuzz.h"

#include "eval/print.h"
#include "parser/source.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_nix_init();
    fuzz_nix_report_errors = true;
    return 0;
}

static void print_as_json(State *st, Value *v)
{
    Handler h;
    if (!EVAL_TRY(st, &h)) {
        eval_unwind_to(st, &h);
        return;
    }
    Buf b = {0};
    Context *ctx = NULL;
    print_json(st, &b, v, true, NO_POS, &ctx);
    eval_pop_handler(st, &h);
}

static void run(State *st, const uint8_t *data, size_t size)
{
    Source *src = src_from_string((const char *)data, size, ORIGIN_STRING, "/fuzz");
    ParseError pe;
    Expr *e = src_parse(src, st->base_scope, &pe);
    if (!e) eval_error(st, ERR_PARSE, pe.pos, "%s", pe.msg);
    Value *v = val_alloc();
    eval_expr(st, st->base_env, e, v);
    print_as_json(st, v);
    fuzz_print(st, v);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_nix_run(data, size, run);
    return 0;
}
