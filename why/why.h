/* why.h: `nixel why` (why an option has its value: every definition, winners and losers,
 * with positions, priorities, mkIf conditions) and `nixel options` (the option
 * documentation of the loaded modules). The REPL's :why and :options use the same
 * functions on a configuration it has evaluated once. */
#ifndef NIXEL_WHY_H
#define NIXEL_WHY_H

#include "eval/eval.h"

#include <stdbool.h>

/* argv[0] is "why" / "options". Return the exit status. */
int why_main(int argc, char **argv);
int options_main(int argc, char **argv);

/* The host of the seed modules (--module files) and the configuration file (NULL: none),
 * evaluated so that it can be explained: nixel's lib then keeps every definition. Lazy:
 * only what is explained gets evaluated. st must resolve <nixpkgs/lib> (render_new_state
 * makes such a state); modules_dir is eval_modules_dir(). Raises on evaluation errors. */
Value *why_load_host(State *st, const char *modules_dir, const char *const *modules, int nmodules,
                     const char *config);
/* Prints why `option` ("a.b.\"c/d\".e") of an evaluated host has its value, for people or
 * as JSON. Returns 0, or 1 after printing an error (no such option, a bad path). Raises on
 * evaluation errors. */
int why_explain(State *st, const char *modules_dir, Value *evaluated, const char *option, bool json);
/* Prints the documentation of the options under `prefix` ("" for all) of an evaluated host:
 * plain, as JSON or as Markdown. Returns 0, or 1 after an error. */
int options_list(State *st, const char *modules_dir, Value *evaluated, const char *prefix,
                 bool json, bool md);

#endif
