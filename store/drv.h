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
/* Adds an output (replacing one of that name). */
/* Sets the inputs from n (drv path, output) pairs in any order, repeats allowed. */
void drv_set_inputs(Derivation *d, const char **paths, const char **outputs, size_t n);
DrvOutput *drv_set_output(Derivation *d, const char *name);
bool drv_is_fixed(const Derivation *d);

/* The .drv text. With mask, output paths and their environment variables are empty. */
void drv_unparse(State *st, const Derivation *d, bool mask, bool hashed_inputs, Buf *out);
/* hashDerivationModulo: one hash per output, in d->outputs order. Input derivations must
 * have been computed by this evaluator (else Nix would read them from the store). */
void drv_hash_modulo(State *st, const Derivation *d, bool mask, Hash *hashes);
/* writeDerivation without writing: the .drv's store path; the final hash modulo of d is
 * remembered under it for derivations that use it. */
const char *drv_store_path(State *st, const Derivation *d);
/* The output names of a derivation this evaluator computed (sorted). */
const char *const *drv_output_names(State *st, const char *drv_path, size_t *n);

#endif
