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

typedef struct Parser {
    Lexer lx;
    const Source *src;
    Expr *result;
    ParseError err;
} Parser;

/* Parses a whole source. Returns NULL and fills *err on a syntax error. */
Expr *parse_source(const Source *src, ParseError *err);

/* Internal to the grammar: records an error unless one is already recorded. */
void parse_set_error(Parser *ps, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
