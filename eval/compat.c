/* compat.c: the compatibility level, the one switch between Nix 2.8's semantics (the
 * default, byte for byte) and today's Nix's (NIXEL_COMPAT=current or --compat current).
 * The level is read once into the State; code where the two differ asks
 * eval_compat_current (eval.h). */
#include "eval/eval.h"

#include <stdlib.h>
#include <string.h>

bool eval_compat_parse(const char *name, Compat *out)
{
    if (!name || !strcmp(name, "2.8")) *out = COMPAT_2_8;
    else if (!strcmp(name, "current")) *out = COMPAT_CURRENT;
    else return false;
    return true;
}

bool eval_compat_from_env(Compat *out)
{
    return eval_compat_parse(getenv("NIXEL_COMPAT"), out);
}
