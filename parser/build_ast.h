/* build_ast.h: the helpers behind the grammar's actions (included by parser.y only).
 * They follow CppNix's parser.y: nested attribute paths, `inherit`, formals, paths and
 * the indentation stripping of `''` strings. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/diag.h"
#include "base/grow.h"
#include "base/mem.h"
#include "parser/show.h"
#include "parser/source.h"

static Sym mk_sym(StrTok t) { return sym_intern(t.p, t.len); }
static Sym str_sym(Expr *e) { ExprStr *s = (ExprStr *)e; return sym_intern(s->s, s->len); }
static Expr *builtin_var(const char *name) { return ast_var(NO_POS, sym_cstr(name)); }
static AttrPath *new_path(void) { return mem_arena(sizeof(AttrPath)); }

/* ---- attributes ---- */

static void dup_attr_error(Parser *ps, const char *what, Pos pos, Pos prev)
{
    char at[4096];
    diag_pos_in_message(at, sizeof at, prev);
    parse_set_error(ps, pos, "attribute '%s' already defined at %s", what, at);
}

static void dup_path_error(Parser *ps, AttrPath *path, Pos pos, Pos prev)
{
    Buf b = {0};
    show_attrpath(&b, path->names, path->n);
    dup_attr_error(ps, buf_cstr(&b), pos, prev);
}

static void dup_sym_error(Parser *ps, Sym s, Pos pos, Pos prev)
{
    Buf b = {0};
    show_id(&b, s);
    dup_attr_error(ps, buf_cstr(&b), pos, prev);
}

/* The lambda bound to an attribute learns its name, for messages. */
static void set_name(Expr *e, Sym name)
{
    while (e->kind == E_LAMBDA) {
        ((ExprLambda *)e)->name = name;
        e = ((ExprLambda *)e)->body;
    }
}

/* `a.b.c = e;`: walks (creating) the nested sets, then adds or merges the last name. */
static bool add_attr(Parser *ps, ExprAttrs *attrs, AttrPath *path, Expr *e, Pos pos)
{
    uint32_t i;
    for (i = 0; i + 1 < path->n; i++) {
        AttrName *n = &path->names[i];
        if (n->sym != SYM_NONE) {
            AttrDef *j = ast_attrs_find(attrs, n->sym);
            if (j) {
                if (j->inherited || j->e->kind != E_ATTRS) {
                    dup_path_error(ps, path, pos, j->pos);
                    return false;
                }
                attrs = (ExprAttrs *)j->e;
            } else {
                ExprAttrs *nested = ast_attrs(NO_POS);
                ast_attrs_add(attrs, n->sym, pos, &nested->h, false);
                attrs = nested;
            }
        } else {
            ExprAttrs *nested = ast_attrs(NO_POS);
            ast_attrs_add_dyn(attrs, n->expr, &nested->h, pos);
            attrs = nested;
        }
    }
    AttrName *last = &path->names[i];
    if (last->sym == SYM_NONE) {
        ast_attrs_add_dyn(attrs, last->expr, e, pos);
        return true;
    }
    AttrDef *j = ast_attrs_find(attrs, last->sym);
    if (!j) {
        ast_attrs_add(attrs, last->sym, pos, e, false);
        set_name(e, last->sym);
        return true;
    }
    /* Defined before: two attribute sets merge (Nix 2.8 drops the dynamic attributes of
     * the second one, today's Nix keeps them; both keep the first one's `rec`); anything
     * else is an error. */
    if (e->kind != E_ATTRS || j->e->kind != E_ATTRS || j->inherited) {
        dup_path_error(ps, path, pos, j->pos);
        return false;
    }
    ExprAttrs *into = (ExprAttrs *)j->e, *from = (ExprAttrs *)e;
    for (uint32_t k = 0; k < from->n; k++) {
        AttrDef *ad = &from->attrs[k];
        AttrDef *j2 = ast_attrs_find(into, ad->name);
        if (j2) {
            dup_sym_error(ps, ad->name, j2->pos, ad->pos);
            return false;
        }
        AttrDef *nd = ast_attrs_add(into, ad->name, ad->pos, ad->e, ad->inherited);
        nd->from_inherit = ad->from_inherit;
    }
    for (uint32_t k = 0; k < from->ndyn && ps->opts->current; k++)
        ast_attrs_add_dyn(into, from->dyn[k].name, from->dyn[k].value, from->dyn[k].pos);
    return true;
}

/* `inherit a b;` and `inherit (e) a b;`. Their expressions get their position (where
 * the bindings start) once the enclosing set is complete: see fix_inherit_pos. Each
 * attribute is where the names start (Nix 2.8) or where its own name is (today's Nix). */
