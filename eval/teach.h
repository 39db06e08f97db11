/* teach.h: errors for people. nixel's own commands (`nixel eval`, `nixel render`, `why`,
 * `options`, the REPL) print an evaluation error with teach_report_error: Nix 2.8's message
 * block first, unchanged (message, excerpt, "Did you mean"), then what Nix does not say:
 *
 *   - for an undefined option, where it is defined (file:line) and the declared names
 *     closest to it;
 *   - for a wrongly typed option definition, where it is, its value (shallow) and the type
 *     the option expects;
 *   - for conflicting definitions, each of them; for an option used but not defined, its
 *     declaration and description;
 *   - for an infinite recursion, the cycle: each binding or option on it, in order, with
 *     its position;
 *   - the trace, summarised (frames inside the library collapsed into one line each run,
 *     addErrorContext lines kept, the innermost frames shown), or whole with --show-trace.
 *
 * The nix-instantiate command line never calls this: its bytes stay Nix 2.8's
 * (eval_print_error). Everything here runs after the error, never on the evaluation's path. */
#ifndef NIXEL_TEACH_H
#define NIXEL_TEACH_H

#include "eval/eval.h"

/* What a command knows besides the error, for better hints. All optional (zero them). */
typedef struct {
    /* The option tree of the configuration being evaluated (evalModules' `options`), for
     * "did you mean"; called only when an error needs it. Errors in it are ignored. */
    Value *(*options)(State *st, void *data);
    void *data;
    /* For an option that does not exist: a sentence naming a module that would declare it
     * (which the command does not load), or NULL. */
    const char *(*declared_elsewhere)(const char *option, void *data);
} TeachHelp;

/* Prints err (usually &st->err, after eval_unwind_to) to stderr for people. st must be the
 * state the error was raised in; st->show_trace selects the whole trace. help may be NULL. */
void teach_report_error(State *st, const EvalError *err, const TeachHelp *help);

#endif
