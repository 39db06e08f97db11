/* show.c: values as the REPL shows them to people. Unlike the nix-instantiate printer
 * (eval/print.c), it forces what it shows, stops at a depth (a nested set or list beyond it
 * becomes `{ ... 3 attributes }`), names functions by where they were defined, and shows an
 * error inside a value in place («error: ...») instead of failing the whole result. */
#include "repl/repl.h"
#include "base/mem.h"
#include "eval/print.h"
#include "parser/show.h"

#include <inttypes.h>
#include <string.h>

/* Nix repl's colours: numbers cyan, strings magenta, paths green, functions blue. */
#define C_NUMBER "\x1b[36;1m"
#define C_STRING "\x1b[35;1m"
#define C_PATH   "\x1b[32;1m"
#define C_FUNC   "\x1b[34;1m"
#define C_ERROR  "\x1b[31;1m"
#define C_RESET  "\x1b[0m"

typedef struct {
    State *st;
    Buf *out;
    int max_depth;          /* < 0: no limit */
    bool color;
    const void **path;      /* the sets and lists being shown, outermost first: a cycle shows «repeated» */
    int npath, cap;
} Shower;

static void paint(Shower *s, const char *color, const char *text)
{
    if (s->color) buf_adds(s->out, color);
    buf_adds(s->out, text);
    if (s->color) buf_adds(s->out, C_RESET);
}

static void show_rec(Shower *s, Value *v, int depth);

/* «lambda { a, b ? …, ... } @ FILE:L:C» or «lambda x @ FILE:L:C» */
void repl_show_lambda(Buf *out, const Value *v)
{
    const ExprLambda *l = v->lambda.fn;
    buf_adds(out, "\xc2\xablambda ");
    if (l->has_formals) {
        buf_adds(out, "{ ");
        for (uint32_t i = 0; i < l->nformals; i++) {
            if (i) buf_adds(out, ", ");
            show_id(out, l->formals[i].name);
            if (l->formals[i].def) buf_adds(out, " ? \xe2\x80\xa6");
        }
        if (l->ellipsis) buf_adds(out, l->nformals ? ", ..." : "...");
        buf_adds(out, " }");
        if (l->arg != SYM_NONE) { buf_addc(out, '@'); show_id(out, l->arg); }
    } else {
        show_id(out, l->arg);
    }
    char at[512];
    pos_format_plain(at, sizeof at, l->h.pos);
    buf_printf(out, " @ %s\xc2\xbb", at);
}

static void show_function(Shower *s, Value *v)
{
    Buf b = {0};
    if (v->type == T_LAMBDA) repl_show_lambda(&b, v);
    else if (v->type == T_PRIMOP) buf_printf(&b, "\xc2\xabprimop %s\xc2\xbb", v->primop->name);
    else {
        Value *f = v;
        while (f->type == T_PRIMOP_APP) f = f->papp.left;
        buf_printf(&b, "\xc2\xabprimop-app %s\xc2\xbb", f->type == T_PRIMOP ? f->primop->name : "?");
    }
    paint(s, C_FUNC, buf_cstr(&b));
}

/* «derivation /nix/store/...drv», if its drvPath can be had. */
static bool show_derivation(Shower *s, Value *v)
{
    Attr *dp = attrs_find(v->attrs, s->st->s_drvPath);
    if (!dp) return false;
    Handler h;
    if (!EVAL_TRY(s->st, &h)) { eval_unwind_to(s->st, &h); return false; }
    const char *path = force_string(s->st, dp->value, dp->pos, NULL);
    eval_pop_handler(s->st, &h);
    buf_adds(s->out, "\xc2\xab" "derivation ");
    paint(s, C_PATH, path);
    buf_adds(s->out, "\xc2\xbb");
    return true;
}

static bool on_path(const Shower *s, const void *key)
{
    for (int i = 0; i < s->npath; i++) if (s->path[i] == key) return true;
    return false;
}

static void push_path(Shower *s, const void *key)
{
    if (s->npath == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 16;
        s->path = mem_realloc(s->path, (size_t)s->cap * sizeof *s->path);
    }
    s->path[s->npath++] = key;
}

