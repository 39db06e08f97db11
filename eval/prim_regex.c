/* prim_regex.c: builtins.match and builtins.split, on top of regex.c (Nix 2.8's
 * std::regex semantics). The pattern is compiled before the subject string is forced,
 * and neither result keeps the subject's string context, as in Nix. */
#include "prim_format.h"
#include "mem.h"
#include "regex.h"

#include <string.h>

static const Regex *compile_regex(State *st, Pos pos, const char *re, size_t len)
{
    const Regex *r;
    switch (rx_compile(re, len, &r)) {
    case RX_OK: return r;
    case RX_ERR_SPACE:
        eval_error(st, ERR_EVAL, pos, "memory limit exceeded by regular expression '%s'", re);
    case RX_ERR_DEPTH:
        eval_error(st, ERR_STACK_OVERFLOW, pos, "stack overflow (possible infinite recursion)");
    default:
        eval_error(st, ERR_EVAL, pos, "invalid regular expression '%s'", re);
    }
}

/* The groups of a match (group 0, the whole match, left out); null for a group that
 * did not take part. */
static void groups_list(const char *s, const long *caps, unsigned ngroups, Value *out)
{
    Value **l = list_alloc(ngroups - 1);
    for (unsigned i = 1; i < ngroups; i++) {
        long a = caps[2 * i], b = caps[2 * i + 1];
        l[i - 1] = a < 0 ? val_null() : val_string(mem_strndup(s + a, (size_t)(b - a)), (size_t)(b - a), NULL);
    }
    set_list(out, l, ngroups - 1);
}

void prim_match(State *st, Pos pos, Value **args, Value *out)
{
    size_t rlen, slen;
    const char *re = force_string_noctx(st, args[0], pos, &rlen);
    const Regex *r = compile_regex(st, pos, re, rlen);
    const char *s = force_string(st, args[1], pos, &slen);
    unsigned ng = rx_groups(r);
    long *caps = mem_alloc_atomic(2 * ng * sizeof *caps);
    if (!rx_match(r, s, slen, caps)) { set_null(out); return; }
    groups_list(s, caps, ng, out);
}

static Value *substr_value(const char *s, size_t a, size_t b)
{
    return val_string(mem_strndup(s + a, b - a), b - a, NULL);
}

void prim_split(State *st, Pos pos, Value **args, Value *out)
{
    size_t rlen, slen;
    const char *re = force_string_noctx(st, args[0], pos, &rlen);
    const Regex *r = compile_regex(st, pos, re, rlen);
    const char *s = force_string(st, args[1], pos, &slen);
    unsigned ng = rx_groups(r);
    long *caps = mem_alloc_atomic(2 * ng * sizeof *caps);
    RxIter it;
    rx_iter_init(&it, r, s, slen);
    Value **elems = NULL;
    size_t n = 0, cap = 0;
    size_t prefix, last_end = 0;
    while (rx_iter_next(&it, caps, &prefix)) {
        if (n + 3 > cap) {
            cap = cap ? cap * 2 : 16;
            Value **e = mem_alloc(cap * sizeof *e);
            if (n) memcpy(e, elems, n * sizeof *e);
            elems = e;
        }
        elems[n++] = substr_value(s, prefix, (size_t)caps[0]);
        Value *g = val_alloc();
        groups_list(s, caps, ng, g);
        elems[n++] = g;
        last_end = (size_t)caps[1];
    }
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
