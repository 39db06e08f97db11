/* show.h: printing a syntax tree exactly as `nix-instantiate --parse` (Nix 2.8) does. */
#ifndef NIXEL_SHOW_H
#define NIXEL_SHOW_H

#include "parser/ast.h"
#include "base/buf.h"

void show_expr(Buf *b, const Expr *e);
/* A name as CppNix's showId prints it: bare if it looks like an identifier, else quoted. */
void show_id(Buf *b, Sym s);
/* A string literal with `"`, `\`, `$` and control characters escaped. */
void show_string(Buf *b, const char *s, size_t n);
void show_attrpath(Buf *b, const AttrName *names, uint32_t n);

#endif
