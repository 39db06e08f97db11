/* print.c: the plain printer and JSON. */
#include "eval/print.h"
#include "base/mem.h"
#include "base/ptrset.h"
#include "base/utf8.h"
#include "parser/show.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

void print_float(Buf *out, double f) { buf_printf(out, "%g", f); }

/* ---- plain ---- */

void print_string_lit(Buf *out, const char *s, size_t n)
{
    buf_addc(out, '"');
    for (size_t i = 0; i < n && s[i]; i++) {
        char c = s[i];
        if (c == '"' || c == '\\') { buf_addc(out, '\\'); buf_addc(out, c); }
        else if (c == '\n') buf_adds(out, "\\n");
        else if (c == '\r') buf_adds(out, "\\r");
        else if (c == '\t') buf_adds(out, "\\t");
        else if (c == '$' && i + 1 < n && s[i + 1] == '{') buf_adds(out, "\\$");
        else buf_addc(out, c);
    }
    buf_addc(out, '"');
}

static void print_plain(State *st, Buf *out, Value *v, PtrSet *seen)
{
    switch ((ValueType)v->type) {
    case T_INT: buf_add_int(out, v->i); break;
    case T_BOOL: buf_adds(out, v->b ? "true" : "false"); break;
    case T_STRING: print_string_lit(out, v->str.s, v->len); break;
    case T_PATH: buf_add(out, v->str.s, v->len); break;
    case T_NULL: buf_adds(out, "null"); break;
    case T_FLOAT: print_float(out, v->f); break;
    case T_ATTRS: {
        Attrs *a = v->attrs;
        if (a->n && !ptrset_add(seen, a)) { buf_adds(out, "\xc2\xabrepeated\xc2\xbb"); break; }
        eval_enter(st, NO_POS);
        buf_adds(out, "{ ");
        uint32_t *idx = attrs_by_name(a);
        for (uint32_t i = 0; i < a->n; i++) {
            show_id(out, a->a[idx[i]].name);
            buf_adds(out, " = ");
            print_plain(st, out, a->a[idx[i]].value, seen);
            buf_adds(out, "; ");
        }
        buf_addc(out, '}');
        eval_leave(st);
        break;
    }
    case T_LIST: {
        /* CppNix keeps lists of one or two elements inside the value itself, so only
         * longer lists are recognised when a copy of the value is met again. */
        const void *key = v->len <= 2 ? (const void *)v : (const void *)v->list;
        if (v->len && !ptrset_add(seen, key)) { buf_adds(out, "\xc2\xabrepeated\xc2\xbb"); break; }
        eval_enter(st, NO_POS);
        buf_adds(out, "[ ");
        for (uint32_t i = 0; i < v->len; i++) {
            print_plain(st, out, v->list[i], seen);
            buf_addc(out, ' ');
        }
        buf_addc(out, ']');
        eval_leave(st);
        break;
    }
    case T_THUNK: case T_APP: case T_APP_INT: case T_EAGER: case T_BLACKHOLE: buf_adds(out, "<CODE>"); break;
    case T_LAMBDA: buf_adds(out, "<LAMBDA>"); break;
    case T_PRIMOP: buf_adds(out, "<PRIMOP>"); break;
    case T_PRIMOP_APP: buf_adds(out, "<PRIMOP-APP>"); break;
    }
}

void print_value(State *st, Buf *out, Value *v)
{
    PtrSet seen = {0};
    print_plain(st, out, v, &seen);
}

/* ---- JSON ---- */

size_t json_plain_run(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') p++;
    return (size_t)(p - (const unsigned char *)s);
}

void print_json_string(Buf *out, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    buf_reserve(out, n + 2);
    buf_addc(out, '"');
    for (size_t i = 0; i < n; i++) {
        size_t run = json_plain_run(s + i, n - i);
        if (run) {
            buf_add(out, s + i, run);
            i += run;
            if (i == n) break;
        }
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') { buf_addc(out, '\\'); buf_addc(out, (char)c); }
        else if (c == '\n') buf_adds(out, "\\n");
        else if (c == '\r') buf_adds(out, "\\r");
        else if (c == '\t') buf_adds(out, "\\t");
        else if (c < 32) {
            char u[7] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0 };
            buf_adds(out, u);
        } else buf_addc(out, (char)c);
    }
    buf_addc(out, '"');
}

void print_json_close_partial(Buf *out)
{
    Buf open = {0};
    bool in_string = false;
    for (size_t i = 0; i < out->len; i++) {
        char c = out->s[i];
        if (in_string) {
            if (c == '\\') i++;
            else if (c == '"') in_string = false;
        } else if (c == '"') in_string = true;
        else if (c == '[') buf_addc(&open, ']');
        else if (c == '{') buf_addc(&open, '}');
        else if (c == ']' || c == '}') open.len--;
    }
    while (open.len) buf_addc(out, open.s[--open.len]);
}

