/* restrict.h: what an evaluation may read. Nix 2.8's restrict-eval (files only under the
 * search path's entries, URIs only under allowed-uris, no environment variables) and
 * pure-eval (no search path, no clock, no current system either), and nixel render's
 * default, which is restrict-eval over the render's own directories plus no clock and no
 * network, with errors that name the flag (--impure) that lifts it. */
#ifndef NIXEL_RESTRICT_H
#define NIXEL_RESTRICT_H

#include "eval/eval.h"

/* Chooses the mode; call before eval_init_base_env (which binds builtins by mode). */
void restrict_set_mode(State *st, AccessMode mode);
/* Lets the evaluation read the file or directory at path (made absolute) and below it. */
void restrict_allow_path(State *st, const char *path);
/* Allows each existing search path entry, warning about the others once, as Nix 2.8's
 * EvalState does at its construction in restricted mode. */
void restrict_allow_search_path(State *st);
/* allowed-uris: a space-separated list of URI prefixes fetchurl and fetchTarball may use. */
void restrict_allow_uris(State *st, const char *list);

/* CppNix's checkSourcePath: the path to read (canonical, symlinks resolved), or an error
 * naming it. */
const char *restrict_check_path(State *st, const char *path);
/* The same without an error: false when the path may not be read or does not resolve
 * (pathExists). */
bool restrict_path_readable(State *st, const char *path);
/* CppNix's checkURI (restricted modes only; pure-eval checks hashes instead). */
void restrict_check_uri(State *st, const char *uri);
/* builtins.getEnv: false when environment variables read as "" (Nix's restricted and pure
 * modes); an error in a render. */
bool restrict_env_readable(State *st, const char *name);
/* The message tail Nix gives for the mode: "in restricted mode", ... */
const char *restrict_mode_phrase(const State *st);

/* CppNix's canonPath with symlinks resolved (every component must exist): NULL and *err
 * set when a component is missing or a link cannot be read. */
const char *restrict_canon_resolve(const MemFs *fs, const char *path, const char **err);

#endif
