/* store.h: the Nix store without a store: the paths Nix 2.8 would give to sources, text
 * files and derivation outputs, computed from contents (NAR serialisation, sha256, the
 * store path fingerprint), and the checks Nix makes on store path names. Nothing is
 * ever written. */
#ifndef NIXEL_STORE_H
#define NIXEL_STORE_H

#include "eval/eval.h"
#include "base/hash.h"

#define STORE_DEFAULT_DIR "/nix/store"
#define STORE_HASH_LEN 32   /* base-32 characters in a store path's hash part */

/* Nix 2.8's settings.nixStore: $NIX_STORE_DIR, else $NIX_STORE, else /nix/store, made
 * canonical. NULL (and *err, Nix's message) when it is not an absolute path: Nix 2.8
 * aborts there. Each State keeps its own (st->store_dir), read by eval_new_state. */
const char *store_dir_from_env(const char **err);

/* The filter of a NAR dump: called with each entry's full path (not the root); false
 * leaves the entry out. */
typedef bool NarFilter(State *st, const char *path, void *ud);

/* Hashes the NAR serialisation of path (file, directory or symlink; not followed). File
 * system errors are raised as Nix raises them. */
void store_hash_path(State *st, const char *path, HashType t, NarFilter *filter, void *ud, Hash *out);
/* Hashes a file's contents ("opening file '...'" on failure). */
void store_hash_file(State *st, const char *path, HashType t, Hash *out);

/* A sorted set of store paths (the references of a text or source path). */
typedef struct { const char **items; size_t n; } PathSet;

/* Store::makeStorePath: <store dir>/<hash>-<name> from "<type>:<hash as sha256:base16>:..."
 * Raises "store path '...' contains illegal character" and friends for bad names. */
const char *store_make_path(State *st, const char *type, const Hash *h, const char *name);
/* makeFixedOutputPath: recursive sha256 is "source", everything else "output:out". */
const char *store_fixed_output_path(State *st, bool recursive, const Hash *h, const char *name);
/* makeTextPath, for toFile and .drv files. */
const char *store_text_path(State *st, const char *name, const Hash *h, const PathSet *refs);
/* makeOutputPath: output "out" is <name>, others <name>-<output>. */
const char *store_output_path(State *st, const char *output, const Hash *h, const char *drv_name);
/* The path `nix-store --add` would give path (NAR, sha256, name = its base name). */
const char *store_source_path(State *st, const char *name, const char *path, NarFilter *filter, void *ud);

/* Is s of the form <store dir>/<32 base-32 chars>-<valid name> (after canonicalisation)? */
bool store_is_store_path(const State *st, const char *s);
/* isInStore: s lies strictly below the store directory. */
bool store_is_in_store(const State *st, const char *s);
/* The store path a path inside the store belongs to (<store dir>/<hash>-<name>). */
const char *store_to_store_path(const State *st, const char *s);
/* The part of a path inside the store after "<store dir>/". */
const char *store_base_of(const State *st, const char *s);
bool store_is_drv_name(const char *name);   /* ends in ".drv" */

/* Is the store path valid: added in this evaluation (st->store), or present on this
 * machine (in the store directory on disk; nixel writes there only with NIXEL_WRITE_STORE)? */
bool store_is_valid(State *st, const char *path);
/* Keeps what the evaluation adds to the store when the store is writable (st->read_write;
 * Nix 2.8's --eval without --read-write-mode computes such paths but writes nothing):
 * a text file (toFile, a .drv) with its references, or a copy of a source path (only the
 * entries of included when not NULL). */
void store_add_text(State *st, const char *path, const char *text, size_t len, const PathSet *refs);
void store_add_copy(State *st, const char *path, const char *source, const StrTab *included);
/* The same for what a fetcher adds: Nix 2.8's fetchers write the store even when it is
 * read-only to the evaluation (--eval without --read-write-mode). */
void store_add_fetched(State *st, const char *path, const char *source, const StrTab *included);
/* computeFSClosure: path and everything it refers to, recursively, into out. */
void store_closure(State *st, const char *path, PathSet *out);

/* Nix's hashPlaceholder: "/" + base-32 of sha256("nix-output:" + output). */
const char *store_hash_placeholder(const char *output);

/* Path sets: sorted, no duplicates. */
void pathset_add(PathSet *s, const char *path);
/* The set of n paths in any order, with duplicates: sorted once, where adding them one by
 * one copies the set each time (a derivation of 20,000 inputs). items becomes the set's. */
void pathset_build(PathSet *s, const char **items, size_t n);

#endif