/* CppNix 2.8 runs out of stack between 60,000 and 80,000 levels of JSON nesting (its own
 * tests count on a clean error at 100,000); nixel stops at the same depth, with the same
 * error, although its stack would go deeper. */
enum { JSON_MAX_DEPTH = 70000 };

static void json_enter(State *st, Pos pos, unsigned depth)
{
    if (depth > JSON_MAX_DEPTH)
        eval_error(st, ERR_STACK_OVERFLOW, NO_POS, "stack overflow (possible infinite recursion)");
    eval_enter(st, pos);
}

static void json_rec(State *st, Buf *out, Value *v, bool strict, Pos pos, Context **ctx, unsigned depth);

/* A string of the JSON: Nix 2.8 writes its bytes as they are; today's Nix's JSON writer
 * (nlohmann::json) rejects one that is not UTF-8. */
static void json_string(State *st, Buf *out, const char *s, size_t n)
{
    size_t at;
    bool incomplete;
    if (eval_compat_current(st) && !utf8_valid((const unsigned char *)s, n, &at, &incomplete)) {
        if (incomplete)
            eval_error(st, ERR_EVAL, NO_POS, "JSON serialization error: [json.exception.type_error.316] incomplete UTF-8 string; last byte: 0x%02X",
                       (unsigned char)s[at]);
        eval_error(st, ERR_EVAL, NO_POS, "JSON serialization error: [json.exception.type_error.316] invalid UTF-8 byte at index %zu: 0x%02X",
                   at, (unsigned char)s[at]);
    }
    print_json_string(out, s, n);
}

void print_json(State *st, Buf *out, Value *v, bool strict, Pos pos, Context **ctx)
{
    json_rec(st, out, v, strict, pos, ctx, 0);
}

static void json_rec(State *st, Buf *out, Value *v, bool strict, Pos pos, Context **ctx, unsigned depth)
{
    eval_check_interrupt(st);   /* Nix's printValueAsJSON checks at every value (toJSON too) */
    if (strict) force(st, v, pos);
    switch ((ValueType)v->type) {
    case T_INT: buf_add_int(out, v->i); return;
    case T_BOOL: buf_adds(out, v->b ? "true" : "false"); return;
    case T_STRING:
        *ctx = ctx_union(*ctx, v->str.ctx);
        json_string(st, out, v->str.s, v->len);
        return;
    case T_PATH: {
        const char *p = eval_copy_path_to_store(st, v->str.s, pos, ctx);
        print_json_string(out, p, strlen(p));
        return;
    }
    case T_NULL: buf_adds(out, "null"); return;
    case T_FLOAT: print_float(out, v->f); return;
    case T_ATTRS: {
        Attr *ts = attrs_find(v->attrs, st->s_toString);
        if (ts) {
            Value r;
            call1(st, ts->value, v, &r, pos);
            size_t len;
            CoerceOpts o = { false, false, true };
            const char *s = coerce_to_string(st, pos, &r, ctx, o, &len);
            json_string(st, out, s, len);
            return;
        }
        Attr *op = attrs_find(v->attrs, st->s_outPath);
        if (op) { json_rec(st, out, op->value, strict, op->pos, ctx, depth); return; }
        json_enter(st, pos, depth + 1);
        Attrs *a = v->attrs;
        uint32_t *idx = attrs_by_name(a);
        buf_addc(out, '{');
        for (uint32_t i = 0; i < a->n; i++) {
            if (i) buf_addc(out, ',');
            Attr *x = &a->a[idx[i]];
            json_string(st, out, sym_str(x->name), sym_len(x->name));
            buf_addc(out, ':');
            json_rec(st, out, x->value, strict, x->pos, ctx, depth + 1);
        }
        buf_addc(out, '}');
        eval_leave(st);
        return;
    }
    case T_LIST:
        json_enter(st, pos, depth + 1);
        buf_addc(out, '[');
        for (uint32_t i = 0; i < v->len; i++) {
            if (i) buf_addc(out, ',');
            json_rec(st, out, v->list[i], strict, pos, ctx, depth + 1);
        }
        buf_addc(out, ']');
        eval_leave(st);
        return;
    default: {
        /* CppNix attaches a placeholder trace line here, so the hint line appears. */
        eval_push_frame(st, (Frame){ FR_TEXT, pos, 0, "message for the trace", 0 });
        eval_error(st, ERR_TYPE, val_pos(v, pos), "cannot convert %s to JSON", show_type(v));
    }
    }
}
