/* show.c: the `--parse` printer. Mirrors CppNix's Expr::show, including its quirks:
 * attribute sets print sorted by name, but `let` bindings and formals print in symbol
 * creation order (CppNix orders them by the address of the interned name). */
#include "parser/show.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void show_string(Buf *b, const char *s, size_t n)
{
    buf_addc(b, '"');
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '"' || c == '\\' || c == '$') { buf_addc(b, '\\'); buf_addc(b, c); }
        else if (c == '\n') buf_adds(b, "\\n");
        else if (c == '\r') buf_adds(b, "\\r");
        else if (c == '\t') buf_adds(b, "\\t");
        else buf_addc(b, c);
    }
    buf_addc(b, '"');
}

static int is_id_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static int is_id_char(char c) { return is_id_start(c) || (c >= '0' && c <= '9') || c == '\'' || c == '-'; }

void show_id(Buf *b, Sym sym)
{
    const char *s = sym_str(sym);
    uint32_t n = sym_len(sym);
    if (n == 0) { buf_adds(b, "\"\""); return; }
    if (n == 2 && memcmp(s, "if", 2) == 0) { buf_adds(b, "\"if\""); return; }
    int plain = is_id_start(s[0]);
    for (uint32_t i = 0; plain && i < n; i++) plain = is_id_char(s[i]);
    if (plain) buf_add(b, s, n);
    else show_string(b, s, n);
}

void show_attrpath(Buf *b, const AttrName *names, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        if (i) buf_addc(b, '.');
        if (names[i].sym != SYM_NONE) show_id(b, names[i].sym);
        else {
            buf_adds(b, "\"${");
            show_expr(b, names[i].expr);
            buf_adds(b, "}\"");
        }
    }
}

static int cmp_by_name(const void *x, const void *y)
{
    return sym_cmp_name((*(const AttrDef *const *)x)->name, (*(const AttrDef *const *)y)->name);
}

static void show_attrs(Buf *b, const ExprAttrs *a)
{
    if (a->rec) buf_adds(b, "rec ");
    buf_adds(b, "{ ");
    const AttrDef **sorted = malloc((a->n ? a->n : 1) * sizeof *sorted);
    for (uint32_t i = 0; i < a->n; i++) sorted[i] = &a->attrs[i];
    qsort(sorted, a->n, sizeof *sorted, cmp_by_name);
    for (uint32_t i = 0; i < a->n; i++) {
        const AttrDef *d = sorted[i];
        if (d->inherited) {
            buf_adds(b, "inherit ");
            show_id(b, d->name);
            buf_adds(b, " ; ");
        } else {
            show_id(b, d->name);
            buf_adds(b, " = ");
            show_expr(b, d->e);
            buf_adds(b, "; ");
        }
    }
    free(sorted);
    for (uint32_t i = 0; i < a->ndyn; i++) {
        buf_adds(b, "\"${");
        show_expr(b, a->dyn[i].name);
        buf_adds(b, "}\" = ");
        show_expr(b, a->dyn[i].value);
        buf_adds(b, "; ");
    }
    buf_addc(b, '}');
}

/* NIXEL_SHOW_SORTED=1 prints `let` bindings and formals sorted by name, so that two
 * printouts can be compared without CppNix's address-dependent order (see the top). */
static bool sorted_mode(void)
{
    static int mode = -1;
    if (mode < 0) {
        const char *v = getenv("NIXEL_SHOW_SORTED");
        mode = v && *v == '1';
    }
    return mode;
}

static int cmp_formal_name(const void *x, const void *y)
{
    return sym_cmp_name(((const Formal *)x)->name, ((const Formal *)y)->name);
}

static void show_lambda(Buf *b, const ExprLambda *l)
{
    buf_addc(b, '(');
    if (l->has_formals) {
        buf_adds(b, "{ ");
        Formal *f = (Formal *)l->formals;
        if (sorted_mode()) {
            f = malloc((l->nformals ? l->nformals : 1) * sizeof *f);
            if (l->nformals) memcpy(f, l->formals, l->nformals * sizeof *f);
            qsort(f, l->nformals, sizeof *f, cmp_formal_name);
        }
        for (uint32_t i = 0; i < l->nformals; i++) {
            if (i) buf_adds(b, ", ");
            show_id(b, f[i].name);
            if (f[i].def) {
                buf_adds(b, " ? ");
                show_expr(b, f[i].def);
            }
        }
        if (f != l->formals) free(f);
        if (l->ellipsis) buf_adds(b, l->nformals ? ", ..." : "...");
        buf_adds(b, " }");
        if (l->arg != SYM_NONE) buf_adds(b, " @ ");
    }
    if (l->arg != SYM_NONE) show_id(b, l->arg);
    buf_adds(b, ": ");
    show_expr(b, l->body);
    buf_addc(b, ')');
}