static bool add_inherit(Parser *ps, ExprAttrs *attrs, AttrPath *names, Expr *from, Pos names_pos)
{
    for (uint32_t i = 0; i < names->n; i++) {
        Sym s = names->names[i].sym;
        Pos pos = ps->opts->current ? names->names[i].pos : names_pos;
        AttrDef *j = ast_attrs_find(attrs, s);
        if (j) {
            dup_sym_error(ps, s, pos, j->pos);
            return false;
        }
        AttrDef *d;
        if (from) {
            AttrPath *p = new_path();
            ast_path_push(p, s, NULL);
            d = ast_attrs_add(attrs, s, pos, ast_select(NO_POS, from, p->names, p->n, NULL), false);
        } else {
            d = ast_attrs_add(attrs, s, pos, ast_var(NO_POS, s), true);
        }
        d->from_inherit = true;
    }
    return true;
}

static void fix_inherit_pos(ExprAttrs *attrs, Pos binds_start)
{
    for (uint32_t i = 0; i < attrs->n; i++)
        if (attrs->attrs[i].from_inherit && attrs->attrs[i].e->pos == NO_POS)
            attrs->attrs[i].e->pos = binds_start;
}

/* ---- functions ---- */

static FormalList *new_formals(void) { return mem_arena(sizeof(FormalList)); }

static void formals_push(FormalList *l, Formal f)
{
    GROW(mem_arena, l->f, l->n, l->cap, 4);
    l->f[l->n++] = f;
}

static int cmp_formal(const void *x, const void *y)
{
    const Formal *a = x, *b = y;
    if (a->name != b->name) return a->name < b->name ? -1 : 1;
    return a->pos < b->pos ? -1 : a->pos > b->pos;
}

static Expr *mk_lambda(Parser *ps, Pos pos, Sym arg, FormalList *fl, Expr *body)
{
    if (fl->n > 1) qsort(fl->f, fl->n, sizeof *fl->f, cmp_formal);
    for (uint32_t i = 0; i + 1 < fl->n; i++) {
        if (fl->f[i].name != fl->f[i + 1].name) continue;
        Buf b = {0};
        show_id(&b, fl->f[i].name);
        parse_set_error(ps, fl->f[i + 1].pos, "duplicate formal function argument '%s'", buf_cstr(&b));
        return NULL;
    }
    if (arg != SYM_NONE)
        for (uint32_t i = 0; i < fl->n; i++)
            if (fl->f[i].name == arg) {
                Buf b = {0};
                show_id(&b, arg);
                parse_set_error(ps, pos, "duplicate formal function argument '%s'", buf_cstr(&b));
                return NULL;
            }
    return ast_lambda(pos, arg, true, fl->ellipsis, fl->f, fl->n, body);
}

/* ---- strings and paths ---- */

static void concat_prepend(ExprConcat *c, Pos p, Expr *e)
{
    ast_concat_push(c, p, e);
    memmove(c->parts + 1, c->parts, (c->n - 1) * sizeof *c->parts);
    memmove(c->part_pos + 1, c->part_pos, (c->n - 1) * sizeof *c->part_pos);
    c->parts[0] = e;
    c->part_pos[0] = p;
}

/* Today's Nix's lints of literals (its parser.y); the options are all off in Nix 2.8's mode. */
static bool lint_url(Parser *ps, Pos pos, StrTok t)
{
    LintLevel l = ps->opts->lint_url;
    return parse_lint(ps, l, "lint-url-literals", pos, "URL literals are %s. Consider using a string literal \"%.*s\" instead",
                      l == LINT_FATAL ? "disallowed" : "discouraged", (int)t.len, t.p);
}

static bool lint_path(Parser *ps, Pos pos, StrTok t)
{
    if (t.p[0] == '/')
        return parse_lint(ps, ps->opts->lint_absolute_path, "lint-absolute-path-literals", pos,
                          "absolute path literals are not portable. Consider replacing path literal '%.*s' by a string, relative path, or parameter",
                          (int)t.len, t.p);
    if (t.p[0] == '.') return true;
    return parse_lint(ps, ps->opts->lint_short_path, "lint-short-path-literals", pos,
                      "relative path literal '%.*s' should be prefixed with '.' for clarity: './%.*s'",
                      (int)t.len, t.p, (int)t.len, t.p);
}

static bool lint_home_path(Parser *ps, Pos pos, StrTok t)
{
    return parse_lint(ps, ps->opts->lint_absolute_path, "lint-absolute-path-literals", pos,
                      "home path literals are not portable. Consider replacing path literal '%.*s' by a string, relative path, or parameter",
                      (int)t.len, t.p);
}

