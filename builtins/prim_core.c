/* prim_core.c: builtins about control and numbers: abort, throw, tryEval, seq, trace,
 * import, type predicates, arithmetic, comparison, and environment constants. */
#include "builtins/prim.h"
#include "builtins/restrict.h"
#include "base/diag.h"
#include "base/mem.h"
#include "eval/print.h"
#include "parser/source.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *coerce_plain(State *st, Pos pos, Value *v, size_t *len)
{
    Context *ctx = NULL;
    CoerceOpts o = { false, true, true };
    return coerce_to_string(st, pos, v, &ctx, o, len);
}

static void prim_abort(State *st, Pos pos, Value **args, Value *out)
{
    (void)out;
    size_t len;
    const char *s = coerce_plain(st, pos, args[0], &len);
    eval_error(st, ERR_ABORT, NO_POS, "evaluation aborted with the following error message: '%s'", s);
}

static void prim_throw(State *st, Pos pos, Value **args, Value *out)
{
    (void)out;
    size_t len;
    const char *s = coerce_plain(st, pos, args[0], &len);
    eval_error(st, ERR_THROW, NO_POS, "%s", s);
}

static void prim_addErrorContext(State *st, Pos pos, Value **args, Value *out)
{
    /* The context text is only computed when an error happens; CppNix computes it in its
     * catch handler, so an error there replaces the original one. */
    Handler h;
    if (EVAL_TRY(st, &h)) {
        force(st, args[1], pos);
        eval_pop_handler(st, &h);
        *out = *args[1];
        return;
    }
    eval_unwind_to(st, &h);
    EvalError saved = st->err;
    size_t len;
    const char *ctx = coerce_plain(st, pos, args[0], &len);
    st->err = saved;
    eval_add_trace(st, &h, (char *)ctx, NO_POS);
    eval_rethrow(st);
}

static void prim_tryEval(State *st, Pos pos, Value **args, Value *out)
{
    Attrs *a = attrs_alloc(2);
    Handler h;
    if (EVAL_TRY(st, &h)) {
        force(st, args[0], pos);
        eval_pop_handler(st, &h);
        a->a[a->n++] = (Attr){ st->s_value, NO_POS, args[0] };
        a->a[a->n++] = (Attr){ st->s_success, NO_POS, val_bool(true) };
    } else {
        eval_unwind_to(st, &h);
        if (st->err.kind != ERR_THROW && st->err.kind != ERR_ASSERT) eval_rethrow(st);
        a->a[a->n++] = (Attr){ st->s_value, NO_POS, val_bool(false) };
        a->a[a->n++] = (Attr){ st->s_success, NO_POS, val_bool(false) };
    }
    attrs_sort(a);
    set_attrs(out, a);
}

static void prim_seq(State *st, Pos pos, Value **args, Value *out)
{
    force(st, args[0], pos);
    force(st, args[1], pos);
    *out = *args[1];
}

static void prim_deepSeq(State *st, Pos pos, Value **args, Value *out)
{
    force_deep(st, args[0]);
    force(st, args[1], pos);
    *out = *args[1];
}

static void prim_trace(State *st, Pos pos, Value **args, Value *out)
{
    force(st, args[0], pos);
    Buf b = {0};
    buf_adds(&b, "trace: ");
    if (args[0]->type == T_STRING) buf_add(&b, args[0]->str.s, strnlen(args[0]->str.s, args[0]->len));
    else print_value(st, &b, args[0]);
    diag_log(b.s, b.len);
    force(st, args[1], pos);
    *out = *args[1];
}

/* Newer than Nix 2.8 (builtins.warn, Nix 2.23): "evaluation warning: MSG", indented under
 * its prefix unless the message starts a line of its own; then the second argument. */
static void prim_warn(State *st, Pos pos, Value **args, Value *out)
{
    eval_push_frame(st, (Frame){ FR_TEXT, pos, 0, "while evaluating the first argument; the message passed to builtins.warn", 0 });
    size_t len;
    const char *msg = force_string(st, args[0], pos, &len);
    eval_pop_frame(st);
    if (msg[0] == '\n') {
        Buf b = {0};
        buf_adds(&b, "evaluation warning:");
        buf_add(&b, msg, strnlen(msg, len));
        diag_log(b.s, b.len);
    } else {
        diag_emit("evaluation warning", mem_strndup(msg, strnlen(msg, len)));
    }
    if (st->abort_on_warn)
        eval_error(st, ERR_EVAL, NO_POS, "aborting to reveal stack trace of warning, as abort-on-warn is set");
    force(st, args[1], pos);
    *out = *args[1];
}