static void show_attrs(Shower *s, Value *v, int depth)
{
    Attrs *a = v->attrs;
    if (is_derivation(s->st, v) && show_derivation(s, v)) return;
    if (a->n && on_path(s, a)) { buf_adds(s->out, "\xc2\xabrepeated\xc2\xbb"); return; }
    if (s->max_depth >= 0 && depth >= s->max_depth && a->n) {
        buf_printf(s->out, "{ ... %u attribute%s }", a->n, a->n == 1 ? "" : "s");
        return;
    }
    push_path(s, a);
    buf_adds(s->out, "{ ");
    uint32_t *idx = attrs_by_name(a);
    for (uint32_t i = 0; i < a->n; i++) {
        show_id(s->out, a->a[idx[i]].name);
        buf_adds(s->out, " = ");
        show_rec(s, a->a[idx[i]].value, depth + 1);
        buf_adds(s->out, "; ");
    }
    buf_addc(s->out, '}');
    s->npath--;
}

static void show_list(Shower *s, Value *v, int depth)
{
    if (s->max_depth >= 0 && depth >= s->max_depth && v->len) {
        buf_printf(s->out, "[ ... %u item%s ]", v->len, v->len == 1 ? "" : "s");
        return;
    }
    if (v->len && on_path(s, v->list)) { buf_adds(s->out, "\xc2\xabrepeated\xc2\xbb"); return; }
    push_path(s, v->list);
    buf_adds(s->out, "[ ");
    for (uint32_t i = 0; i < v->len; i++) {
        show_rec(s, v->list[i], depth + 1);
        buf_addc(s->out, ' ');
    }
    buf_addc(s->out, ']');
    s->npath--;
}

/* Forces v; an error becomes «error: MSG» in place of the value. */
static bool force_or_show_error(Shower *s, Value *v)
{
    if (!val_is_lazy(v)) return true;
    Handler h;
    if (EVAL_TRY(s->st, &h)) {
        force(s->st, v, val_pos(v, NO_POS));
        eval_pop_handler(s->st, &h);
        return true;
    }
    eval_unwind_to(s->st, &h);
    if (stack_clear_interrupt()) eval_error(s->st, ERR_OTHER, NO_POS, "interrupted by the user");
    Buf b = {0};
    buf_printf(&b, "\xc2\xab" "error: %s\xc2\xbb", s->st->err.msg);
    paint(s, C_ERROR, buf_cstr(&b));
    return false;
}

static void show_rec(Shower *s, Value *v, int depth)
{
    if (!force_or_show_error(s, v)) return;
    eval_enter(s->st, NO_POS);
    Buf b = {0};
    switch ((ValueType)v->type) {
    case T_INT: buf_add_int(&b, v->i); paint(s, C_NUMBER, buf_cstr(&b)); break;
    case T_FLOAT: print_float(&b, v->f); paint(s, C_NUMBER, buf_cstr(&b)); break;
    case T_BOOL: paint(s, C_NUMBER, v->b ? "true" : "false"); break;
    case T_NULL: paint(s, C_NUMBER, "null"); break;
    case T_STRING: print_string_lit(&b, v->str.s, v->len); paint(s, C_STRING, buf_cstr(&b)); break;
    case T_PATH: buf_add(&b, v->str.s, v->len); paint(s, C_PATH, buf_cstr(&b)); break;
    case T_ATTRS: show_attrs(s, v, depth); break;
    case T_LIST: show_list(s, v, depth); break;
    case T_LAMBDA: case T_PRIMOP: case T_PRIMOP_APP: show_function(s, v); break;
    default: buf_adds(s->out, "\xc2\xabthunk\xc2\xbb"); break;
    }
    eval_leave(s->st);
}

void repl_show_value(State *st, Buf *out, Value *v, int max_depth, bool color)
{
    Shower s = { st, out, max_depth, color, NULL, 0, 0 };
    show_rec(&s, v, 0);
}
