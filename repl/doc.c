/* doc.c: documentation for `:doc` and `nixel doc`. Builtins are documented in
 * builtins/doc.txt (built into the binary as builtins_doc_text); a function written in Nix is
 * documented by the comment just before its definition, in nixpkgs' convention: `/ * ... * /`
 * with `Type:` and `Example:` (nixel's lib, nixpkgs' older lib) or `/ ** ... * /` with
 * `# Type` and `# Examples` (nixpkgs since RFC 145), or a run of `#` lines. */
#include "repl/repl.h"
#include "base/mem.h"
#include "parser/base_names.h"

#include <ctype.h>
#include <string.h>

extern const char builtins_doc_text[];

/* ---- builtins/doc.txt: an entry starts at a line "NAME ARGS..." without indentation;
 * its description and example follow, indented; lines starting with '#' are comments ---- */

static bool at_entry(const char *line) { return *line && *line != ' ' && *line != '#' && *line != '\n'; }

static const char *find_entry(const char *name, size_t n)
{
    for (const char *p = builtins_doc_text; *p; p = strchr(p, '\n') + 1) {
        if (at_entry(p) && !strncmp(p, name, n) && (p[n] == ' ' || p[n] == '\n')) return p;
        if (!strchr(p, '\n')) break;
    }
    return NULL;
}

const char *doc_builtin(const char *name)
{
    if (!strncmp(name, "builtins.", 9)) name += 9;
    if (!strncmp(name, "__", 2)) name += 2;
    const char *e = find_entry(name, strlen(name));
    if (!e) return NULL;
    const char *end = strchr(e, '\n');
    Buf b = {0};
    buf_adds(&b, "Synopsis: builtins.");
    buf_add(&b, e, (size_t)(end - e));
    buf_adds(&b, "\n\n");
    const char *p = end + 1;
    while (*p && !at_entry(p)) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p + 1) : strlen(p);
        if (*p != '#') buf_add(&b, p, len);
        p += len;
    }
    while (b.len && b.s[b.len - 1] == '\n') b.s[--b.len] = 0;
    return buf_cstr(&b);
}

void doc_builtin_names(Buf *out)
{
    for (const char *p = builtins_doc_text; *p; ) {
        const char *nl = strchr(p, '\n');
        if (at_entry(p)) { buf_add(out, p, strcspn(p, " \n")); buf_addc(out, '\n'); }
        if (!nl) break;
        p = nl + 1;
    }
}

/* ---- doc comments ---- */

/* Appends the comment's lines, the common indentation taken off, blank lines at either end
 * dropped. */
static void add_dedented(Buf *out, const char *s, size_t n)
{
    size_t indent = (size_t)-1;
    for (size_t i = 0; i < n; ) {
        size_t j = i, k;
        while (j < n && s[j] != '\n') j++;
        for (k = i; k < j && s[k] == ' '; k++) {}
        if (k < j && i > 0 && k - i < indent) indent = k - i;   /* the first line follows the opener */
        i = j + 1;
    }
    if (indent == (size_t)-1) indent = 0;
    Buf b = {0};
    for (size_t i = 0; i < n; ) {
        size_t j = i;
        while (j < n && s[j] != '\n') j++;
        size_t skip = 0;
        while (skip < indent && i + skip < j && s[i + skip] == ' ') skip++;
        if (i == 0) while (i + skip < j && s[i + skip] == ' ') skip++;
        buf_add(&b, s + i + skip, j - i - skip);
        buf_addc(&b, '\n');
        i = j + 1;
    }
    const char *t = buf_cstr(&b);
    while (*t == '\n') t++;
    size_t len = strlen(t);
    while (len && (t[len - 1] == '\n' || t[len - 1] == ' ')) len--;
    buf_add(out, t, len);
}

static size_t skip_space_back(const char *t, size_t i)
{
    while (i > 0 && isspace((unsigned char)t[i - 1])) i--;
    return i;
}