/* NULL after an error: a relative path in a source whose directory is not absolute (the
 * output of builtins.exec, whose "directory" is where its call was, as in Nix 2.8) */
static Expr *mk_path(Parser *ps, Pos pos, StrTok t)
{
    const char *dir = ps->src->dir;
    if (t.p[0] != '/' && dir[0] != '/') {
        parse_set_error(ps, NO_POS, "not an absolute path: '%s'", buf_format("%s/%.*s", dir, (int)t.len, t.p));
        return NULL;
    }
    Buf canon = {0};
    buf_adds(&canon, src_abs_path(mem_strndup(t.p, t.len), ps->src->dir));
    /* CppNix puts back the trailing slash of a path that is followed by `${` */
    if (t.len > 1 && t.p[t.len - 1] == '/') buf_addc(&canon, '/');
    return ast_path(pos, mem_strndup(canon.s, canon.len), (uint32_t)canon.len);
}

static Expr *mk_home_path(Parser *ps, Pos pos, StrTok t)
{
    (void)ps;
    const char *home = getenv("HOME");
    Buf b = {0};
    buf_adds(&b, home ? home : "");
    buf_add(&b, t.p + 1, t.len - 1);
    return ast_path(pos, mem_strndup(b.s, b.len), (uint32_t)b.len);
}

static IndParts *new_ind_parts(void) { return mem_arena(sizeof(IndParts)); }

static void ind_push_part(IndParts *l, IndPart part)
{
    GROW(mem_arena, l->p, l->n, l->cap, 4);
    l->p[l->n++] = part;
}

static void ind_push(IndParts *l, Pos p, StrTok t) { ind_push_part(l, (IndPart){ p, NULL, t }); }
static void ind_push_expr(IndParts *l, Pos p, Expr *e) { ind_push_part(l, (IndPart){ p, e, { 0, 0, false } }); }

/* Removes the common indentation of an indented string, exactly as CppNix does:
 * whitespace-only lines and a whitespace-only last line do not count, and an
 * interpolation or escape ends the indentation of its line. */
static Expr *strip_indentation(Pos pos, IndParts *l)
{
    if (l->n == 0) return ast_str(NO_POS, "", 0);
    bool at_start = true;
    size_t min_indent = 1000000, cur = 0;
    for (uint32_t i = 0; i < l->n; i++) {
        IndPart *p = &l->p[i];
        if (p->e || !p->t.ind) {
            if (at_start) {
                at_start = false;
                if (cur < min_indent) min_indent = cur;
            }
            continue;
        }
        for (uint32_t j = 0; j < p->t.len; j++) {
            char c = p->t.p[j];
            if (at_start) {
                if (c == ' ') cur++;
                else if (c == '\n') cur = 0;
                else {
                    at_start = false;
                    if (cur < min_indent) min_indent = cur;
                }
            } else if (c == '\n') {
                at_start = true;
                cur = 0;
            }
        }
    }

    ExprConcat *c = ast_concat(pos, true);
    at_start = true;
    size_t dropped = 0;
    for (uint32_t i = 0; i < l->n; i++) {
        IndPart *p = &l->p[i];
        if (p->e) {
            at_start = false;
            dropped = 0;
            ast_concat_push(c, p->pos, p->e);
            continue;
        }
        Buf s = {0};
        buf_reserve(&s, p->t.len);
        for (uint32_t j = 0; j < p->t.len; j++) {
            char ch = p->t.p[j];
            if (at_start) {
                if (ch == ' ') {
                    if (dropped++ >= min_indent) buf_addc(&s, ch);
                } else if (ch == '\n') {
                    dropped = 0;
                    buf_addc(&s, ch);
                } else {
                    at_start = false;
                    dropped = 0;
                    buf_addc(&s, ch);
                }
            } else {
                buf_addc(&s, ch);
                if (ch == '\n') at_start = true;
            }
        }
        if (i + 1 == l->n) { /* drop a last line made only of spaces */
            const char *nl = s.len ? memrchr(s.s, '\n', s.len) : NULL;
            if (nl) {
                size_t k = (size_t)(nl - s.s) + 1;
                bool spaces = true;
                for (size_t m = k; m < s.len; m++) if (s.s[m] != ' ') spaces = false;
                if (spaces) s.len = k;
            }
        }
        ast_concat_push(c, p->pos, ast_str(p->pos, mem_strndup(s.s ? s.s : "", s.len), (uint32_t)s.len));
    }
    if (c->n == 1 && c->parts[0]->kind == E_STR) return c->parts[0];
    return &c->h;
}

void yyerror(Loc *loc, Parser *ps, const char *msg)
{
    parse_set_error(ps, loc->first, "%s", msg);
}
