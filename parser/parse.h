/* parse.h: turning a source into a syntax tree. Errors are returned, never thrown:
 * the parser records the first error's message and position. */
#ifndef NIXEL_PARSE_H
#define NIXEL_PARSE_H

#include "parser/ast.h"
#include "lexer/lexer.h"

typedef struct {
    char *msg;   /* NULL if none */
    Pos pos;
} ParseError;

/* Today's Nix's lints of path and URL literals (its lint-* settings): off, a warning, an error. */
typedef enum { LINT_IGNORE, LINT_WARN, LINT_FATAL } LintLevel;

/* How to parse: as Nix 2.8 (all zero, the default) or as today's Nix (eval/eval.h's
 * compatibility level; its lints exist only there). */
typedef struct ParseOptions {
    bool current;   /* NUL bytes in strings are errors; sets given twice merge their dynamic attributes */
    LintLevel lint_short_path, lint_absolute_path, lint_url;
} ParseOptions;

typedef struct Parser {
    Lexer lx;
    const ParseOptions *opts;   /* never NULL */
    const Source *src;
    Expr *result;
    ParseError err;
} Parser;

/* Parses a whole source. Returns NULL and fills *err on a syntax error. */
Expr *parse_source(const Source *src, const ParseOptions *opts, ParseError *err);
/* Internal to the grammar: a lint's finding, ignored, shown as a warning or (returning
 * false) recorded as the error, as today's Nix's diagnose() does. */
bool parse_lint(Parser *ps, LintLevel level, const char *setting, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Internal to the grammar: records an error unless one is already recorded. */
void parse_set_error(Parser *ps, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
