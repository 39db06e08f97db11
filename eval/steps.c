/* steps.c: the evaluation trace of `nixel eval --steps` (see steps.h).
 *
 * An Observer (observe.h) that prints one numbered line per step, indented by nesting. A
 * step's line stays open until its first nested step or its end: a step with nothing
 * inside gets its result on its own line (`=> 3`), others get it on a line of its own
 * below what happened inside. Values are shown shallowly and never forced: what is not
 * evaluated yet shows as «its binding's name» or «its source text». */
#include "eval/steps.h"
#include "eval/observe.h"
#include "eval/print.h"
#include "base/mem.h"
#include "parser/show.h"
#include "parser/walk.h"

#include <ctype.h>
#include <inttypes.h>
#include <string.h>

/* ---- names: the binding each expression is the value of, the name of each function ---- */

typedef struct { const void *key; const char *name; } Name;
typedef struct { Name *slots; size_t cap, n; } NameMap;

static size_t name_hash(const void *key, size_t cap) { return ((uintptr_t)key >> 3) * 0x9e3779b1u & (cap - 1); }

static void names_put(NameMap *m, const void *key, const char *name)
{
    if ((m->n + 1) * 2 > m->cap) {
        NameMap g = { mem_alloc((m->cap ? m->cap * 2 : 256) * sizeof(Name)), m->cap ? m->cap * 2 : 256, 0 };
        for (size_t i = 0; i < m->cap; i++)
            if (m->slots[i].key) names_put(&g, m->slots[i].key, m->slots[i].name);
        *m = g;
    }
    size_t h = name_hash(key, m->cap);
    while (m->slots[h].key && m->slots[h].key != key) h = (h + 1) & (m->cap - 1);
    if (!m->slots[h].key) m->n++;
    m->slots[h] = (Name){ key, name };
}

static const char *names_get(const NameMap *m, const void *key)
{
    if (!m->cap) return NULL;
    for (size_t h = name_hash(key, m->cap); m->slots[h].key; h = (h + 1) & (m->cap - 1))
        if (m->slots[h].key == key) return m->slots[h].name;
    return NULL;
}

static const char *sym_text(Sym s)
{
    Buf b = {0};
    show_id(&b, s);
    return buf_cstr(&b);
}

static void name_set_bindings(NameMap *m, const ExprAttrs *a)
{
    for (uint32_t i = 0; i < a->n; i++)
        if (!a->attrs[i].inherited) names_put(m, a->attrs[i].e, sym_text(a->attrs[i].name));
}

/* The function `f = a: b: ...` returns, once given a, is shown as (f a): currying made
 * visible. (The parser gives every lambda of the chain the binding's name.) */
static void name_curried(NameMap *m, const ExprLambda *l)
{
    const char *outer = names_get(m, l);
    if (!outer && l->name != SYM_NONE) outer = sym_text(l->name);
    if (!outer || l->body->kind != E_LAMBDA) return;
    Buf b = {0};
    buf_printf(&b, "%s %s", outer, l->arg != SYM_NONE && !l->has_formals ? sym_text(l->arg) : "{...}");
    names_put(m, l->body, buf_cstr(&b));
}

static void name_node(Expr *e, void *ctx)
{
    NameMap *m = ctx;
    if (e->kind == E_ATTRS) name_set_bindings(m, (ExprAttrs *)e);
    else if (e->kind == E_LET) name_set_bindings(m, ((ExprLet *)e)->attrs);
    else if (e->kind == E_LAMBDA) {
        ExprLambda *l = (ExprLambda *)e;
        for (uint32_t i = 0; i < l->nformals; i++)
            if (l->formals[i].def) names_put(m, l->formals[i].def, sym_text(l->formals[i].name));
        name_curried(m, l);
    }
}

/* ---- the observer ---- */

typedef struct {
    size_t depth;       /* st->depth at its beginning (observe.h) */
    bool shown;         /* within the limit */
    bool pending;       /* its line is still open: nothing shown inside it yet */
} Open;

typedef struct {
    Observer o;
    FILE *out;
    long limit, steps;
    Open *open;
    size_t nopen, cap_open;
    NameMap names;
    Value **made;       /* the thunks made, to find those never forced */
    size_t nmade, cap_made;
    NameMap forced_set; /* the thunks forced (also those an error put back) */
    long forced;
} Steps;

