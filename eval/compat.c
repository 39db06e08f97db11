/* compat.c: the compatibility level, the one switch between Nix 2.8's semantics (the
 * default, byte for byte) and today's Nix's (NIXEL_COMPAT=current or --compat current).
 * The level is read once into the State; code where the two differ asks
 * eval_compat_current (eval.h). */
#include "eval/eval.h"
#include "base/buf.h"

#include <stdlib.h>
#include <string.h>

bool eval_compat_parse(const char *name, Compat *out)
{
    if (!name || !strcmp(name, "2.8")) *out = COMPAT_2_8;
    else if (!strcmp(name, "current")) *out = COMPAT_CURRENT;
    else return false;
    return true;
}

void eval_set_compat(State *st, Compat level)
{
    st->compat = level;
    st->parse.current = level == COMPAT_CURRENT;
}

bool eval_compat_from_env(Compat *out)
{
    return eval_compat_parse(getenv("NIXEL_COMPAT"), out);
}

void eval_forbid_nul(State *st, Pos pos, const char *prefix, const char *s, size_t n)
{
    if (!eval_compat_current(st) || !memchr(s, 0, n)) return;
    Buf b = {0};
    buf_add_nul_shown(&b, s, n);
    eval_error(st, ERR_EVAL, pos, "%sinput string '%s' cannot be represented as Nix string because it contains null bytes",
               prefix, buf_cstr(&b));
}
