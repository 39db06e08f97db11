/* prim.h: what builtin families share. Each prim_*.c exports a table of PrimDefs ending
 * with a { NULL } entry; state.c binds them to the base environment by name. */
#ifndef NIXEL_PRIM_H
#define NIXEL_PRIM_H

#include "eval.h"

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

/* CppNix's CompareValues (used by lessThan and sort): true if a < b. */
bool prim_less_than(State *st, Value *a, Value *b, Pos pos);
/* These builtins themselves, so that callers can recognise them (sort; the evaluator's
 * shortcut for integer arithmetic). */
void prim_lessThan(State *st, Pos pos, Value **args, Value *out);
void prim_add(State *st, Pos pos, Value **args, Value *out);
void prim_sub(State *st, Pos pos, Value **args, Value *out);
void prim_mul(State *st, Pos pos, Value **args, Value *out);
/* Looks up a required attribute for a builtin: "attribute 'x' missing for call to 'f'". */
Attr *prim_get_attr(State *st, const char *fn, Sym name, Attrs *a, Pos pos);
/* Strings made by builtins. */
void set_string_buf(Value *v, Buf *b, const Context *ctx);
void concat_lists(State *st, uint32_t n, Value **lists, Value *out, Pos pos);
/* Binds `derivation` (Nix code around derivationStrict); call once the base env exists. */
void prim_derivation_init(State *st);
/* Is p inside that wrapper? (CppNix adds no "while evaluating the attribute" trace for
 * attributes defined there.) */
bool prim_in_derivation_nix(Pos p);
/* CppNix's realisePath: coerces to a path whose context must be valid store paths (here:
 * must be empty), for builtins that read files. */
const char *prim_realise_path(State *st, Pos pos, Value *v);

#endif
