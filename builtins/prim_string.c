/* prim_string.c: basic builtins on strings: toString, substring, stringLength,
 * concatStringsSep, baseNameOf, dirOf. (Regular expressions, versions and the
 * formats live in their own files.) */
#include "builtins/prim.h"
#include "base/mem.h"
#include "parser/source.h"

#include <string.h>

void set_string_buf(Value *v, Buf *b, const Context *ctx) { set_string(v, buf_cstr(b), b->len, ctx); }

static void prim_toString(State *st, Pos pos, Value **args, Value *out)
{
    Context *ctx = NULL;
    size_t len;
    CoerceOpts o = { true, false, true };
    const char *s = coerce_to_string(st, pos, args[0], &ctx, o, &len);
    set_string(out, s, len, ctx);
}

static void prim_substring(State *st, Pos pos, Value **args, Value *out)
{
    /* CppNix reads both numbers into an int */
    int start = (int)force_int(st, args[0], pos);
    int len = (int)force_int(st, args[1], pos);
    Context *ctx = NULL;
    size_t slen;
    CoerceOpts o = { false, true, true };
    const char *s = coerce_to_string(st, pos, args[2], &ctx, o, &slen);
    if (start < 0) eval_error(st, ERR_EVAL, pos, "negative start position in 'substring'");
    if ((size_t)start >= slen) { set_string(out, "", 0, ctx); return; }
    size_t n = slen - (size_t)start;
    if (len >= 0 && (size_t)len < n) n = (size_t)len;
    set_string(out, mem_strndup(s + start, n), n, ctx);
}

static void prim_stringLength(State *st, Pos pos, Value **args, Value *out)
{
    Context *ctx = NULL;
    size_t len;
    CoerceOpts o = { false, true, true };
    coerce_to_string(st, pos, args[0], &ctx, o, &len);
    set_int(out, (int64_t)len);
}

static void prim_concatStringsSep(State *st, Pos pos, Value **args, Value *out)
{
    Context *ctx = NULL;
    size_t seplen;
    const char *sep = force_string_ctx(st, args[0], pos, &seplen, &ctx);
    uint32_t n;
    Value **l = force_list(st, args[1], pos, &n);
    Buf b = {0};
    CtxGather g = {0};
    for (uint32_t i = 0; i < n; i++) {
        if (i) buf_add(&b, sep, seplen);
        size_t len;
        CoerceOpts o = { false, true, true };
        Context *ec = NULL;
        const char *s = coerce_to_string(st, pos, l[i], &ec, o, &len);
        ctx_gather(&g, ec);
        buf_add(&b, s, len);
    }
    set_string_buf(out, &b, ctx_gather_end(&g, ctx));
}

const char *base_name_of(const char *s, size_t len, size_t *name_len)
{
    size_t end = len;
    if (end && s[end - 1] == '/') end--;
    size_t start = end;
    while (start > 0 && s[start - 1] != '/') start--;
    *name_len = end - start;
    return s + start;
}

static void prim_baseNameOf(State *st, Pos pos, Value **args, Value *out)
{
    Context *ctx = NULL;
    size_t len;
    CoerceOpts o = { false, false, true };
    const char *s = coerce_to_string(st, pos, args[0], &ctx, o, &len);
    size_t n;
    const char *name = base_name_of(s, len, &n);
    set_string(out, mem_strndup(name, n), n, ctx);
}

static void prim_dirOf(State *st, Pos pos, Value **args, Value *out)
{
    Context *ctx = NULL;
    size_t len;
    CoerceOpts o = { false, false, true };
    bool is_path = (force(st, args[0], pos), args[0]->type == T_PATH);
    const char *s = coerce_to_string(st, pos, args[0], &ctx, o, &len);
    const char *slash = memrchr(s, '/', len);
    const char *d;
    size_t dlen;
    if (!slash) { d = "."; dlen = 1; }
    else if (slash == s) { d = "/"; dlen = 1; }
    else { d = mem_strndup(s, (size_t)(slash - s)); dlen = (size_t)(slash - s); }
    if (is_path) set_path(out, d, dlen);
    else set_string(out, d, dlen, ctx);
}

const PrimDef prim_string_defs[] = {
    { "toString", 1, prim_toString },
    { "__substring", 3, prim_substring },
    { "__stringLength", 1, prim_stringLength },
    { "__concatStringsSep", 2, prim_concatStringsSep },
    { "baseNameOf", 1, prim_baseNameOf },
    { "dirOf", 1, prim_dirOf },
    { NULL, 0, NULL },
};