/* The comment that ends just before offset off (blank space between them allowed). */
static bool comment_before(const Source *src, size_t off, Buf *out)
{
    const char *t = src->text;
    size_t i = skip_space_back(t, off);
    if (i >= 4 && t[i - 1] == '/' && t[i - 2] == '*') {
        size_t end = i - 2, j = end;
        while (j >= 2 && !(t[j - 2] == '/' && t[j - 1] == '*')) j--;
        if (j < 2) return false;
        if (t[j] == '*') j++;                           /* the opener of a doc comment, / ** */
        add_dedented(out, t + j, end - j);
        return true;
    }
    /* # lines: from the line before back to the first line that is not one */
    size_t line_start = i;
    while (line_start > 0 && t[line_start - 1] != '\n') line_start--;
    size_t first = i;
    for (size_t ls = line_start;;) {
        size_t k = ls;
        while (k < i && (t[k] == ' ' || t[k] == '\t')) k++;
        if (k >= i || t[k] != '#') break;
        first = ls;
        if (ls == 0) break;
        size_t prev = ls - 1;
        while (prev > 0 && t[prev - 1] != '\n') prev--;
        ls = prev;
    }
    if (first == i) return false;
    Buf raw = {0};
    for (size_t k = first; k < i; ) {
        size_t e = k;
        while (e < i && t[e] != '\n') e++;
        size_t h = k;
        while (h < e && t[h] != '#') h++;
        h++;
        if (h < e && t[h] == ' ') h++;
        if (h <= e) buf_add(&raw, t + h, e - h);
        buf_addc(&raw, '\n');
        k = e + 1;
    }
    add_dedented(out, buf_cstr(&raw), raw.len);
    return true;
}

/* The comment before `NAME =` when the position is that of the value after it. */
static bool comment_before_binding(const Source *src, size_t off, Buf *out)
{
    const char *t = src->text;
    size_t i = skip_space_back(t, off);
    if (i == 0 || t[i - 1] != '=') return false;
    i = skip_space_back(t, i - 1);
    while (i > 0 && (isalnum((unsigned char)t[i - 1]) || strchr("_'-.\"", t[i - 1]))) i--;
    return comment_before(src, i, out);
}

static bool doc_comment_of(Pos attr_pos, Pos value_pos, Buf *out)
{
    const Source *s;
    if (attr_pos && (s = pos_source(attr_pos)) && comment_before(s, attr_pos - s->base, out)) return true;
    if (value_pos && (s = pos_source(value_pos)) && comment_before_binding(s, value_pos - s->base, out)) return true;
    return false;
}

/* ---- what a name denotes ---- */

static bool is_path_text(const char *s)
{
    if (!*s) return false;
    for (; *s; s++)
        if (!(isalnum((unsigned char)*s) || strchr("_'-.", *s))) return false;
    return true;
}

static bool bound_in_session(Repl *r, const char *name, size_t n)
{
    for (uint32_t i = 0; i < r->n; i++)
        if (sym_len(r->names[i]) == n && !strncmp(sym_str(r->names[i]), name, n)) return true;
    return false;
}

const char *doc_with_lib(Repl *r, const char *text)
{
    if (strncmp(text, "lib.", 4) && strcmp(text, "lib")) return text;
    if (bound_in_session(r, "lib", 3)) return text;
    Buf b = {0};
    buf_printf(&b, "(import <nixpkgs/lib>)%s", text + 3);
    return buf_cstr(&b);
}

/* The parameters of a curried function: "sep list" for sep: list: ... */
static void add_params(Buf *out, const ExprLambda *l)
{
    for (;;) {
        buf_addc(out, ' ');
        if (l->has_formals) buf_adds(out, "{ ... }");
        else buf_adds(out, sym_str(l->arg));
        if (l->body->kind != E_LAMBDA) break;
        l = (const ExprLambda *)l->body;
    }
}

/* A builtin's documentation, for a builtin or a builtin partly applied. */
static bool builtin_doc_of(const char *text, Value *v, Buf *out)
{
    Value *f = v;
    while (f->type == T_PRIMOP_APP) f = f->papp.left;
    const char *d = f->type == T_PRIMOP ? doc_builtin(f->primop->name) : NULL;
    if (!d) return false;
    if (strcmp(text, f->primop->name) && strcmp(text + (strncmp(text, "builtins.", 9) ? 0 : 9), f->primop->name))
        buf_printf(out, "%s is the builtin %s%s.\n\n", text, f->primop->name, v == f ? "" : ", partly applied");
    buf_adds(out, d);
    return true;
}

