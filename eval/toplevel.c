/* toplevel.c: what a command does with the value of a file or expression, as CppNix's
 * libexpr does it for nix-instantiate: autoCallFunction (--arg, --argstr), the selection
 * path of -A (findAlongAttrPath) and the derivations an expression yields (getDerivations). */
#include "eval/eval.h"
#include "base/mem.h"
#include "base/grow.h"
#include "parser/source.h"

#include <stdlib.h>
#include <string.h>

/* CppNix's autoCallFunction: a function with formals is called with the automatic
 * arguments it accepts (all of them if it has `...`). */
void eval_auto_call(State *st, Attrs *args, Value *fn, Value *out)
{
    Pos pos = val_pos(fn, NO_POS);
    force(st, fn, pos);
    if (fn->type == T_ATTRS) {
        Attr *f = attrs_find(fn->attrs, st->s_functor);
        if (f) {
            Value *v = val_alloc();
            call1(st, f->value, fn, v, pos);
            force(st, v, pos);
            eval_auto_call(st, args, v, out);
            return;
        }
    }
    if (fn->type != T_LAMBDA || !fn->lambda.fn->has_formals) { *out = *fn; return; }
    ExprLambda *l = fn->lambda.fn;
    AttrsBuilder b;
    ab_init(&b, args->n + l->nformals);
    if (l->ellipsis) {
        for (uint32_t i = 0; i < args->n; i++) ab_add(&b, args->a[i].name, args->a[i].value, args->a[i].pos);
    } else {
        for (uint32_t i = 0; i < l->nformals; i++) {
            Attr *a = attrs_find(args, l->formals[i].name);
            if (a) ab_add(&b, a->name, a->value, a->pos);
            else if (!l->formals[i].def)
                eval_error(st, ERR_MISSING_ARG, l->formals[i].pos,
                    "cannot evaluate a function that has an argument without a value ('%s')\n\n"
                    "Nix attempted to evaluate a function as a top level expression; in\n"
                    "this case it must have its arguments supplied either by default\n"
                    "values, or passed explicitly with '--arg' or '--argstr'. See\n"
                    "https://nixos.org/manual/nix/stable/#ss-functions.", sym_str(l->formals[i].name));
        }
    }
    Value *argv = val_alloc();
    set_attrs(argv, ab_finish(&b, false));
    call1(st, fn, argv, out, NO_POS);
}

Attrs *eval_make_auto_args(State *st, const char *const *names, const char *const *values, int n)
{
    AttrsBuilder b;
    ab_init(&b, (uint32_t)n);
    for (int i = 0; i < n; i++) {
        const char *v = values[i];
        Value *val;
        if (v[0] == 'E') {
            Source *s = src_from_string(v + 1, strlen(v + 1), ORIGIN_STRING, NULL);
            ParseError pe;
            Expr *e = src_parse_with(s, st->base_scope, &st->parse, &pe);
            if (!e) eval_error(st, ERR_PARSE, pe.pos, "%s", pe.msg);
            val = val_thunk(st->base_env, e);
        } else {
            val = val_cstring(v + 1);
        }
        ab_add(&b, sym_cstr(names[i]), val, NO_POS);
    }
    return ab_finish(&b, false);
}