/* Newer than Nix 2.8: builtins.break, a breakpoint for the debugger nixel has not, so it
 * returns its argument. */
static void prim_break(State *st, Pos pos, Value **args, Value *out)
{
    force(st, args[0], pos);
    *out = *args[0];
}

/* Newer than Nix 2.8 (Nix 2.10): traceVerbose traces only with --trace-verbose, which
 * nixel has not; it returns its second argument. */
static void prim_traceVerbose(State *st, Pos pos, Value **args, Value *out)
{
    force(st, args[1], pos);
    *out = *args[1];
}

static void prim_getEnv(State *st, Pos pos, Value **args, Value *out)
{
    size_t len;
    const char *name = force_string_noctx(st, args[0], pos, &len);
    const char *v = restrict_env_readable(st, name) ? getenv(name) : NULL;
    set_string(out, v ? v : "", v ? strlen(v) : 0, NULL);
}

/* ---- import ---- */

static void prim_import(State *st, Pos pos, Value **args, Value *out)
{
    const char *path = prim_realise_path(st, pos, args[0]);
    eval_file(st, path, out, pos);
}

static void prim_scopedImport(State *st, Pos pos, Value **args, Value *out)
{
    const char *path = prim_realise_path(st, pos, args[1]);
    Attrs *scope = force_attrs(st, args[0], pos);
    Sym *names = mem_alloc_atomic((scope->n ? scope->n : 1) * sizeof *names);
    Env *env = env_alloc(st->base_env, scope->n);
    for (uint32_t i = 0; i < scope->n; i++) {
        names[i] = scope->a[i].name;
        env->slots[i] = scope->a[i].value;
    }
    Scope *sc = scope_new(st->base_scope, names, scope->n);
    /* resolve the file afresh in this scope (scopedImport is not cached) */
    const char *err = NULL;
    Source *src = src_load_file(&st->store, path, &err);
    if (!src) eval_error(st, ERR_EVAL, NO_POS, "%s", err);
    ParseError pe;
    Expr *e = src_parse_with(src, sc, &st->parse, &pe);
    if (!e) eval_error(st, ERR_PARSE, pe.pos, "%s", pe.msg);
    eval_expr(st, env, e, out);
}

static void prim_findFile(State *st, Pos pos, Value **args, Value *out)
{
    uint32_t n;
    SearchEntry *entries = eval_search_entries(st, args[0], pos, &n);
    for (uint32_t i = 0; i < n; i++) {   /* Nix's realiseContext of each entry's path */
        const char *bad = prim_invalid_context_path(st, entries[i].ctx);
        if (bad) eval_error(st, ERR_EVAL, pos, "cannot find '%s', since path '%s' is not valid", entries[i].path, bad);
    }
    size_t len;
    const char *name = force_string_noctx(st, args[1], pos, &len);
    const char *p = restrict_check_path(st, eval_find_in(st, entries, n, name, pos));
    set_path(out, p, strlen(p));
}

/* ---- types ---- */

static void prim_typeOf(State *st, Pos pos, Value **args, Value *out)
{
    force(st, args[0], pos);
    const char *t = "";
    switch (args[0]->type) {
    case T_INT: t = "int"; break;
    case T_BOOL: t = "bool"; break;
    case T_STRING: t = "string"; break;
    case T_PATH: t = "path"; break;
    case T_NULL: t = "null"; break;
    case T_ATTRS: t = "set"; break;
    case T_LIST: t = "list"; break;
    case T_LAMBDA: case T_PRIMOP: case T_PRIMOP_APP: t = "lambda"; break;
    case T_FLOAT: t = "float"; break;
    }
    set_string(out, t, strlen(t), NULL);
}

#define TYPE_PRED(name, cond) \
    static void name(State *st, Pos pos, Value **args, Value *out) \
    { force(st, args[0], pos); ValueType t = (ValueType)args[0]->type; set_bool(out, cond); }
