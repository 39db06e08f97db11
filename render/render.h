/* render.h: `nixel render`, which evaluates a NixOS-style configuration with nixel's host
 * modules (modules/nixos/render.nix computes what to write) and writes the /etc tree and
 * the store objects it refers to (tree.h), or prints the configuration as JSON. */
#ifndef NIXEL_RENDER_H
#define NIXEL_RENDER_H

/* argv[0] is "render". Returns the exit status. */
int render_main(int argc, char **argv);

/* lib.evalModules' result for the host modules, the seed modules and the configuration file,
 * as `nixel render` evaluates them (modules/nixos/eval.nix). */
#include "eval/eval.h"
Value *render_eval_configuration(State *st, const char *const *modules, int nmodules, const char *config);

#endif
