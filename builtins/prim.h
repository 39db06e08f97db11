/* prim.h: what builtin families share. Each prim_*.c exports a table of PrimDefs ending
 * with a { NULL } entry; state.c binds them to the base environment by name. */
#ifndef NIXEL_PRIM_H
#define NIXEL_PRIM_H

#include "eval/eval.h"

extern const PrimDef prim_core_defs[];
extern const PrimDef prim_attrs_defs[];
extern const PrimDef prim_list_defs[];
extern const PrimDef prim_string_defs[];
extern const PrimDef prim_format_defs[];
extern const PrimDef prim_store_defs[];
extern const PrimDef prim_derivation_defs[];
extern const PrimDef prim_context_defs[];
extern const PrimDef prim_file_defs[];
extern const PrimDef prim_fetch_defs[];
extern const PrimDef prim_git_defs[];
extern const PrimDef prim_flake_defs[];
/* exec and importNative: bound only with allow-unsafe-native-code-during-evaluation */
extern const PrimDef prim_native_defs[];

/* The evaluator's eval_copy_path_to_store (installed in the state by eval_new_state). */
const char *prim_copy_path_to_store(State *st, const char *path, Pos pos, Context **ctx);
/* Strings made by builtins. */
void set_string_buf(Value *v, Buf *b, const Context *ctx);
void concat_lists(State *st, uint32_t n, Value **lists, Value *out, Pos pos);
/* Binds `derivation` (Nix code around derivationStrict); call once the base env exists. */
void prim_derivation_init(State *st);
/* CppNix's realisePath: coerces to a path whose context must be valid store paths (here:
 * must be empty), for builtins that read files. */
const char *prim_realise_path(State *st, Pos pos, Value *v);
/* The paths a context names must be valid ("path '...' is not valid"): built outputs never
 * are, store paths are when store_is_valid says so. */
void prim_require_valid_context(State *st, const Context *ctx);
/* The first path a context names that is not valid, or NULL. */
const char *prim_invalid_context_path(State *st, const Context *ctx);
/* prim_fetch.c's means, shared with prim_git.c: a fresh private directory named as Nix
 * 2.8's createTempDir names it; removing a tree (links not followed); unpacking an archive
 * into dir as Nix 2.8's unpackTarfile does. */
const char *prim_temp_dir(State *st);
void prim_remove_tree(const char *dir);
void prim_unpack_archive(State *st, const char *file, const char *dir);
/* The names readDir and readFileType give file types: "regular", "directory", ... */
const char *prim_file_type_name(MemFsType t);
/* CppNix's baseNameOf: drop one trailing slash, take what follows the last one. Points
 * into s; the name's length in *name_len. */
const char *base_name_of(const char *s, size_t len, size_t *name_len);

#endif
