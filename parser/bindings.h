/* bindings.h: bindings in a syntax tree, found for messages (eval/teach.c) and for commands
 * that name where something is defined. A binding's path is the chain of attribute names down
 * to it ("services.web.port"). A `let` binding starts a path of its own, and so does an
 * element of a module list (a list bound to `imports` or `modules`); calls, lists,
 * conditionals and functions keep the path, so that `config = mkIf c { a = e; }` names e
 * `config.a`. Two parses of one source give the same positions, so an expression of one tree
 * is found in the other by its kind and position. */
#ifndef NIXEL_BINDINGS_H
#define NIXEL_BINDINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "parser/ast.h"

typedef struct { const char *path; const AttrDef *def; } Binding;

/* The binding whose value is e (found by kind and position). */
bool bindings_find_value(const Expr *root, const Expr *e, Binding *out);

/* The bindings of `path` itself, in source order, up to max; returns how many. A "config."
 * the tree writes before path is ignored (a module may write `config.a = ...` for `a`).
 * *deepest is the deepest binding on the way to path (path itself if there is one), its
 * path NULL if there is none. */
size_t bindings_at_path(const Expr *root, const char *path, Binding *exact, size_t max, Binding *deepest);

/* The bindings named `name` whose value is a bare variable (`c = a;`): how many there are,
 * the first in *out. */
size_t bindings_aliases(const Expr *root, const char *name, Binding *out);

/* The paths of the bindings below prefix ("options."), without it, appended to paths[*n]
 * up to max. */
void bindings_under(const Expr *root, const char *prefix, const char **paths, size_t *n, size_t max);

#endif
