/* render.h: `nixel render`, which evaluates a NixOS-style configuration with nixel's host
 * modules (modules/nixos/render.nix computes what to write) and writes the /etc tree and
 * the store objects it refers to (tree.h), or prints the configuration as JSON. */
#ifndef NIXEL_RENDER_H
#define NIXEL_RENDER_H

#include "eval/eval.h"

/* argv[0] is "render". Returns the exit status. */
int render_main(int argc, char **argv);

/* What the commands that evaluate a host share (render, why, options). */
/* A state whose <nixpkgs> is nixel's modules directory, after the -I entries. */
State *render_new_state(const char *const *includes, int nincludes, bool show_trace, const char *modules_dir);
/* The same, restricted as nixel render is without --impure: reading only under the
 * directories of the configuration (if any), the modules and the search path. */
State *render_new_restricted_state(const char *const *includes, int nincludes, bool show_trace, const char *modules_dir,
                                   const char *config, const char **modules, int nmodules);
/* Starts b as the arguments of modules/nixos/eval.nix: { modules = [ the seed modules ];
 * config = CONFIG_FILE; } (no config when NULL). The caller adds its own and finishes. */
void render_host_args(State *st, AttrsBuilder *b, const char *const *modules, int nmodules,
                      const char *config_file, const char *modules_dir);
/* import MODULES_DIR/nixos/NAME ARGS */
Value *render_call_nix_file(State *st, const char *modules_dir, const char *name, Value *args);
/* lib.evalModules' result for the host modules, the seed modules and the configuration file,
 * as `nixel render` evaluates them (modules/nixos/eval.nix). */
#include "eval/eval.h"
Value *render_eval_configuration(State *st, const char *const *modules, int nmodules, const char *config);

#endif
