/* prim_regex.c: builtins.match and builtins.split, on top of regex.c (Nix 2.8's
 * std::regex semantics). The pattern is compiled before the subject string is forced,
 * and neither result keeps the subject's string context, as in Nix. */
#include "builtins/prim_format.h"
#include "base/mem.h"
#include "builtins/regex.h"
#include "base/grow.h"

#include <string.h>

static const Regex *compile_regex(State *st, Pos pos, const char *re, size_t len)
{
    const Regex *r = strtab_get(&st->regexes, re, len);
    if (r) return r;
    switch (rx_compile(re, len, &r)) {
    case RX_OK:
        strtab_put(&st->regexes, mem_strndup(re, len), len, (void *)r);
        return r;
    case RX_ERR_SPACE:
        eval_error(st, ERR_EVAL, pos, "memory limit exceeded by regular expression '%s'", re);
    case RX_ERR_DEPTH:
        eval_error(st, ERR_STACK_OVERFLOW, pos, "stack overflow (possible infinite recursion)");
    default:
        eval_error(st, ERR_EVAL, pos, "invalid regular expression '%s'", re);
    }
}

/* Nix's executor would search on for minutes or for ever; nixel stops and says so. */
static _Noreturn void too_complex(State *st, Pos pos, Value *re)
{
    eval_enter(st, pos);   /* a search given up for an interrupt: reported as the evaluator reports it */
    eval_error(st, ERR_EVAL, pos, "regular expression '%s' needs too many steps to match (Nix 2.8 would search for minutes or never finish); simplify nested repetitions such as '(a*)*'",
               force_string_noctx(st, re, pos, NULL));
}

static Value *substr_value(const char *s, size_t a, size_t b)
{
    return val_string(mem_strndup(s + a, b - a), b - a, NULL);
}

/* The groups of a match (group 0, the whole match, left out); null for a group that
 * did not take part. */
static void groups_list(const char *s, const long *caps, unsigned ngroups, Value *out)
{
    Value **l = list_alloc(ngroups - 1);
    for (unsigned i = 1; i < ngroups; i++) {
        long a = caps[2 * i], b = caps[2 * i + 1];
        l[i - 1] = a < 0 ? val_null() : substr_value(s, (size_t)a, (size_t)b);
    }
    set_list(out, l, ngroups - 1);
}

/* The arguments of match and split: the compiled pattern, the string, and room for the
 * groups' offsets. */
typedef struct { const Regex *r; const char *s; size_t slen; unsigned ng; long *caps; } RegexCall;

static RegexCall regex_args(State *st, Pos pos, Value **args)
{
    RegexCall c;
    size_t rlen;
    const char *re = force_string_noctx(st, args[0], pos, &rlen);
    c.r = compile_regex(st, pos, re, rlen);
    c.s = force_string(st, args[1], pos, &c.slen);
    c.ng = rx_groups(c.r);
    c.caps = mem_alloc_atomic(2 * c.ng * sizeof *c.caps);
    return c;
}

void prim_match(State *st, Pos pos, Value **args, Value *out)
{
    RegexCall c = regex_args(st, pos, args);
    RxResult r = rx_match(c.r, c.s, c.slen, c.caps);
    if (r == RX_TOO_COMPLEX) too_complex(st, pos, args[0]);
    if (r == RX_NO_MATCH) { set_null(out); return; }
    groups_list(c.s, c.caps, c.ng, out);
}

void prim_split(State *st, Pos pos, Value **args, Value *out)
{
    RegexCall c = regex_args(st, pos, args);
    const Regex *r = c.r;
    const char *s = c.s;
    size_t slen = c.slen;
    unsigned ng = c.ng;
    long *caps = c.caps;
    RxIter it;
    rx_iter_init(&it, r, s, slen);
    Value **elems = NULL;
    size_t n = 0, cap = 0;
    size_t prefix, last_end = 0;
    while (rx_iter_next(&it, caps, &prefix)) {
        GROW_TO(mem_alloc, elems, n, cap, n + 3, 16);
        elems[n++] = substr_value(s, prefix, (size_t)caps[0]);
        Value *g = val_alloc();
        groups_list(s, caps, ng, g);
        elems[n++] = g;
        last_end = (size_t)caps[1];
    }
    if (it.gave_up) too_complex(st, pos, args[0]);
    if (!n) {
        /* no match: the subject itself, context and all */
        Value **l = list_alloc(1);
        l[0] = args[1];
        set_list(out, l, 1);
        return;
    }
    elems[n++] = substr_value(s, last_end, slen);
    set_list(out, elems, (uint32_t)n);
}
