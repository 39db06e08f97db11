/* source.h: reading Nix sources (files, -E strings, standard input) and parsing them into
 * resolved syntax trees. Paths are made absolute and canonical the way CppNix does. */
#ifndef NIXEL_SOURCE_H
#define NIXEL_SOURCE_H

#include "parser/ast.h"
#include "parser/parse.h"
#include "parser/resolve.h"
#include "base/buf.h"

/* CppNix's absPath + canonPath: relative paths are taken against dir (NULL: cwd). */
char *src_abs_path(const char *path, const char *dir);
char *src_dir_of(const char *path);
/* Reads a whole file; on failure returns NULL and sets *err to CppNix's message. */
char *src_read_file(const char *path, size_t *len, const char **err);

/* CppNix's resolveExprPath on an absolute path: symlinks are followed, a directory means
 * its default.nix. Returns NULL and sets *err (and *too_many_links, if not NULL, when
 * that was why) on failure. */
const char *src_resolve_expr_path(const char *path, const char **err, bool *too_many_links);

/* Loads a file argument as CppNix does (follows symlinks, a directory means its
 * default.nix). Returns NULL and sets *err on failure. */
Source *src_load_file(const char *path, const char **err);
Source *src_from_string(const char *text, size_t len, Origin origin, const char *dir);

/* Parses and resolves in the base scope. On error, returns NULL and sets *err. */
Expr *src_parse(const Source *src, const Scope *base, ParseError *err);
/* The same with options (NULL: Nix 2.8's rules): today's Nix's, and its lints. */
Expr *src_parse_with(const Source *src, const Scope *base, const ParseOptions *opts, ParseError *err);
/* The scope of builtins every file is parsed in. */
const Scope *src_base_scope(void);
/* Interns the names CppNix interns at startup, first, in its order. */
void src_intern_startup_names(void);

#endif
