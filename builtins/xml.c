/* xml.c: values as XML, for builtins.toXML and `--eval --xml`, as CppNix 2.8's
 * value-to-xml.cc and xml-writer.cc write them: two-space indentation, element
 * attributes in name order, attribute positions (path, line, column) when asked for, a
 * derivation's attributes shown only the first time its drvPath is met. */
#include "builtins/prim_format.h"
#include "base/mem.h"
#include "eval/print.h"
#include "base/grow.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* CppNix recurses until its stack runs out on a cyclic value; the output grows with the
 * square of the depth, so give up well before memory does. */
#define MAX_DEPTH 10000

typedef struct {
    State *st;
    Buf *out;
    bool strict, location;
    Context **ctx;
    unsigned depth;                 /* open elements */
    const char **open;              /* their names */
    unsigned cap_open;
    const char **drvs;              /* drvPaths already shown */
    size_t ndrvs, cap_drvs;
} Xml;

/* An element attribute; callers pass them in name order (CppNix keeps them in a map). */
typedef struct { const char *name, *value; size_t len; } XAttr;

static void indent(Xml *x)
{
    for (unsigned i = 0; i < x->depth; i++) buf_adds(x->out, "  ");
}

static void write_attrs(Xml *x, const XAttr *a, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        buf_addc(x->out, ' ');
        buf_adds(x->out, a[i].name);
        buf_adds(x->out, "=\"");
        for (size_t j = 0; j < a[i].len; j++) {
            char c = a[i].value[j];
            if (c == '"') buf_adds(x->out, "&quot;");
            else if (c == '<') buf_adds(x->out, "&lt;");
            else if (c == '>') buf_adds(x->out, "&gt;");
            else if (c == '&') buf_adds(x->out, "&amp;");
            /* newlines would be normalised away in an attribute value */
            else if (c == '\n') buf_adds(x->out, "&#xA;");
            else buf_addc(x->out, c);
        }
        buf_addc(x->out, '"');
    }
}

static void open_elem(Xml *x, const char *name, const XAttr *a, size_t n)
{
    if (x->depth >= MAX_DEPTH)
        eval_error(x->st, ERR_STACK_OVERFLOW, NO_POS, "stack overflow (possible infinite recursion)");
    indent(x);
    buf_addc(x->out, '<');
    buf_adds(x->out, name);
    write_attrs(x, a, n);
    buf_adds(x->out, ">\n");
    GROW(mem_alloc, x->open, x->depth, x->cap_open, 16);
    x->open[x->depth++] = name;
}

static void close_elem(Xml *x)
{
    x->depth--;
    indent(x);
    buf_adds(x->out, "</");
    buf_adds(x->out, x->open[x->depth]);
    buf_adds(x->out, ">\n");
}

static void empty_elem(Xml *x, const char *name, const XAttr *a, size_t n)
{
    indent(x);
    buf_addc(x->out, '<');
    buf_adds(x->out, name);
    write_attrs(x, a, n);
    buf_adds(x->out, " />\n");
}

static void value_elem(Xml *x, const char *name, const char *value, size_t len)
{
    XAttr a = { "value", value, len };
    empty_elem(x, name, &a, 1);
}

static XAttr cattr(const char *name, const char *value) { return (XAttr){ name, value, strlen(value) }; }

/* CppNix's Pos::file: the file's path, or the whole text of an expression given with -E
 * or on standard input. Fills column, line, path (name order); returns 3, or 0 if p is
 * no position. */
static size_t pos_attrs(Pos p, XAttr *a, char *line, char *col)
{
    const Source *src = pos_source(p);
    if (!src) return 0;
    LineCol lc = pos_linecol(p);
    snprintf(line, 16, "%" PRIu32, lc.line);
    snprintf(col, 16, "%" PRIu32, lc.col);
    a[0] = cattr("column", col);
    a[1] = cattr("line", line);
    if (src->origin == ORIGIN_FILE) a[2] = cattr("path", src->path);
    else a[2] = (XAttr){ "path", src->text, strlen(src->text) < src->len ? strlen(src->text) : src->len };
    return 3;
}

static void print_value_xml(Xml *x, Value *v, Pos pos);

static void show_attrs(Xml *x, Attrs *a)
{
    uint32_t *idx = attrs_by_name(a);
    for (uint32_t i = 0; i < a->n; i++) {
        Attr *at = &a->a[idx[i]];
        XAttr xa[4];
        char line[16], col[16];
        size_t n = 0;
        if (x->location) n = pos_attrs(at->pos, xa, line, col);
        /* name sorts between line and path */
        if (n) { xa[3] = xa[2]; xa[2] = (XAttr){ "name", sym_str(at->name), sym_len(at->name) }; n = 4; }
        else xa[n++] = (XAttr){ "name", sym_str(at->name), sym_len(at->name) };
        open_elem(x, "attr", xa, n);
        print_value_xml(x, at->value, at->pos);
        close_elem(x);
    }
}

static bool drv_seen(Xml *x, const char *path)
{
    for (size_t i = 0; i < x->ndrvs; i++)
        if (!strcmp(x->drvs[i], path)) return true;
    GROW(mem_alloc, x->drvs, x->ndrvs, x->cap_drvs, 8);
    x->drvs[x->ndrvs++] = path;
    return false;
}

