/* drv.h: store derivations as Nix 2.8 writes them: the ATerm text of a .drv file, its
 * store path, and hashDerivationModulo (the hash that names a derivation's outputs, in
 * which every input derivation is replaced by its own such hash). */
#ifndef NIXEL_DRV_H
#define NIXEL_DRV_H

#include "store/store.h"

typedef struct {
    const char *name;
    const char *path;        /* "" while masked */
    bool fixed;              /* fixed-output: method and hash below */
    bool recursive;
    Hash hash;
} DrvOutput;

typedef struct {
    const char *path;        /* the input .drv */
    PathSet outputs;         /* output names used */
} DrvInput;

typedef struct {
    const char *key, *value;
} DrvEnv;

typedef struct {
    const char *name;
    DrvOutput *outputs; size_t noutputs;   /* sorted by name */
    DrvInput *inputs; size_t ninputs;      /* sorted by path */
    PathSet srcs;
    const char *platform, *builder;
    const char **args; size_t nargs, cap_args;
    DrvEnv *env; size_t nenv, cap_env;     /* sorted by key */
} Derivation;

void drv_add_arg(Derivation *d, const char *s);
/* Sets (or replaces) an environment variable. */
void drv_set_env(Derivation *d, const char *key, const char *value);
/* Sets the inputs from n (drv path, output) pairs in any order, repeats allowed. */
void drv_set_inputs(Derivation *d, const char **paths, const char **outputs, size_t n);
/* Adds an output (replacing one of that name). */
DrvOutput *drv_set_output(Derivation *d, const char *name);
bool drv_is_fixed(const Derivation *d);

/* Gives each output of an input-addressed derivation its path, from hashDerivationModulo
 * with the paths masked, and sets the outputs' environment variables to them. Every output
 * must already have its variable (as ""). Input derivations must have been computed by this
 * evaluator (else Nix would read them from the store). */
void drv_name_outputs(State *st, Derivation *d);
/* writeDerivation without writing: the .drv's store path; the final hash modulo of d is
 * remembered under it for derivations that use it. Right after drv_name_outputs(d), d is not
 * printed again. */
const char *drv_store_path(State *st, const Derivation *d);
/* The output names of a derivation this evaluator computed (sorted). */
const char *const *drv_output_names(State *st, const char *drv_path, size_t *n);

#endif