static void show_let(Buf *b, const ExprLet *l)
{
    buf_adds(b, "(let ");
    const AttrDef **order = malloc((l->attrs->n ? l->attrs->n : 1) * sizeof *order);
    for (uint32_t i = 0; i < l->attrs->n; i++) order[i] = &l->attrs->attrs[i]; /* by symbol id */
    if (sorted_mode()) qsort(order, l->attrs->n, sizeof *order, cmp_by_name);
    for (uint32_t i = 0; i < l->attrs->n; i++) {
        const AttrDef *d = order[i];
        if (d->inherited) {
            buf_adds(b, "inherit ");
            show_id(b, d->name);
            buf_adds(b, "; ");
        } else {
            show_id(b, d->name);
            buf_adds(b, " = ");
            show_expr(b, d->e);
            buf_adds(b, "; ");
        }
    }
    free(order);
    buf_adds(b, "in ");
    show_expr(b, l->body);
    buf_addc(b, ')');
}

static void show_bin(Buf *b, const ExprBin *e, const char *op)
{
    buf_addc(b, '(');
    show_expr(b, e->a);
    buf_printf(b, " %s ", op);
    show_expr(b, e->b);
    buf_addc(b, ')');
}

void show_expr(Buf *b, const Expr *e)
{
    switch ((ExprKind)e->kind) {
    case E_INT: buf_add_int(b, ((const ExprInt *)e)->n); break;
    case E_FLOAT: buf_printf(b, "%g", ((const ExprFloat *)e)->f); break;
    case E_STR: show_string(b, ((const ExprStr *)e)->s, ((const ExprStr *)e)->len); break;
    case E_PATH: buf_add(b, ((const ExprPath *)e)->s, ((const ExprPath *)e)->len); break;
    case E_VAR: show_id(b, ((const ExprVar *)e)->name); break;
    case E_SELECT: {
        const ExprSelect *s = (const ExprSelect *)e;
        buf_addc(b, '(');
        show_expr(b, s->e);
        buf_adds(b, ").");
        show_attrpath(b, s->path, s->n);
        if (s->def) {
            buf_adds(b, " or (");
            show_expr(b, s->def);
            buf_addc(b, ')');
        }
        break;
    }
    case E_HASATTR: {
        const ExprHasAttr *h = (const ExprHasAttr *)e;
        buf_adds(b, "((");
        show_expr(b, h->e);
        buf_adds(b, ") ? ");
        show_attrpath(b, h->path, h->n);
        buf_addc(b, ')');
        break;
    }
    case E_ATTRS: show_attrs(b, (const ExprAttrs *)e); break;
    case E_LIST: {
        const ExprList *l = (const ExprList *)e;
        buf_adds(b, "[ ");
        for (uint32_t i = 0; i < l->n; i++) {
            buf_addc(b, '(');
            show_expr(b, l->elems[i]);
            buf_adds(b, ") ");
        }
        buf_addc(b, ']');
        break;
    }
    case E_LAMBDA: show_lambda(b, (const ExprLambda *)e); break;
    case E_CALL: {
        const ExprCall *c = (const ExprCall *)e;
        buf_addc(b, '(');
        show_expr(b, c->fn);
        for (uint32_t i = 0; i < c->n; i++) {
            buf_addc(b, ' ');
            show_expr(b, c->args[i]);
        }
        buf_addc(b, ')');
        break;
    }
    case E_LET: show_let(b, (const ExprLet *)e); break;
    case E_WITH:
        buf_adds(b, "(with ");
        show_expr(b, ((const ExprWith *)e)->attrs);
        buf_adds(b, "; ");
        show_expr(b, ((const ExprWith *)e)->body);
        buf_addc(b, ')');
        break;
    case E_IF:
        buf_adds(b, "(if ");
        show_expr(b, ((const ExprIf *)e)->cond);
        buf_adds(b, " then ");
        show_expr(b, ((const ExprIf *)e)->then);
        buf_adds(b, " else ");
        show_expr(b, ((const ExprIf *)e)->els);
        buf_addc(b, ')');
        break;
    case E_ASSERT:
        buf_adds(b, "assert ");
        show_expr(b, ((const ExprAssert *)e)->cond);
        buf_adds(b, "; ");
        show_expr(b, ((const ExprAssert *)e)->body);
        break;
    case E_NOT:
        buf_adds(b, "(! ");
        show_expr(b, ((const ExprNot *)e)->e);
        buf_addc(b, ')');
        break;
    case E_EQ: show_bin(b, (const ExprBin *)e, "=="); break;
    case E_NEQ: show_bin(b, (const ExprBin *)e, "!="); break;
    case E_AND: show_bin(b, (const ExprBin *)e, "&&"); break;
    case E_OR: show_bin(b, (const ExprBin *)e, "||"); break;
    case E_IMPL: show_bin(b, (const ExprBin *)e, "->"); break;
    case E_UPDATE: show_bin(b, (const ExprBin *)e, "//"); break;
    case E_CONCAT_LISTS: show_bin(b, (const ExprBin *)e, "++"); break;
    case E_CONCAT_STRINGS: {
        const ExprConcat *c = (const ExprConcat *)e;
        buf_addc(b, '(');
        for (uint32_t i = 0; i < c->n; i++) {
            if (i) buf_adds(b, " + ");
            show_expr(b, c->parts[i]);
        }
        buf_addc(b, ')');
        break;
    }
    case E_CUR_POS: buf_adds(b, "__curPos"); break;
    }
}