/* Is the word w at t (and not part of a longer name)? */
static bool word_at(const char *t, const char *text, const char *end, const char *w)
{
    size_t n = strlen(w);
    if (t > text && (isalnum((unsigned char)t[-1]) || t[-1] == '_' || t[-1] == '\'' || t[-1] == '-')) return false;
    if ((size_t)(end - t) < n || strncmp(t, w, n)) return false;
    return t + n == end || !(isalnum((unsigned char)t[n]) || t[n] == '_' || t[n] == '\'' || t[n] == '-');
}

/* The source text of e, up to the end of the expression or line, at most max bytes: the
 * expression ends at a ';' outside brackets and `let`s, at a bracket it did not open, or
 * where a comment starts. */
static void add_excerpt(Buf *b, const Expr *e, size_t max)
{
    const Source *s = pos_source(e->pos);
    if (!s) { buf_adds(b, "?"); return; }
    const char *t = s->text + (e->pos - s->base), *end = s->text + s->len;
    /* the positions of a list and of a string with ${...} are after their '[' and '"' */
    if (e->kind == E_LIST && t > s->text && t[-1] == '[') t--;
    if (e->kind == E_CONCAT_STRINGS && ((ExprConcat *)e)->force_string && t > s->text && t[-1] == '"') t--;
    size_t start = b->len;
    int depth = 0, lets = 0;
    bool in_str = false, cut = false;
    for (; t < end && *t != '\n'; t++) {
        char c = *t;
        if (in_str) {
            if (c == '\\' && t + 1 < end && t[1] != '\n') { buf_addc(b, c); c = *++t; }
            else if (c == '"') in_str = false;
        } else if (c == '"') in_str = true;
        else if (c == '#') break;
        else if (c == '(' || c == '[' || c == '{') depth++;
        else if (c == ')' || c == ']' || c == '}') { if (depth == 0) break; depth--; }
        else if (c == ';' && depth == 0 && lets == 0) break;
        else if (word_at(t, s->text, end, "let")) lets++;
        else if (word_at(t, s->text, end, "in") && lets > 0) lets--;
        if (b->len - start >= max) { cut = true; break; }
        buf_addc(b, c);
    }
    while (b->len > start && b->s[b->len - 1] == ' ') b->s[--b->len] = 0;
    if (b->len == start) { /* nothing of it on its line (`inherit (e) x;`): as --parse shows it */
        Buf shown = {0};
        show_expr(&shown, e);
        cut = shown.len > max;
        buf_add(b, shown.s, cut ? max : shown.len);
    }
    if (cut || (t < end && *t == '\n' && (depth > 0 || lets > 0))) buf_adds(b, " \xe2\x80\xa6");
}

static void show_shallow(Steps *s, Buf *b, const Value *v, int level);

static void show_fn(Steps *s, Buf *b, const Value *fn)
{
    if (fn->type == T_LAMBDA) {
        const ExprLambda *l = fn->lambda.fn;
        const char *n = names_get(&s->names, l);
        if (n) buf_printf(b, strchr(n, ' ') ? "(%s)" : "%s", n);
        else if (l->name != SYM_NONE) buf_adds(b, sym_text(l->name));
        else { buf_adds(b, "\xc2\xablambda "); observe_pos(b, l->h.pos); buf_adds(b, "\xc2\xbb"); }
    } else if (fn->type == T_PRIMOP || fn->type == T_PRIMOP_APP) {
        while (fn->type == T_PRIMOP_APP) fn = fn->papp.left;
        buf_printf(b, "builtins.%s", fn->primop->name);
    } else {
        show_shallow(s, b, fn, 1);
    }
}

/* The function of a lazy call: its name if it has one. */
static void show_callee(Steps *s, Buf *b, const Value *fn)
{
    const char *n = fn->type == T_THUNK ? names_get(&s->names, fn->thunk.expr) : NULL;
    if (n) buf_adds(b, n);
    else if (fn->type == T_LAMBDA || fn->type == T_PRIMOP || fn->type == T_PRIMOP_APP) show_fn(s, b, fn);
    else buf_adds(b, "\xe2\x80\xa6");
}

