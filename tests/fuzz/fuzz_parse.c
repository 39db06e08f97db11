/* fuzz_parse.c: libFuzzer harness over the front end (lexer, parser, scope pass, printer).
 * Built and run by `make fuzz`. Every input is parsed as a -E string; what parses is
 * printed as `--parse` prints it and the printout is parsed again. The printout is Nix
 * 2.8's, quirks included, so it does not always parse back (see printable() below);
 * where it must, a failure aborts. Crashes and sanitizer reports are the main signal. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "base/buf.h"
#include "base/diag.h"
#include "base/mem.h"
#include "parser/source.h"
#include "base/stack.h"
#include "parser/show.h"
#include "parser/bindings.h"
#include "tests/fuzz/fuzz.h"

/* Relative and home paths resolve against these, so printouts do not depend on where
 * the fuzzer runs (a directory with a space in its name would not print as a path). */
#define FUZZ_DIR "/fuzz"
#define FUZZ_HOME "/home/fuzz"

static size_t stack_size;

/* Random names are mostly undefined variables, which would stop most inputs at the
 * scope pass; an input that fails so is parsed again inside this `with`-like scope,
 * where every name is defined, to get on to the printer. */
static Scope open_scope = { .is_with = true };


int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    setenv("HOME", FUZZ_HOME, 1);
    struct rlimit rl;
    stack_size = (size_t)8 << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < stack_size)
        stack_size = rl.rlim_cur;
    mem_init();
    src_intern_startup_names();
    open_scope.up = src_base_scope();
    fuzz_state_save();
    fuzz_mem_mark();
    return 0;
}

static const char *const keywords[] = {
    "then", "else", "assert", "with", "let", "in", "rec", "inherit",
};

/* A name prints bare when it looks like an identifier, keywords included (but `if`),
 * as in CppNix; such a printout does not parse. */
static bool name_ok(Sym s)
{
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (sym_len(s) == strlen(keywords[i]) && !memcmp(sym_str(s), keywords[i], sym_len(s)))
            return false;
    return true;
}

static bool printable(const Expr *e, bool full);

static bool path_ok(const AttrName *p, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (p[i].sym != SYM_NONE ? !name_ok(p[i].sym) : !printable(p[i].expr, true)) return false;
    return true;
}

static bool attrs_ok(const ExprAttrs *a)
{
    for (uint32_t i = 0; i < a->n; i++)
        if (!name_ok(a->attrs[i].name) || !printable(a->attrs[i].e, true)) return false;
    for (uint32_t i = 0; i < a->ndyn; i++)
        if (!printable(a->dyn[i].name, true) || !printable(a->dyn[i].value, true)) return false;
    return true;
}

/* A path value prints back as a path literal only as `/seg/seg`: not `/` alone and not
 * with a trailing slash (the first piece of an interpolated path, `(/a/ + x)`). */
static bool path_literal_ok(const ExprPath *p)
{
    if (p->len < 2 || p->s[0] != '/' || p->s[p->len - 1] == '/') return false;
    for (uint32_t i = 1; i < p->len; i++) {
        char c = p->s[i];
        bool pc = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '.' || c == '_' || c == '+' || c == '-';
        if (!pc && !(c == '/' && p->s[i - 1] != '/')) return false;
    }
    return true;
}

/* Whether show_expr's printout of e parses again. full: e's printout stands where any
 * expression may (CppNix prints `assert c; e` without parentheses, so an assert is
 * fine only there). Conservative: false for anything in doubt. */
static bool printable(const Expr *e, bool full)
{
    switch ((ExprKind)e->kind) {
    case E_INT: case E_STR: case E_CUR_POS: return true;
    case E_FLOAT: {
        /* %g: an exponent, inf or nan does not lex as a number */
        char tmp[64];
        snprintf(tmp, sizeof tmp, "%g", ((const ExprFloat *)e)->f);
        return strspn(tmp, "0123456789.") == strlen(tmp);
    }
    case E_PATH: return path_literal_ok((const ExprPath *)e);
    case E_VAR: return name_ok(((const ExprVar *)e)->name);
    case E_SELECT: {
        const ExprSelect *s = (const ExprSelect *)e;
        return printable(s->e, true) && path_ok(s->path, s->n) && (!s->def || printable(s->def, true));
    }
    case E_HASATTR: {
        const ExprHasAttr *h = (const ExprHasAttr *)e;
        return printable(h->e, true) && path_ok(h->path, h->n);
    }
    case E_ATTRS: return attrs_ok((const ExprAttrs *)e);
    case E_LIST: {
        const ExprList *l = (const ExprList *)e;
        for (uint32_t i = 0; i < l->n; i++)
            if (!printable(l->elems[i], true)) return false;
        return true;
    }
    case E_LAMBDA: {
        const ExprLambda *l = (const ExprLambda *)e;
        if (l->arg != SYM_NONE && !name_ok(l->arg)) return false;
        for (uint32_t i = 0; i < l->nformals; i++)
            if (!name_ok(l->formals[i].name) || (l->formals[i].def && !printable(l->formals[i].def, true)))
                return false;
        return printable(l->body, true);
    }
    case E_CALL: {
        const ExprCall *c = (const ExprCall *)e;
        if (!printable(c->fn, false)) return false;
        for (uint32_t i = 0; i < c->n; i++) {
            if (!printable(c->args[i], false)) return false;
            /* `f or` (the variable `or` as an argument) prints as `(f or)`, which after a
             * selection reads as an unfinished `x.a or default` */
            const Expr *a = c->args[i];
            if (a->kind == E_VAR && sym_len(((const ExprVar *)a)->name) == 2 &&
                !memcmp(sym_str(((const ExprVar *)a)->name), "or", 2)) return false;
        }
        return true;
    }
    case E_LET: {
        const ExprLet *l = (const ExprLet *)e;
        return attrs_ok(l->attrs) && printable(l->body, true);
    }
    case E_WITH:
        return printable(((const ExprWith *)e)->attrs, true) && printable(((const ExprWith *)e)->body, true);
    case E_IF: {
        const ExprIf *i = (const ExprIf *)e;
        return printable(i->cond, true) && printable(i->then, true) && printable(i->els, true);
    }
    case E_ASSERT:
        return full && printable(((const ExprAssert *)e)->cond, true) &&
               printable(((const ExprAssert *)e)->body, true);
    case E_NOT: return printable(((const ExprNot *)e)->e, false);
    case E_EQ: case E_NEQ: case E_AND: case E_OR: case E_IMPL: case E_UPDATE: case E_CONCAT_LISTS:
        return printable(((const ExprBin *)e)->a, false) && printable(((const ExprBin *)e)->b, false);
    case E_CONCAT_STRINGS: {
        const ExprConcat *c = (const ExprConcat *)e;
        for (uint32_t i = 0; i < c->n; i++)
            if (!printable(c->parts[i], false)) return false;
        return true;
    }
    }
    return false;
}

