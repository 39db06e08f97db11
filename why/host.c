/* host.c: the command line, state and value printing that `nixel why` and `nixel options`
 * share (see host.h). The host itself is evaluated by modules/nixos/eval.nix, through
 * render's helpers, with nixel's lib in its explaining mode (modules/lib/modules.nix `why`). */
#include "why/host.h"
#include "why/why.h"

#include "base/buf.h"
#include "base/diag.h"
#include "base/mem.h"
#include "parser/ast.h"
#include "parser/source.h"
#include "render/render.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the command line ------------------------------------------------------------------ */

int host_fail(const char *message, const char *usage)
{
    Buf b = {0};
    buf_adds(&b, message);
    if (usage) buf_printf(&b, "\n%s", usage);
    diag_emit("error", buf_cstr(&b));
    return 1;
}

int host_parse_args(HostArgs *a, int argc, char **argv, const char *usage)
{
    memset(a, 0, sizeof *a);
    size_t n = sizeof(char *) * (size_t)(argc + 1);
    a->modules = mem_alloc(n);
    a->includes = mem_alloc(n);
    a->words = mem_alloc(n);
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        bool has_value = i + 1 < argc;
        if (!strcmp(s, "--module") && has_value) a->modules[a->nmodules++] = argv[++i];
        else if (!strcmp(s, "-I") && has_value) a->includes[a->nincludes++] = argv[++i];
        else if (!strncmp(s, "-I", 2) && s[2]) a->includes[a->nincludes++] = s + 2;
        else if (!strcmp(s, "--json")) a->json = true;
        else if (!strcmp(s, "--md")) a->md = true;
        else if (!strcmp(s, "--show-trace")) a->show_trace = true;
        else if (!strcmp(s, "--restrict-eval")) a->restricted = true;
        else if (s[0] == '-' && s[1]) {
            Buf b = {0};
            bool needs_value = !strcmp(s, "--module") || !strcmp(s, "-I");
            buf_printf(&b, needs_value ? "flag '%s' requires 1 argument" : "unrecognised flag '%s'", s);
            return host_fail(buf_cstr(&b), usage);
        } else a->words[a->nwords++] = s;
    }
    if (a->json && a->md) return host_fail("--json and --md exclude each other", usage);
    return 0;
}

/* ---- the state and the call ----------------------------------------------------------------- */

/* exprPos x: where x's expression is written, while x is still unevaluated (a thunk), else
 * null. nixel's lib calls it on a mkIf's condition, which nothing has forced yet. Passed to
 * the Nix code by the commands, never part of `builtins`. */
static void prim_exprPos(State *st, Pos pos, Value **args, Value *out)
{
    (void)pos;
    Value *v = args[0];
    if (v->type == T_THUNK) set_pos_attrs(st, v->thunk.expr->pos, out);
    else set_null(out);
}

/* The name a call's function is written as: f in `f x`, mkIf in `lib.mkIf c x`. */
static Sym called_name(const Expr *fn)
{
    if (fn->kind == E_VAR) return ((const ExprVar *)fn)->name;
    if (fn->kind != E_SELECT) return SYM_NONE;
    const ExprSelect *s = (const ExprSelect *)fn;
    return s->n ? s->path[s->n - 1].sym : SYM_NONE;
}

/* The call whose thunk is being forced innermost, past the thunks of calls of `skip` (the
 * binding in nixel's lib that asks), or NULL when that thunk is no call. */
static const ExprCall *innermost_call(const State *st, Sym skip)
{
    for (size_t i = st->nforcing; i > 0; i--) {
        const Value *v = st->forcing[i - 1];
        if (v->type != T_BLACKHOLE || v->was != T_THUNK) continue;
        const Expr *e = v->thunk.expr;
        if (e->kind != E_CALL) return NULL;
        const ExprCall *c = (const ExprCall *)e;
        if (called_name(c->fn) != skip) return c;
    }
    return NULL;
}

/* conditionPos c, called by nixel's mkIf on its condition while the mkIf is applied: where
 * the condition is written. When the application `mkIf COND CONTENT` is what is being forced
 * (the usual `x = mkIf c v;`), its first argument, whatever it is (a literal `false`, a
 * variable); otherwise (mkIf called inside a function) what exprPos gives. */
static void prim_conditionPos(State *st, Pos pos, Value **args, Value *out)
{
    const ExprCall *c = innermost_call(st, sym_cstr("conditionPos"));
    if (c && c->n >= 1 && called_name(c->fn) == sym_cstr("mkIf")) set_pos_attrs(st, c->args[0]->pos, out);
    else prim_exprPos(st, pos, args, out);
}

static const PrimOp expr_pos_op = { "exprPos", 1, false, prim_exprPos };
static const PrimOp condition_pos_op = { "conditionPos", 1, false, prim_conditionPos };

static Value *primop_value(const PrimOp *p)
{
    Value *op = val_alloc();
    op->type = T_PRIMOP;
    op->primop = p;
    return op;
}

void host_add_hooks(AttrsBuilder *b)
{
    ab_add(b, sym_cstr("exprPos"), primop_value(&expr_pos_op), NO_POS);
    ab_add(b, sym_cstr("conditionPos"), primop_value(&condition_pos_op), NO_POS);
}