static void show_set(Steps *s, Buf *b, const Attrs *a, int level)
{
    if (!a->n) { buf_adds(b, "{ }"); return; }
    if (level > 1) { buf_adds(b, "{ \xe2\x80\xa6 }"); return; }
    uint32_t *idx = attrs_by_name(a);
    buf_adds(b, "{ ");
    for (uint32_t i = 0; i < a->n; i++) {
        if (i == 4) { buf_printf(b, "\xe2\x80\xa6 %u more; ", a->n - 4); break; }
        show_id(b, a->a[idx[i]].name);
        buf_adds(b, " = ");
        show_shallow(s, b, a->a[idx[i]].value, level + 1);
        buf_adds(b, "; ");
    }
    buf_addc(b, '}');
}

static void show_list(Steps *s, Buf *b, const Value *v, int level)
{
    if (!v->len) { buf_adds(b, "[ ]"); return; }
    if (level > 1) { buf_adds(b, "[ \xe2\x80\xa6 ]"); return; }
    buf_adds(b, "[ ");
    for (uint32_t i = 0; i < v->len; i++) {
        if (i == 4) { buf_printf(b, "\xe2\x80\xa6 %u more ", v->len - 4); break; }
        show_shallow(s, b, v->list[i], level + 1);
        buf_addc(b, ' ');
    }
    buf_addc(b, ']');
}

/* A value as far as it is evaluated, nothing forced. */
static void show_shallow(Steps *s, Buf *b, const Value *v, int level)
{
    switch ((ValueType)v->type) {
    case T_INT: buf_add_int(b, v->i); break;
    case T_FLOAT: print_float(b, v->f); break;
    case T_BOOL: buf_adds(b, v->b ? "true" : "false"); break;
    case T_NULL: buf_adds(b, "null"); break;
    case T_STRING:
        if (v->len > 40) { show_string(b, v->str.s, 37); buf_adds(b, "\xe2\x80\xa6"); }
        else show_string(b, v->str.s, v->len);
        break;
    case T_PATH: observe_path(b, v->str.s); break;
    case T_ATTRS: show_set(s, b, v->attrs, level); break;
    case T_LIST: show_list(s, b, v, level); break;
    case T_LAMBDA: case T_PRIMOP: case T_PRIMOP_APP:
        if (v->type == T_LAMBDA && !names_get(&s->names, v->lambda.fn) && v->lambda.fn->name == SYM_NONE) {
            show_fn(s, b, v); /* «lambda FILE:L:C» */
            break;
        }
        buf_adds(b, "\xc2\xab" "function ");
        show_fn(s, b, v);
        buf_adds(b, "\xc2\xbb");
        break;
    case T_THUNK: {
        const char *n = names_get(&s->names, v->thunk.expr);
        buf_adds(b, "\xc2\xab");
        if (n) buf_adds(b, n);
        else add_excerpt(b, v->thunk.expr, 24);
        buf_adds(b, "\xc2\xbb");
        break;
    }
    case T_APP: case T_APP_INT: /* a builtin's lazy call, such as map's elements */
        buf_adds(b, "\xc2\xab");
        show_callee(s, b, v->type == T_APP ? v->app.fn : v->app_int.fn);
        if (v->type == T_APP_INT) buf_printf(b, " %" PRId64, v->app_int.arg);
        else if (val_is_lazy(v->app.arg)) buf_adds(b, " \xe2\x80\xa6");
        else { buf_addc(b, ' '); show_shallow(s, b, v->app.arg, level + 1); }
        buf_adds(b, "\xc2\xbb");
        break;
    case T_EAGER: { /* arithmetic nixel did ahead (eval.c): its value, which nothing forces */
        Value now = *v;
        now.type = v->was;
        show_shallow(s, b, &now, level);
        break;
    }
    case T_BLACKHOLE: buf_adds(b, "\xc2\xab" "being evaluated\xc2\xbb"); break;
    }
}

/* ---- lines ---- */

static void indent(Steps *s, size_t extra) { fprintf(s->out, "%*s", (int)(2 * s->nopen + extra), ""); }

