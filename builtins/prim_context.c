/* prim_context.c: the builtins that look at or change a string's context: hasContext,
 * getContext, appendContext, unsafeDiscardStringContext, unsafeDiscardOutputDependency,
 * and (newer than Nix 2.8) addDrvOutputDependencies.
 * Context items are "/nix/store/..." (a path), "=/nix/store/x.drv" (a derivation with
 * all its outputs) and "!out!/nix/store/x.drv" (one output). */
#include "builtins/prim.h"
#include "base/diag.h"
#include "base/mem.h"
#include "store/store.h"
#include "parser/show.h"

#include <string.h>

static const char *coerce_ctx(State *st, Pos pos, Value *v, Context **ctx, size_t *len)
{
    CoerceOpts o = { false, true, true };
    return coerce_to_string(st, pos, v, ctx, o, len);
}

static void prim_unsafeDiscardStringContext(State *st, Pos pos, Value **args, Value *out)
{
    Context *ctx = NULL;
    size_t len;
    const char *s = coerce_ctx(st, pos, args[0], &ctx, &len);
    set_string(out, s, len, NULL);
}

static void prim_hasContext(State *st, Pos pos, Value **args, Value *out)
{
    size_t len;
    force_string(st, args[0], pos, &len);
    set_bool(out, args[0]->str.ctx && args[0]->str.ctx->n);
}

static void prim_unsafeDiscardOutputDependency(State *st, Pos pos, Value **args, Value *out)
{
    Context *ctx = NULL, *ctx2 = NULL;
    size_t len;
    const char *s = coerce_ctx(st, pos, args[0], &ctx, &len);
    for (uint32_t i = 0; ctx && i < ctx->n; i++)
        ctx2 = ctx_add(ctx2, ctx->items[i][0] == '=' ? ctx->items[i] + 1 : ctx->items[i]);
    set_string(out, s, len, ctx2);
}

/* Nix 2.19: the inverse of unsafeDiscardOutputDependency, for a string whose context is
 * one .drv path: the derivation with all its outputs. */
static void prim_addDrvOutputDependencies(State *st, Pos pos, Value **args, Value *out)
{
    Context *ctx = NULL;
    size_t len;
    eval_push_frame(st, (Frame){ FR_TEXT, pos, 0, "while evaluating the argument passed to builtins.addDrvOutputDependencies", 0 });
    const char *s = coerce_ctx(st, pos, args[0], &ctx, &len);
    eval_pop_frame(st);
    uint32_t n = ctx ? ctx->n : 0;
    if (n != 1) eval_error(st, ERR_EVAL, NO_POS, "context of string '%s' must have exactly one element, but has %u", s, n);
    const char *c = ctx->items[0];
    if (c[0] == '!') {
        const char *bang = strchr(c + 1, '!');
        eval_error(st, ERR_EVAL, NO_POS, "`addDrvOutputDependencies` can only act on derivations, not on a derivation output such as '%s'",
                   mem_strndup(c + 1, (size_t)(bang - c - 1)));
    }
    if (c[0] != '=') {
        if (!store_is_drv_name(c)) eval_error(st, ERR_EVAL, NO_POS, "path '%s' is not a derivation", c);
        Buf b = {0};
        buf_printf(&b, "=%s", c);
        c = buf_cstr(&b);
    }
    set_string(out, s, len, ctx_add(NULL, c));
}

/* getContext's view of one store path. */
typedef struct {
    const char *path;
    bool is_path, all_outputs;
    const char **outputs;
    uint32_t noutputs;
} CtxInfo;

static CtxInfo *info_for(CtxInfo **infos, uint32_t *n, const char *path)
{
    for (uint32_t i = 0; i < *n; i++)
        if (!strcmp((*infos)[i].path, path)) return &(*infos)[i];
    *infos = mem_realloc(*infos, (*n + 1) * sizeof **infos);
    CtxInfo *c = &(*infos)[(*n)++];
    memset(c, 0, sizeof *c);
    c->path = path;
    return c;
}

static Value *info_value(State *st, const CtxInfo *c, Sym s_path, Sym s_all)
{
    AttrsBuilder b;
    ab_init(&b, 3);
    if (c->is_path) ab_add(&b, s_path, val_bool(true), NO_POS);
    if (c->all_outputs) ab_add(&b, s_all, val_bool(true), NO_POS);
    if (c->noutputs) {
        Value **l = list_alloc(c->noutputs);
        for (uint32_t i = 0; i < c->noutputs; i++) l[i] = val_cstring(c->outputs[i]);
        Value *lv = val_alloc();
        set_list(lv, l, c->noutputs);
        ab_add(&b, st->s_outputs, lv, NO_POS);
    }
    Value *v = val_alloc();
    set_attrs(v, ab_finish(&b, false));
    return v;
}