static bool doc_of_value(Repl *r, const char *text, Value *v, Pos attr_pos, Buf *out)
{
    /* a builtin under another name is documented as that builtin; a builtin partly applied
     * (concatStrings = concatStringsSep "") by its own comment if it has one */
    if (v->type == T_PRIMOP && builtin_doc_of(text, v, out)) return true;
    Buf c = {0};
    Pos vpos = v->type == T_LAMBDA ? val_pos(v, NO_POS) : NO_POS;
    if (!doc_comment_of(attr_pos, vpos, &c)) {
        if (v->type == T_PRIMOP_APP && builtin_doc_of(text, v, out)) return true;
        buf_printf(out, "no documentation found for '%s' (%s)", text, show_type(v));
        return false;
    }
    buf_printf(out, "Synopsis: %s", text);
    if (v->type == T_LAMBDA) add_params(out, v->lambda.fn);
    buf_adds(out, "\n\n");
    for (const char *l = buf_cstr(&c); *l; ) {          /* indented as the builtins' texts */
        size_t n = strcspn(l, "\n");
        if (n) buf_adds(out, "    ");
        buf_add(out, l, n);
        l += n;
        if (*l) buf_addc(out, *l++);
    }
    Pos at = attr_pos ? attr_pos : vpos;
    if (at) {
        char where[512];
        pos_format_plain(where, sizeof where, at);
        buf_printf(out, "\n\nDefined at %s.", where);
    }
    return true;
}

/* Where an attribute written `inherit (set) name` comes from: the position of name in set,
 * followed through further inherits (lib.mkDefault is lib.modules.mkDefault). Reads the
 * attribute's thunk, so it works only before the attribute is forced. */
static Pos inherited_from(State *st, Value *v, Pos pos)
{
    for (int hops = 0; hops < 8 && v->type == T_THUNK && v->thunk.expr->kind == E_SELECT; hops++) {
        const ExprSelect *sel = (const ExprSelect *)v->thunk.expr;
        if (sel->n != 1 || sel->path[0].sym == SYM_NONE || sel->def) break;
        Value *set = val_alloc();
        eval_expr(st, v->thunk.env, sel->e, set);
        force(st, set, NO_POS);
        if (set->type != T_ATTRS) break;
        Attr *a = attrs_find(set->attrs, sel->path[0].sym);
        if (!a) break;
        pos = a->pos;
        v = a->value;
    }
    return pos;
}

Pos doc_definition_pos(Repl *r, const char *text, Value *v)
{
    const char *expr = doc_with_lib(r, text);
    Pos pos = NO_POS;
    const char *dot = is_path_text(expr) || expr != text ? strrchr(expr, '.') : NULL;
    if (dot) {
        /* a.b.c: the attribute c of a.b, whose position is where c is defined */
        Value set;
        repl_eval(r, mem_strndup(expr, (size_t)(dot - expr)), &set);
        if (set.type == T_ATTRS) {
            Attr *a = attrs_find(set.attrs, sym_cstr(dot + 1));
            if (a) pos = inherited_from(r->st, a->value, a->pos);
        }
    }
    repl_eval(r, expr, v);
    return pos;
}

bool doc_lookup(Repl *r, const char *text, Buf *out)
{
    while (isspace((unsigned char)*text)) text++;
    size_t n = strlen(text);
    while (n && isspace((unsigned char)text[n - 1])) n--;
    text = mem_strndup(text, n);
    if (!*text) { buf_adds(out, "usage: :doc NAME (a builtin, or a function such as lib.strings.concatStringsSep)"); return false; }
    /* builtins.X and the builtins' global names (map, toString...) unless the session rebinds them */
    const char *name = text;
    bool global = !strchr(text, '.') && !bound_in_session(r, text, n);
    if (!strncmp(text, "builtins.", 9) && !bound_in_session(r, "builtins", 8)) name = text + 9;
    else if (global) {
        global = false;
        for (unsigned i = 0; i < base_names_count; i++)
            if (!strcmp(base_names[i], text)) global = true;
    }
    if (name != text || global) {
        const char *d = doc_builtin(name);
        if (d) { buf_adds(out, d); return true; }
    }
    Value v;
    Pos attr_pos = doc_definition_pos(r, text, &v);
    return doc_of_value(r, text, &v, attr_pos, out);
}
