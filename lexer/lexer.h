/* lexer.h: the lexer's state. The lexer is bison's yylex (see lexer.re); it keeps a stack
 * of start states because strings, indented strings and paths nest inside `${ }`. */
#ifndef NIXEL_LEXER_H
#define NIXEL_LEXER_H

#include <stdbool.h>
#include <stdint.h>

#include "base/pos.h"

typedef enum {
    LX_INITIAL,      /* bottom of the stack: a `}` here pops nothing */
    LX_DEFAULT,
    LX_STRING,
    LX_IND_STRING,
    LX_PATH_START,
    LX_INPATH,
    LX_INPATH_SLASH
} LexState;

typedef struct Lexer {
    const unsigned char *text, *cur, *lim, *mar, *ctx;
    Pos base;
    /* Positions as flex tracks them: the last text matched (tokens and blanks alike) and
     * the one before it, which CppNix's lexer restores when it puts text back. */
    Pos loc_first, loc_last, prev_first, prev_last;
    bool eof_path_end;
    /* the run of path characters around the cursor, and whether a path or URI can start
     * in it (see no_path_here) */
    const unsigned char *run_start, *run_end;
    bool run_no_path;
    uint8_t *stack;
    uint32_t depth, cap;
} Lexer;

void lex_init(Lexer *lx, const Source *src);

#endif