Value *eval_find_attr_path(State *st, const char *path, Attrs *auto_args, Value *root)
{
    /* split on '.', with "..." quoting */
    Buf cur = {0};
    const char **tokens = mem_alloc(sizeof(char *) * (strlen(path) + 2));
    int nt = 0;
    for (const char *p = path; *p; p++) {
        if (*p == '.') { tokens[nt++] = mem_strndup(buf_cstr(&cur), cur.len); cur.len = 0; }
        else if (*p == '"') {
            p++;
            while (*p != '"') {
                if (!*p) eval_error(st, ERR_PARSE, NO_POS, "missing closing quote in selection path '%s'", path);
                buf_addc(&cur, *p++);
            }
        } else buf_addc(&cur, *p);
    }
    if (cur.len) tokens[nt++] = mem_strndup(buf_cstr(&cur), cur.len);
    Value *v = root;
    for (int i = 0; i < nt; i++) {
        const char *attr = tokens[i];
        char *end;
        bool is_index = attr[0] >= '0' && attr[0] <= '9';
        unsigned long idx = is_index ? strtoul(attr, &end, 10) : 0;
        if (is_index && *end) is_index = false;
        Value *nv = val_alloc();
        eval_auto_call(st, auto_args, v, nv);
        v = nv;
        force(st, v, NO_POS);
        if (!is_index) {
            if (v->type != T_ATTRS)
                eval_error(st, ERR_TYPE, NO_POS, "the expression selected by the selection path '%s' should be a set but is %s", path, show_type(v));
            if (!*attr) eval_error(st, ERR_OTHER, NO_POS, "empty attribute name in selection path '%s'", path);
            Attr *a = attrs_find(v->attrs, sym_cstr(attr));
            if (!a) eval_error_suggest(st, ERR_OTHER, NO_POS, attr, attr_name_list(v->attrs), v->attrs->n,
                                       "attribute '%s' in selection path '%s' not found", attr, path);
            v = a->value;
        } else {
            if (v->type != T_LIST)
                eval_error(st, ERR_TYPE, NO_POS, "the expression selected by the selection path '%s' should be a list but is %s", path, show_type(v));
            if (idx >= v->len) eval_error(st, ERR_OTHER, NO_POS, "list index %lu in selection path '%s' is out of range", idx, path);
            v = v->list[idx];
        }
    }
    return v;
}

/* ---- CppNix's getDerivations ---- */

static bool attr_name_ok(Sym s)
{
    const char *p = sym_str(s);
    if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || *p == '_')) return false;
    for (p++; *p; p++)
        if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
              *p == '-' || *p == '_' || *p == '+')) return false;
    return true;
}

/* Adds v if it is a derivation; returns true if it is not one (look inside it). */
static bool get_derivation(State *st, Value *v, DrvList *l)
{
    force(st, v, val_pos(v, NO_POS));
    if (!is_derivation(st, v)) return true;
    for (size_t i = 0; i < l->ndone; i++) if (l->done[i] == v->attrs) return false;
    Attrs **d = mem_alloc((l->ndone + 1) * sizeof *d);
    if (l->ndone) memcpy(d, l->done, l->ndone * sizeof *d);
    d[l->ndone++] = v->attrs;
    l->done = d;
    Attr *name = attrs_find(v->attrs, st->s_name);
    if (!name) eval_error(st, ERR_OTHER, NO_POS, "derivation name missing");
    force_string(st, name->value, name->pos, NULL);
    GROW(mem_alloc, l->items, l->n, l->cap, 16);
    l->items[l->n++] = v;
    return false;
}

void eval_get_derivations(State *st, Value *in, Attrs *auto_args, DrvList *l)
{
    Value *v = val_alloc();
    eval_auto_call(st, auto_args, in, v);
    if (!get_derivation(st, v, l)) return;
    if (v->type == T_ATTRS) {
        Sym rec = sym_cstr("recurseForDerivations");
        uint32_t *idx = attrs_by_name(v->attrs);
        for (uint32_t k = 0; k < v->attrs->n; k++) {
            Attr *a = &v->attrs->a[idx[k]];
            if (!attr_name_ok(a->name)) continue;
            if (get_derivation(st, a->value, l) && a->value->type == T_ATTRS) {
                Attr *r = attrs_find(a->value->attrs, rec);
                if (r && force_bool(st, r->value, r->pos)) eval_get_derivations(st, a->value, auto_args, l);
            }
        }
    } else if (v->type == T_LIST) {
        for (uint32_t k = 0; k < v->len; k++)
            if (get_derivation(st, v->list[k], l)) eval_get_derivations(st, v->list[k], auto_args, l);
    } else {
        eval_error(st, ERR_TYPE, NO_POS, "expression does not evaluate to a derivation (or a set or list of those)");
    }
}
