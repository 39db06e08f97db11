/* coerce.c: turning values into strings as Nix does (coerceToString): strings keep their
 * context, paths are copied to the store when asked, sets use __toString or outPath, and
 * with coerce_more (toString, interpolation into builder arguments) also numbers,
 * Booleans, null and lists. */
#include "eval/eval.h"
#include "base/mem.h"
#include "parser/source.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static const char *fmt_int(int64_t n, size_t *len)
{
    char t[INT_TEXT_MAX];
    size_t k = int_to_text(t, n);
    char *r = mem_alloc_atomic(k + 1); /* of its own size: toString of small numbers is common */
    memcpy(r, t, k);
    r[k] = 0;
    *len = k;
    return r;
}

const char *coerce_to_string(State *st, Pos pos, Value *v, Context **ctx,
                             CoerceOpts o, size_t *len)
{
    force(st, v, pos);
    switch (v->type) {
    case T_STRING:
        *ctx = ctx_union(*ctx, v->str.ctx);
        *len = v->len;
        return v->str.s;
    case T_PATH: {
        const char *p = v->str.s;
        if (o.canonicalize_path) p = src_abs_path(p, "/");
        if (o.copy_to_store) p = eval_copy_path_to_store(st, p, pos, ctx);
        *len = strlen(p);
        return p;
    }
    case T_ATTRS: {
        Attr *ts = attrs_find(v->attrs, st->s_toString);
        if (ts) {
            Value r;
            call1(st, ts->value, v, &r, pos);
            return coerce_to_string(st, pos, &r, ctx, o, len);
        }
        Attr *op = attrs_find(v->attrs, st->s_outPath);
        if (!op) eval_error(st, ERR_TYPE, pos, "cannot coerce a set to a string");
        return coerce_to_string(st, pos, op->value, ctx, o, len);
    }
    default: break;
    }
    if (o.coerce_more) {
        switch (v->type) {
        case T_BOOL: *len = v->b; return v->b ? "1" : "";
        case T_INT: return fmt_int(v->i, len);
        case T_FLOAT: {
            char tmp[512];
            int k = snprintf(tmp, sizeof tmp, "%f", v->f);
            *len = (size_t)k;
            return mem_strndup(tmp, (size_t)k);
        }
        case T_NULL: *len = 0; return "";
        case T_LIST: {
            Buf b = {0};
            CtxGather g = {0};
            for (uint32_t i = 0; i < v->len; i++) {
                size_t l;
                Context *ec = NULL;
                const char *s = coerce_to_string(st, pos, v->list[i], &ec, o, &l);
                ctx_gather(&g, ec);
                buf_add(&b, s, l);
                Value *e = v->list[i];
                if (i + 1 < v->len && (e->type != T_LIST || e->len != 0)) buf_addc(&b, ' ');
            }
            *ctx = ctx_gather_end(&g, *ctx);
            *len = b.len;
            return buf_cstr(&b);
        }
        default: break;
        }
    }
    eval_error(st, ERR_TYPE, pos, "cannot coerce %s to a string", show_type(v));
}

const char *coerce_to_path(State *st, Pos pos, Value *v, Context **ctx)
{
    size_t len;
    CoerceOpts o = { false, false, true };
    const char *s = coerce_to_string(st, pos, v, ctx, o, &len);
    if (len == 0 || s[0] != '/') eval_error(st, ERR_EVAL, pos, "string '%s' doesn't represent an absolute path", s);
    return s;
}