/* drvPath or outPath for the <derivation> element: only if already a string. */
static const char *drv_string_attr(Xml *x, Attrs *a, Sym name)
{
    Attr *at = attrs_find(a, name);
    if (!at) return NULL;
    if (x->strict) force(x->st, at->value, at->pos);
    return at->value->type == T_STRING ? at->value->str.s : NULL;
}

static void print_derivation(Xml *x, Attrs *a)
{
    XAttr xa[2] = {{0}};
    size_t n = 0;
    const char *drv = drv_string_attr(x, a, x->st->s_drvPath);
    if (drv) xa[n++] = cattr("drvPath", drv);
    const char *outp = drv_string_attr(x, a, x->st->s_outPath);
    if (outp) xa[n++] = cattr("outPath", outp);
    open_elem(x, "derivation", xa, n);
    if (drv && *drv && !drv_seen(x, drv)) show_attrs(x, a);
    else empty_elem(x, "repeated", NULL, 0);
    close_elem(x);
}

static int cmp_formal(const void *a, const void *b)
{
    const Formal *x = a, *y = b;
    size_t lx = sym_len(x->name), ly = sym_len(y->name);
    int r = memcmp(sym_str(x->name), sym_str(y->name), lx < ly ? lx : ly);
    return r ? r : (lx > ly) - (lx < ly);
}

static void print_function(Xml *x, Value *v)
{
    ExprLambda *fn = v->lambda.fn;
    XAttr xa[3] = {{0}};
    char line[16], col[16];
    size_t n = x->location ? pos_attrs(fn->h.pos, xa, line, col) : 0;
    open_elem(x, "function", xa, n);
    if (fn->has_formals) {
        XAttr pa[2];
        size_t k = 0;
        if (fn->ellipsis) pa[k++] = cattr("ellipsis", "1");
        if (fn->arg != SYM_NONE) pa[k++] = (XAttr){ "name", sym_str(fn->arg), sym_len(fn->arg) };
        open_elem(x, "attrspat", pa, k);
        Formal *f = mem_alloc((fn->nformals + 1) * sizeof *f);
        if (fn->nformals) memcpy(f, fn->formals, fn->nformals * sizeof *f);
        qsort(f, fn->nformals, sizeof *f, cmp_formal);
        for (uint32_t i = 0; i < fn->nformals; i++) {
            XAttr na = { "name", sym_str(f[i].name), sym_len(f[i].name) };
            empty_elem(x, "attr", &na, 1);
        }
        close_elem(x);
    } else {
        XAttr na = { "name", sym_str(fn->arg), sym_len(fn->arg) };
        empty_elem(x, "varpat", &na, 1);
    }
    close_elem(x);
}

static void print_value_xml(Xml *x, Value *v, Pos pos)
{
    State *st = x->st;
    eval_check_interrupt(st);   /* Nix's printValueAsXML checks at every value */
    if (x->strict) force(st, v, pos);
    eval_enter(st, pos);
    char num[64];
    switch ((ValueType)v->type) {
    case T_INT:
        value_elem(x, "int", num, int_to_text(num, v->i));
        break;
    case T_BOOL: value_elem(x, "bool", v->b ? "true" : "false", v->b ? 4 : 5); break;
    case T_STRING:
        *x->ctx = ctx_union(*x->ctx, v->str.ctx);
        /* CppNix writes the C string: it ends at a NUL byte */
        value_elem(x, "string", v->str.s, strnlen(v->str.s, v->len));
        break;
    case T_PATH: value_elem(x, "path", v->str.s, v->len); break;
    case T_NULL: empty_elem(x, "null", NULL, 0); break;
    case T_FLOAT: {
        Buf b = {0};
        print_float(&b, v->f);
        value_elem(x, "float", buf_cstr(&b), b.len);
        break;
    }
    case T_ATTRS:
        if (is_derivation(st, v)) print_derivation(x, v->attrs);
        else {
            open_elem(x, "attrs", NULL, 0);
            show_attrs(x, v->attrs);
            close_elem(x);
        }
        break;
    case T_LIST:
        open_elem(x, "list", NULL, 0);
        for (uint32_t i = 0; i < v->len; i++) print_value_xml(x, v->list[i], pos);
        close_elem(x);
        break;
    case T_LAMBDA: print_function(x, v); break;
    case T_PRIMOP: case T_PRIMOP_APP:
    case T_THUNK: case T_APP: case T_APP_INT: case T_EAGER: case T_BLACKHOLE:
        empty_elem(x, "unevaluated", NULL, 0);
        break;
    }
    eval_leave(st);
}

void print_xml_at(State *st, Buf *out, Value *v, bool strict, bool location, Context **ctx, Pos pos)
{
    Xml *x = mem_alloc(sizeof *x);
    *x = (Xml){ .st = st, .out = out, .strict = strict, .location = location, .ctx = ctx };
    buf_adds(out, "<?xml version='1.0' encoding='utf-8'?>\n");
    open_elem(x, "expr", NULL, 0);
    Handler h;
    if (EVAL_TRY(st, &h)) {
        print_value_xml(x, v, pos);
        eval_pop_handler(st, &h);
    } else {
        /* CppNix's writer closes the open elements as the error unwinds, and
         * nix-instantiate has already written them out */
        eval_unwind_to(st, &h);
        while (x->depth) close_elem(x);
        eval_rethrow(st);
    }
    close_elem(x);
}

void print_xml(State *st, Buf *out, Value *v, bool strict, bool location, Context **ctx)
{
    print_xml_at(st, out, v, strict, location, ctx, NO_POS);
}