/* The open line of the innermost step ends: something is shown inside it. */
static void close_pending(Steps *s)
{
    if (s->nopen && s->open[s->nopen - 1].pending) {
        fputc('\n', s->out);
        s->open[s->nopen - 1].pending = false;
    }
}

static void write_result(Steps *s, Open *o, const char *text)
{
    if (!o->shown) return;
    if (o->pending) { fprintf(s->out, " => %s\n", text); return; }
    indent(s, 8);
    fprintf(s->out, "=> %s\n", text);
}

/* Ends the steps an error unwound past (observe.h). */
static void drop_stale(State *st, Steps *s, bool at_end)
{
    while (s->nopen && observe_stale(st, s->open[s->nopen - 1].depth, at_end)) {
        Open o = s->open[--s->nopen];
        write_result(s, &o, "\xc2\xab" "error\xc2\xbb");
    }
}

/* Numbers a step; writes its line (left open) if within the limit. */
static bool start_line(State *st, Steps *s, const char *text)
{
    drop_stale(st, s, false);
    long n = ++s->steps;
    bool shown = s->limit < 0 || n <= s->limit;
    if (shown) {
        close_pending(s);
        fprintf(s->out, "%6ld  ", n);
        indent(s, 0);
        fputs(text, s->out);
    }
    return shown;
}

static void begin_step(State *st, Steps *s, const char *text)
{
    bool shown = start_line(st, s, text);
    s->open = observe_grow(s->open, s->nopen, &s->cap_open, sizeof *s->open);
    s->open[s->nopen++] = (Open){ st->depth, shown, shown };
}

static void end_step(State *st, Steps *s, const Value *result)
{
    drop_stale(st, s, true);
    if (!s->nopen) return;
    Open o = s->open[--s->nopen];
    if (!o.shown) return;
    Buf b = {0};
    show_shallow(s, &b, result, 1);
    write_result(s, &o, buf_cstr(&b));
}

/* A step with nothing inside: its line and result at once. */
static void leaf_step(State *st, Steps *s, const char *text, const Value *result)
{
    if (!start_line(st, s, text)) return;
    Buf b = {0};
    show_shallow(s, &b, result, 1);
    fprintf(s->out, " => %s\n", buf_cstr(&b));
}

/* ---- the events ---- */

static Steps *steps_of(Observer *o) { return (Steps *)o; }

static void on_force_begin(State *st, Observer *o, Value *v, Env *env, Expr *e)
{
    Steps *s = steps_of(o);
    s->forced++;
    names_put(&s->forced_set, v, "");
    Buf b = {0};
    const char *n = names_get(&s->names, e);
    buf_adds(&b, "force ");
    if (n) buf_printf(&b, "%s = ", n);
    add_excerpt(&b, e, 48);
    buf_adds(&b, "  [");
    observe_pos(&b, e->pos);
    buf_addc(&b, ']');
    begin_step(st, s, buf_cstr(&b));
}

static void on_force_end(State *st, Observer *o, Value *v) { end_step(st, steps_of(o), v); }

static void on_call_begin(State *st, Observer *o, const Value *fn, uint32_t nargs, Value **args, Pos pos)
{
    Steps *s = steps_of(o);
    Buf b = {0};
    buf_adds(&b, "call ");
    show_fn(s, &b, fn);
    for (uint32_t i = 0; i < nargs; i++) {
        buf_addc(&b, ' ');
        show_shallow(s, &b, args[i], 1);
    }
    begin_step(st, s, buf_cstr(&b));
}

static void on_call_end(State *st, Observer *o, const Value *result) { end_step(st, steps_of(o), result); }

static void on_with_found(State *st, Observer *o, const ExprVar *var, const Value *v)
{
    Buf b = {0};
    buf_printf(&b, "look up %s in `with`", sym_text(var->name));
    leaf_step(st, steps_of(o), buf_cstr(&b), v);
}

static void add_names(Buf *b, const Attrs *a)
{
    uint32_t *idx = attrs_by_name(a);
    buf_adds(b, "{ ");
    for (uint32_t i = 0; i < a->n; i++) {
        if (i == 6) { buf_printf(b, "\xe2\x80\xa6 %u more ", a->n - 6); break; }
        show_id(b, a->a[idx[i]].name);
        buf_adds(b, i + 1 < a->n ? ", " : " ");
    }
    buf_addc(b, '}');
}

