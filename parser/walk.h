/* walk.h: visiting every node of a syntax tree, parents before children. For tools that
 * look at a whole program (the evaluation trace names bindings with it). */
#ifndef NIXEL_WALK_H
#define NIXEL_WALK_H

#include "parser/ast.h"

typedef void AstVisit(Expr *e, void *ctx);
void ast_walk(Expr *e, AstVisit *visit, void *ctx);

#endif
