/* parse.c: running the bison parser over one source. */
#include "parser/parse.h"
#include "gen/parser.tab.h"
#include "base/buf.h"
#include "base/diag.h"

#include <stdio.h>

void parse_set_error(Parser *ps, Pos pos, const char *fmt, ...)
{
    if (ps->err.msg) return; /* the first error is the one reported */
    Buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    ps->err.msg = (char *)buf_cstr(&b);
    ps->err.pos = pos;
}

bool parse_lint(Parser *ps, LintLevel level, const char *setting, Pos pos, const char *fmt, ...)
{
    if (level == LINT_IGNORE) return true;
    Buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    buf_printf(&b, " (%s)", setting);
    if (level == LINT_FATAL) {
        parse_set_error(ps, pos, "%s", buf_cstr(&b));
        return false;
    }
    buf_addc(&b, '\n');
    diag_add_excerpt(&b, pos);
    diag_emit("warning", buf_cstr(&b));
    return true;
}

Expr *parse_source(const Source *src, const ParseOptions *opts, ParseError *err)
{
    static const ParseOptions nix_2_8;
    Parser ps = {0};
    ps.opts = opts ? opts : &nix_2_8;
    ps.src = src;
    lex_init(&ps.lx, src);
    int r = yyparse(&ps);
    if (r != 0 || !ps.result) {
        if (!ps.err.msg) parse_set_error(&ps, src->base + src->len, "syntax error");
        *err = ps.err;
        return NULL;
    }
    err->msg = NULL;
    return ps.result;
}