State *host_new_state(const HostArgs *a, const char *config, const char **modules_dir)
{
    *modules_dir = eval_modules_dir();
    if (!*modules_dir) {
        host_fail("cannot find nixel's modules directory (../modules or ../share/nixel/modules next to the executable, or $NIXEL_MODULES)", NULL);
        return NULL;
    }
    if (a->restricted)
        return render_new_restricted_state(a->includes, a->nincludes, a->show_trace, *modules_dir, config, a->modules,
                                           a->nmodules);
    return render_new_state(a->includes, a->nincludes, a->show_trace, *modules_dir);
}

int host_run(const HostArgs *a, const char *config, HostCommand *command, const char *word)
{
    const char *modules_dir;
    State *st = host_new_state(a, config, &modules_dir);
    if (!st) return 1;
    Handler h;
    if (!EVAL_TRY(st, &h)) {
        eval_unwind_to(st, &h);
        fflush(stdout);
        eval_print_error(st, &st->err);
        return 1;
    }
    Value *host = why_load_host(st, modules_dir, a->modules, a->nmodules, config);
    int status = command(st, modules_dir, host, a, word);
    eval_pop_handler(st, &h);
    return status;
}

/* ---- reading results ---------------------------------------------------------------------- */

Value *host_attr(State *st, Value *set, const char *name)
{
    Attrs *a = force_attrs(st, set, NO_POS);
    return attrs_get(a, sym_cstr(name));
}

const char *host_string(State *st, Value *v)
{
    if (!v) return "";
    force(st, v, NO_POS);
    if (v->type == T_PATH) return v->str.s;   /* a module's _file may be a path */
    size_t len;
    return force_string(st, v, NO_POS, &len);
}

const char *host_source_line(const char *file, long line)
{
    size_t len;
    const char *err;
    char *text = src_read_file(file, &len, &err);
    if (!text || line < 1) return NULL;
    const char *p = text;
    for (long l = 1; l < line; l++) {
        p = strchr(p, '\n');
        if (!p) return NULL;
        p++;
    }
    const char *end = strchr(p, '\n');
    return mem_strndup(p, end ? (size_t)(end - p) : strlen(p));
}

/* ---- values as JSON ------------------------------------------------------------------------ */

static cJSON *json_marker(const char *kind, const char *detail)
{
    Buf b = {0};
    buf_printf(&b, "«%s%s%s»", kind, detail ? " " : "", detail ? detail : "");
    return cJSON_CreateString(buf_cstr(&b));
}

static cJSON *json_function(const Value *v)
{
    if (v->type != T_LAMBDA) return json_marker("primop", NULL);
    char where[512];
    pos_format_plain(where, sizeof where, val_pos(v, NO_POS));
    Buf b = {0};
    buf_printf(&b, "@ %s", where);
    return json_marker("lambda", buf_cstr(&b));
}

/* What nixel's lib adds to mkIf, mkMerge and pushed definitions in its explaining mode:
 * not part of what was written. */
static bool is_why_bookkeeping(Sym name)
{
    const char *s = sym_str(name);
    return !strcmp(s, "conditionPos") || !strcmp(s, "contentPositions") || !strcmp(s, "definitionPos");
}

static cJSON *json_attrs(State *st, Value *v, int depth)
{
    Attrs *a = v->attrs;
    if (is_derivation(st, v)) {
        Value *name = attrs_get(a, st->s_name);
        return json_marker("derivation", name ? host_string(st, name) : NULL);
    }
    if (depth <= 0) return json_marker("set", "…");
    cJSON *o = cJSON_CreateObject();
    uint32_t *order = attrs_by_name(a);
    for (uint32_t i = 0; i < a->n; i++) {
        Attr *x = &a->a[order[i]];
        if (is_why_bookkeeping(x->name)) continue;
        cJSON_AddItemToObject(o, sym_str(x->name), host_json(st, x->value, depth - 1));
    }
    return o;
}

static cJSON *json_forced(State *st, Value *v, int depth)
{
    switch (v->type) {
    case T_NULL: return cJSON_CreateNull();
    case T_BOOL: return cJSON_CreateBool(v->b);
    case T_INT: return cJSON_CreateNumber((double)v->i);
    case T_FLOAT: return cJSON_CreateNumber(v->f);
    case T_STRING: case T_PATH: return cJSON_CreateString(v->str.s);
    case T_ATTRS: return json_attrs(st, v, depth);
    case T_LIST: {
        if (depth <= 0) return json_marker("list", "…");
        cJSON *arr = cJSON_CreateArray();
        for (uint32_t i = 0; i < v->len; i++) cJSON_AddItemToArray(arr, host_json(st, v->list[i], depth - 1));
        return arr;
    }
    default: return json_function(v);
    }
}

cJSON *host_json(State *st, Value *v, int max_depth)
{
    Handler h;
    if (!EVAL_TRY(st, &h)) {
        eval_unwind_to(st, &h);
        return json_marker("error:", st->err.msg);
    }
    force(st, v, NO_POS);
    cJSON *out = json_forced(st, v, max_depth);
    eval_pop_handler(st, &h);
    return out;
}