TYPE_PRED(prim_isNull, t == T_NULL)
TYPE_PRED(prim_isFunction, t == T_LAMBDA || t == T_PRIMOP || t == T_PRIMOP_APP)
TYPE_PRED(prim_isInt, t == T_INT)
TYPE_PRED(prim_isFloat, t == T_FLOAT)
TYPE_PRED(prim_isString, t == T_STRING)
TYPE_PRED(prim_isBool, t == T_BOOL)
TYPE_PRED(prim_isPath, t == T_PATH)
TYPE_PRED(prim_isAttrs, t == T_ATTRS)
TYPE_PRED(prim_isList, t == T_LIST)

/* ---- arithmetic ---- */

static void prim_div(State *st, Pos pos, Value **args, Value *out)
{
    force(st, args[0], pos);
    force(st, args[1], pos);
    double f2 = force_float(st, args[1], pos);
    if (f2 == 0) eval_error(st, ERR_EVAL, pos, "division by zero");
    if (args[0]->type == T_FLOAT || args[1]->type == T_FLOAT) {
        set_float(out, force_float(st, args[0], pos) / force_float(st, args[1], pos));
        return;
    }
    int64_t a = force_int(st, args[0], pos), b = force_int(st, args[1], pos);
    if (a == INT64_MIN && b == -1) {
        if (eval_compat_current(st)) eval_int_overflow(st, NO_POS, "dividing", '/', a, b);
        eval_error(st, ERR_EVAL, pos, "overflow in integer division");
    }
    set_int(out, a / b);
}

static void prim_bitAnd(State *st, Pos pos, Value **args, Value *out) { set_int(out, force_int(st, args[0], pos) & force_int(st, args[1], pos)); }
static void prim_bitOr(State *st, Pos pos, Value **args, Value *out) { set_int(out, force_int(st, args[0], pos) | force_int(st, args[1], pos)); }
static void prim_bitXor(State *st, Pos pos, Value **args, Value *out) { set_int(out, force_int(st, args[0], pos) ^ force_int(st, args[1], pos)); }

static void prim_ceil(State *st, Pos pos, Value **args, Value *out)
{
    double d = force_float(st, args[0], val_pos(args[0], pos));
    set_int(out, (int64_t)ceil(d));
}

static void prim_floor(State *st, Pos pos, Value **args, Value *out)
{
    double d = force_float(st, args[0], val_pos(args[0], pos));
    set_int(out, (int64_t)floor(d));
}

const PrimDef prim_core_defs[] = {
    { "abort", 1, prim_abort },
    { "throw", 1, prim_throw },
    { "__addErrorContext", 2, prim_addErrorContext },
    { "__tryEval", 1, prim_tryEval },
    { "__seq", 2, prim_seq },
    { "__deepSeq", 2, prim_deepSeq },
    { "__trace", 2, prim_trace },
    { "__warn", 2, prim_warn },
    { "__traceVerbose", 2, prim_traceVerbose },
    { "break", 1, prim_break },
    { "__getEnv", 1, prim_getEnv },
    { "import", 1, prim_import },
    { "scopedImport", 2, prim_scopedImport },
    { "__findFile", 2, prim_findFile },
    { "__typeOf", 1, prim_typeOf },
    { "isNull", 1, prim_isNull },
    { "__isFunction", 1, prim_isFunction },
    { "__isInt", 1, prim_isInt },
    { "__isFloat", 1, prim_isFloat },
    { "__isString", 1, prim_isString },
    { "__isBool", 1, prim_isBool },
    { "__isPath", 1, prim_isPath },
    { "__isAttrs", 1, prim_isAttrs },
    { "__isList", 1, prim_isList },
    { "__add", 2, eval_add },
    { "__sub", 2, eval_sub },
    { "__mul", 2, eval_mul },
    { "__div", 2, prim_div },
    { "__bitAnd", 2, prim_bitAnd },
    { "__bitOr", 2, prim_bitOr },
    { "__bitXor", 2, prim_bitXor },
    { "__ceil", 1, prim_ceil },
    { "__floor", 1, prim_floor },
    { "__lessThan", 2, eval_lessThan },
    { NULL, 0, NULL },
};
