/* repl.h: `nixel repl` and `nixel doc`, nixel's commands for learning the language: an
 * interactive session (repl.c) with line editing and completion (complete.c), values shown
 * for people (show.c), and documentation of builtins and of lib functions (doc.c). */
#ifndef NIXEL_REPL_H
#define NIXEL_REPL_H

#include "builtins/builtins.h"
#include "parser/resolve.h"

/* argv[0] is "repl" / "doc". Return the exit status. */
int repl_main(int argc, char **argv);
int doc_main(int argc, char **argv);

/* A session: the evaluator state and the variables bound so far, which every line sees.
 * The REPL keeps it in a static pointer, so the collector sees everything reachable from it. */
typedef struct Repl {
    State *st;
    Sym *names;                 /* the bindings, slot i holds names[i] = values[i] */
    Value **values;
    uint32_t n, cap;
    Scope *scope;               /* the scope and environment lines are parsed and run in: */
    Env *env;                   /* remade after a binding changes (NULL until then) */
    const char **includes;      /* -I, for a fresh state on :r */
    int nincludes;
    const char **files;         /* loaded with the command line or :l, for :r */
    int nfiles, cap_files;
    Attrs *auto_args;           /* --arg / --argstr, given to functions a file yields */
    const char **auto_names, **auto_values;
    int nauto;
    Value *config;              /* the configuration loaded by :c, or NULL */
    Value *why_host;            /* the same, evaluated lazily in why's explaining mode */
    bool interactive;           /* standard input is a terminal: prompt, colours, history */
    bool color;
} Repl;

/* Parses text (an expression) in the session's scope; NULL and *err on a syntax error. */
Expr *repl_parse(Repl *r, const char *text, ParseError *err);
/* Evaluates an expression in the session's scope into out (raises errors). */
void repl_eval(Repl *r, const char *text, Value *out);
/* Binds name to v (replacing an earlier binding of that name). */
void repl_bind(Repl *r, Sym name, Value *v);

/* show.c: v (forced) as the REPL shows it, nested sets and lists beyond max_depth (< 0: no
 * limit) elided with their size; with ANSI colours if color. */
void repl_show_value(State *st, Buf *out, Value *v, int max_depth, bool color);
/* «lambda { a, b ? …, ... } @ FILE:L:C» */
void repl_show_lambda(Buf *out, const Value *v);

/* complete.c: completion of variables, attribute paths and commands for libedit. */
void repl_complete_init(Repl *r);
/* The name of command i ("p", "doc"...), NULL past the last. */
const char *repl_command_name(size_t i);

/* doc.c: the documentation of what text (a name, attribute path or expression) denotes:
 * builtins from builtins/doc.txt, functions from the doc comment before their definition.
 * Appends it to out and returns true, or returns false with a message in out. Raises
 * evaluation errors. */
bool doc_lookup(Repl *r, const char *text, Buf *out);
/* Evaluates text into *v; returns where it is defined if text is an attribute path (a.b.c:
 * where c is written in a.b, inherits followed), else NO_POS. `lib.` paths without a `lib`
 * in scope mean <nixpkgs/lib>. */
Pos doc_definition_pos(Repl *r, const char *text, Value *v);
/* text, or for `lib.x.y` without a `lib` in scope, the expression of nixpkgs' lib.x.y (nixel's
 * own lib, or the one -I nixpkgs=PATH gives). */
const char *doc_with_lib(Repl *r, const char *text);
/* The documentation of a builtin by name ("map" or "builtins.map"), or NULL. */
const char *doc_builtin(const char *name);
/* The names builtins/doc.txt documents, one per line (for the tests). */
void doc_builtin_names(Buf *out);

#endif