/* Parses as a -E argument. An error is laid out as nixel shows it (source excerpt
 * included), which must point into this source. */
static Expr *parse(const char *text, size_t len, const Scope *scope, ParseError *err)
{
    Source *src = src_from_string(text, len, ORIGIN_STRING, FUZZ_DIR);
    if (!src) {
        fprintf(stderr, "fuzz_parse: position space exhausted (fuzz_state_restore not called?)\n");
        abort();
    }
    Expr *e = src_parse(src, scope, err);
    if (!e) {
        if (err->pos != NO_POS && pos_source(err->pos) != src) {
            fprintf(stderr, "fuzz_parse: error '%s' at position %u, outside the source\n", err->msg, err->pos);
            abort();
        }
        Buf b = {0};
        buf_adds(&b, err->msg);
        diag_add_excerpt(&b, err->pos);
    }
    return e;
}

/* Printouts may hold NUL bytes (from `''` strings), so they keep their length. */
static Buf print(const Expr *e)
{
    Buf b = {0};
    show_expr(&b, e);
    (void)buf_cstr(&b);
    return b;
}

/* A printout too deep for the parser stack or the C stack may fail to parse even
 * when the original did not: printing adds parentheses. */
static bool resource_error(const ParseError *err)
{
    return strstr(err->msg, "memory exhausted") || strstr(err->msg, "stack overflow");
}

static void must_parse(const char *what, const Buf *text, const ParseError *err)
{
    if (resource_error(err)) return;
    fprintf(stderr, "fuzz_parse: the %s does not parse: %s\n--- printout ---\n", what, err->msg);
    fwrite(text->s, 1, text->len, stderr);
    fputc('\n', stderr);
    abort();
}

/* Every binding the walk of parser/bindings.c names is found again by its path (but for the
 * empty path, `"" = x;`, which names no option). */
static void check_bindings(const Expr *e)
{
    const char *paths[64];
    size_t n = 0;
    bindings_under(e, "", paths, &n, 64);
    for (size_t i = 0; i < n; i++) {
        Binding exact[1], deepest;
        if (*paths[i] && bindings_at_path(e, paths[i], exact, 1, &deepest) == 0 && !stack_low(64 << 10)) {
            fprintf(stderr, "fuzz_parse: the binding '%s' is not found by its path\n", paths[i]);
            abort();
        }
    }
}

static void run(const uint8_t *data, size_t size)
{
    ParseError err;
    const Scope *scope = src_base_scope();
    Expr *e1 = parse((const char *)data, size, scope, &err);
    if (!e1 && !strncmp(err.msg, "undefined variable", 18)) {
        scope = &open_scope;
        e1 = parse((const char *)data, size, scope, &err);
    }
    if (!e1) return;
    check_bindings(e1);
    Buf p1 = print(e1);
    if (!printable(e1, true)) {
        (void)parse(p1.s, p1.len, scope, &err); /* exercise it, but any result goes */
        return;
    }
    Expr *e2 = parse(p1.s, p1.len, scope, &err);
    if (!e2) { must_parse("printout", &p1, &err); return; }
    /* The first printout normalises (numbers, strings, `"${x}"` -> `(x)`); printing
     * what it parses to gives a fixed point. */
    Buf p2 = print(e2);
    if (!printable(e2, true)) return;
    Expr *e3 = parse(p2.s, p2.len, scope, &err);
    if (!e3) { must_parse("second printout", &p2, &err); return; }
    Buf p3 = print(e3);
    if (p2.len != p3.len || memcmp(p2.s, p3.s, p2.len) != 0) {
        fprintf(stderr, "fuzz_parse: printing is not a fixed point\n--- 2nd ---\n%s\n--- 3rd ---\n%s\n",
                p2.s, p3.s);
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* The recursion guards measure from here; keep a margin for libFuzzer's frames above. */
    stack_set_limit(__builtin_frame_address(0), stack_size);
    resolve_set_reserve(stack_size / 2);
    run(data, size);
    fuzz_state_restore();
    fuzz_mem_release();
    return 0;
}