static void prim_getContext(State *st, Pos pos, Value **args, Value *out)
{
    size_t len;
    force_string(st, args[0], pos, &len);
    const Context *ctx = args[0]->str.ctx;
    CtxInfo *infos = NULL;
    uint32_t n = 0;
    for (uint32_t i = 0; ctx && i < ctx->n; i++) {
        const char *p = ctx->items[i];
        if (p[0] == '=') {
            info_for(&infos, &n, p + 1)->all_outputs = true;
        } else if (p[0] == '!') {
            const char *bang = strchr(p + 1, '!');
            CtxInfo *c = info_for(&infos, &n, bang + 1);
            c->outputs = mem_realloc(c->outputs, (c->noutputs + 1) * sizeof *c->outputs);
            c->outputs[c->noutputs++] = mem_strndup(p + 1, (size_t)(bang - p - 1));
        } else {
            info_for(&infos, &n, p)->is_path = true;
        }
    }
    Sym s_path = sym_cstr("path"), s_all = sym_cstr("allOutputs");
    AttrsBuilder b;
    ab_init(&b, n);
    for (uint32_t i = 0; i < n; i++)
        ab_add(&b, sym_cstr(infos[i].path), info_value(st, &infos[i], s_path, s_all), NO_POS);
    set_attrs(out, ab_finish(&b, false));
}

_Noreturn static void not_a_drv(State *st, Pos pos, const char *what, Sym name)
{
    Buf b = {0};
    show_id(&b, name);
    Buf m = {0}; /* Nix formats `what' into the format itself: only the name is an argument */
    buf_printf(&m, "Tried to add %s context of " DIAG_ARG "%s" DIAG_NORMAL ", which is not a derivation, to a string",
               what, buf_cstr(&b));
    eval_error(st, ERR_EVAL, pos, "%s", buf_cstr(&m));
}

static void prim_appendContext(State *st, Pos pos, Value **args, Value *out)
{
    Context *ctx = NULL;
    size_t len;
    const char *orig = force_string_ctx(st, args[0], pos, &len, &ctx);
    Attrs *a = force_attrs(st, args[1], pos);
    Sym s_path = sym_cstr("path"), s_all = sym_cstr("allOutputs");
    for (uint32_t i = 0; i < a->n; i++) {
        Attr *x = &a->a[i];
        const char *name = sym_str(x->name);
        if (!store_is_store_path(st, name)) {
            Buf b = {0};
            show_id(&b, x->name);
            eval_error(st, ERR_EVAL, x->pos, "Context key '%s' is not a store path", buf_cstr(&b));
        }
        Attrs *info = force_attrs(st, x->value, x->pos);
        Attr *y = attrs_find(info, s_path);
        if (y && force_bool(st, y->value, y->pos)) ctx = ctx_add(ctx, name);
        y = attrs_find(info, s_all);
        if (y && force_bool(st, y->value, y->pos)) {
            if (!store_is_drv_name(name)) not_a_drv(st, x->pos, "all-outputs", x->name);
            Buf c = {0};
            buf_printf(&c, "=%s", name);
            ctx = ctx_add(ctx, buf_cstr(&c));
        }
        y = attrs_find(info, st->s_outputs);
        if (y) {
            uint32_t n;
            Value **l = force_list(st, y->value, y->pos, &n);
            if (n && !store_is_drv_name(name)) not_a_drv(st, x->pos, "derivation output", x->name);
            for (uint32_t k = 0; k < n; k++) {
                size_t ol;
                const char *o = force_string_noctx(st, l[k], y->pos, &ol);
                Buf c = {0};
                buf_printf(&c, "!%s!%s", o, name);
                ctx = ctx_add(ctx, buf_cstr(&c));
            }
        }
    }
    set_string(out, orig, len, ctx);
}

const PrimDef prim_context_defs[] = {
    { "__unsafeDiscardStringContext", 1, prim_unsafeDiscardStringContext },
    { "__hasContext", 1, prim_hasContext },
    { "__unsafeDiscardOutputDependency", 1, prim_unsafeDiscardOutputDependency },
    { "__getContext", 1, prim_getContext },
    { "__appendContext", 2, prim_appendContext },
    { "__addDrvOutputDependencies", 1, prim_addDrvOutputDependencies },
    { NULL, 0, NULL },
};
