/* prim_format.h: the builtins of the text-format family (prim_format.c registers them
 * all in prim_format_defs); each concern lives in its own file. */
#ifndef NIXEL_PRIM_FORMAT_H
#define NIXEL_PRIM_FORMAT_H

#include "builtins/prim.h"

/* prim_regex.c */
void prim_match(State *st, Pos pos, Value **args, Value *out);
void prim_split(State *st, Pos pos, Value **args, Value *out);
/* prim_json.c */
void prim_toJSON(State *st, Pos pos, Value **args, Value *out);
void prim_fromJSON(State *st, Pos pos, Value **args, Value *out);
/* xml.c: print_xml with the position values are forced at */
void print_xml_at(State *st, Buf *out, Value *v, bool strict, bool location, Context **ctx, Pos pos);
/* prim_toml.c */
void prim_fromTOML(State *st, Pos pos, Value **args, Value *out);

#endif
