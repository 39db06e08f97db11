/* prim_format.c: builtins for text formats and patterns: match, split, replaceStrings,
 * versions, JSON, TOML, XML, hashes. (Being written.) */
#include "prim.h"
#include "print.h"

const PrimDef prim_format_defs[] = {
    { NULL, 0, NULL },
};

void print_xml(State *st, Buf *out, Value *v, bool strict, bool location, Context **ctx)
{
    (void)out; (void)v; (void)strict; (void)location; (void)ctx;
    eval_error(st, ERR_EVAL, NO_POS, "XML output is not implemented in nixel yet");
}