static void on_update(State *st, Observer *o, const ExprBin *e, const Value *a, const Value *bv, const Value *r)
{
    Steps *s = steps_of(o);
    Buf b = {0};
    buf_adds(&b, "merge ");
    add_names(&b, a->attrs);
    buf_adds(&b, " // ");
    add_names(&b, bv->attrs);
    if (!start_line(st, s, buf_cstr(&b))) return;
    b.len = 0;
    add_names(&b, r->attrs);
    fprintf(s->out, " => %s\n", buf_cstr(&b));
}

static void on_select(State *st, Observer *o, const ExprSelect *e, const Value *v)
{
    /* builtins.map and the like are names, not data */
    if (e->e->kind == E_VAR && ((ExprVar *)e->e)->in_base) return;
    Buf b = {0};
    buf_adds(&b, "select ");
    if (e->e->kind == E_VAR) buf_adds(&b, sym_text(((ExprVar *)e->e)->name));
    else buf_adds(&b, "(\xe2\x80\xa6)");
    buf_addc(&b, '.');
    show_attrpath(&b, e->path, e->n);
    leaf_step(st, steps_of(o), buf_cstr(&b), v);
}

static void on_thunk_made(State *st, Observer *o, Value *t)
{
    Steps *s = steps_of(o);
    s->made = observe_grow(s->made, s->nmade, &s->cap_made, sizeof *s->made);
    s->made[s->nmade++] = t;
}

static void on_parsed(State *st, Observer *o, Expr *root) { ast_walk(root, name_node, &steps_of(o)->names); }

/* ---- the summary ---- */

static void write_summary(Steps *s, bool failed)
{
    size_t never = 0;
    Buf names = {0};
    for (size_t i = 0; i < s->nmade; i++) {
        const Value *t = s->made[i];
        if (t->type != T_THUNK || names_get(&s->forced_set, t)) continue;
        if (never++ == 10) buf_adds(&names, ", \xe2\x80\xa6");
        if (never > 10) continue;
        /* a binding by its name; anything else by its source and place */
        const char *n = names_get(&s->names, t->thunk.expr);
        buf_adds(&names, never > 1 ? ", " : ": ");
        if (n) { buf_adds(&names, n); continue; }
        add_excerpt(&names, t->thunk.expr, 24);
        buf_adds(&names, " [");
        observe_pos(&names, t->thunk.expr->pos);
        buf_addc(&names, ']');
    }
    if (s->limit >= 0 && s->steps > s->limit)
        fprintf(s->out, "-- %ld more steps not shown (--steps=N shows the first N)\n", s->steps - s->limit);
    fprintf(s->out, "-- %ld step%s%s; thunks: %zu made, %ld forced, %zu never needed%s\n", s->steps, s->steps == 1 ? "" : "s",
            failed ? " until the error" : "", s->nmade, s->forced, never, buf_cstr(&names));
}

Value *steps_eval(State *st, Env *env, Expr *e, int limit, FILE *out)
{
    Steps *s = mem_alloc(sizeof *s);
    s->o = (Observer){ on_force_begin, on_force_end, on_call_begin, on_call_end, on_with_found,
                       on_update, on_select, on_thunk_made, on_parsed };
    s->out = out;
    s->limit = limit;
    ast_walk(e, name_node, &s->names);
    Observer *prev = st->observer;
    State *prev_watcher = val_thunk_watcher;
    st->observer = &s->o;
    val_thunk_watcher = st;
    Value *v = val_alloc();
    Handler h;
    bool ok = EVAL_TRY(st, &h);
    if (ok) {
        eval_expr(st, env, e, v);
        force_deep(st, v);
        eval_pop_handler(st, &h);
    } else {
        eval_unwind_to(st, &h);
    }
    drop_stale(st, s, false); /* the steps an error left open */
    st->observer = prev;
    val_thunk_watcher = prev_watcher;
    write_summary(s, !ok);
    fflush(out);
    if (!ok) eval_rethrow(st);
    return v;
}
