/* json2toml.c: JSON text to TOML text, byte for byte as remarshal 0.10's json2toml (pytoml
 * 0.1's writer, keys sorted) writes it; the rules are in shared/golden/README.md.
 *
 * The JSON is read the way remarshal reads it, with Python's json module: a number with a
 * fraction or an exponent is a float, any other number an integer of any size; the text
 * must be valid UTF-8, strings hold no raw control characters, \u escapes pair their
 * surrogates; a key given twice keeps its first place and its last value. The reader is
 * our own because cJSON (and Nix's fromJSON) would turn big integers into doubles and
 * could not tell them apart. */
#include "render/json2toml.h"
#include "base/buf.h"
#include "base/mem.h"
#include "base/grow.h"
#include "base/utf8.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { J_NULL, J_BOOL, J_INT, J_FLOAT, J_STRING, J_ARRAY, J_OBJECT } JType;

typedef struct { const char *s; size_t n; } JStr;

typedef struct JVal JVal;
struct JVal {
    JType type;
    bool b;
    double f;
    JStr str;          /* J_STRING: the decoded bytes; J_INT: the digits as written */
    size_t n;          /* J_ARRAY, J_OBJECT: number of elements */
    JVal **items;      /* the elements, or the object's values */
    JStr *keys;        /* J_OBJECT: the keys, in JSON order */
};

/* Python gives up near 1000 levels (its recursion limit); we stop earlier, well before
 * the C stack is at risk. */
#define MAX_DEPTH 500

/* ---- reading JSON ------------------------------------------------------------------ */

typedef struct {
    const char *start, *p, *end;
    const char *err;
    int depth;
} Reader;

static JVal *fail(Reader *r, const char *what)
{
    if (!r->err) {
        Buf b = {0};
        buf_printf(&b, "invalid JSON at byte %zu: %s", (size_t)(r->p - r->start), what);
        r->err = buf_cstr(&b);
    }
    return NULL;
}

/* Length of the UTF-8 sequence at s (strict: no overlong forms, no surrogates, nothing
 * above U+10FFFF), 0 if invalid. */
static size_t utf8_seq_len(const unsigned char *s, size_t avail)
{
    unsigned char c = s[0];
    if (c < 0x80) return 1;
    size_t n;
    uint32_t cp, min;
    if ((c & 0xe0) == 0xc0) { n = 2; cp = c & 0x1f; min = 0x80; }
    else if ((c & 0xf0) == 0xe0) { n = 3; cp = c & 0x0f; min = 0x800; }
    else if ((c & 0xf8) == 0xf0) { n = 4; cp = c & 0x07; min = 0x10000; }
    else return 0;
    if (n > avail) return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xc0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
    return n;
}

static bool utf8_check(Reader *r)
{
    const unsigned char *s = (const unsigned char *)r->start;
    size_t len = (size_t)(r->end - r->start);
    for (size_t i = 0; i < len;) {
        size_t n = utf8_seq_len(s + i, len - i);
        if (!n) {
            r->p = r->start + i;
            fail(r, "the text is not valid UTF-8");
            return false;
        }
        i += n;
    }
    return true;
}

static void skip_ws(Reader *r)
{
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r')) r->p++;
}

static bool is_digit(const Reader *r) { return r->p < r->end && *r->p >= '0' && *r->p <= '9'; }

static JVal *new_val(JType t)
{
    JVal *v = mem_alloc(sizeof *v);
    v->type = t;
    return v;
}

static void put_utf8(Buf *b, uint32_t cp)
{
    char u[4];
    buf_add(b, u, utf8_encode(u, cp));
}

static int hex4(Reader *r)
{
    if (r->end - r->p < 4) return -1;
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char c = r->p[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    r->p += 4;
    return v;
}

/* After "\u": one code point, two escapes for a surrogate pair. A lone surrogate cannot
 * be written out as UTF-8, so remarshal fails on it; so do we. */
static bool read_u_escape(Reader *r, Buf *b)
{
    int hi = hex4(r);
    if (hi < 0) { fail(r, "invalid \\u escape"); return false; }
    uint32_t cp = (uint32_t)hi;
    if (cp >= 0xdc00 && cp <= 0xdfff) { fail(r, "lone surrogate in a \\u escape"); return false; }
    if (cp >= 0xd800 && cp <= 0xdbff) {
        if (r->end - r->p < 2 || r->p[0] != '\\' || r->p[1] != 'u') {
            fail(r, "lone surrogate in a \\u escape");
            return false;
        }
        r->p += 2;
        int lo = hex4(r);
        if (lo < 0xdc00 || lo > 0xdfff) { fail(r, "lone surrogate in a \\u escape"); return false; }
        cp = 0x10000 + ((cp - 0xd800) << 10) + ((uint32_t)lo - 0xdc00);
    }
    put_utf8(b, cp);
    return true;
}

static bool read_escape(Reader *r, Buf *b)
{
    if (r->p >= r->end) { fail(r, "unterminated string"); return false; }
    char e = *r->p++;
    switch (e) {
    case '"': case '\\': case '/': buf_addc(b, e); return true;
    case 'b': buf_addc(b, '\b'); return true;
    case 'f': buf_addc(b, '\f'); return true;
    case 'n': buf_addc(b, '\n'); return true;
    case 'r': buf_addc(b, '\r'); return true;
    case 't': buf_addc(b, '\t'); return true;
    case 'u': return read_u_escape(r, b);
    default: r->p--; fail(r, "invalid escape in a string"); return false;
    }
}

static bool read_string(Reader *r, JStr *out)
{
    r->p++; /* the opening quote */
    Buf b = {0};
    for (;;) {
        if (r->p >= r->end) { fail(r, "unterminated string"); return false; }
        unsigned char c = (unsigned char)*r->p;
        if (c == '"') { r->p++; break; }
        if (c < 0x20) { fail(r, "control character in a string"); return false; }
        r->p++;
        if (c != '\\') buf_addc(&b, (char)c);
        else if (!read_escape(r, &b)) return false;
    }
    out->s = buf_cstr(&b);
    out->n = b.len;
    return true;
}

static JVal *read_number(Reader *r)
{
    const char *s = r->p;
    if (*r->p == '-') r->p++;
    if (!is_digit(r)) return fail(r, "invalid number");
    if (*r->p == '0') r->p++;
    else while (is_digit(r)) r->p++;
    bool is_float = false;
    if (r->p < r->end && *r->p == '.') {
        r->p++;
        if (!is_digit(r)) return fail(r, "invalid number");
        while (is_digit(r)) r->p++;
        is_float = true;
    }
    if (r->p < r->end && (*r->p == 'e' || *r->p == 'E')) {
        r->p++;
        if (r->p < r->end && (*r->p == '+' || *r->p == '-')) r->p++;
        if (!is_digit(r)) return fail(r, "invalid number");
        while (is_digit(r)) r->p++;
        is_float = true;
    }
    char *text = mem_strndup(s, (size_t)(r->p - s));
    JVal *v = new_val(is_float ? J_FLOAT : J_INT);
    if (is_float) {
        v->f = strtod(text, NULL);
        if (isinf(v->f)) { r->p = s; return fail(r, "number too large: TOML has no infinity"); }
    } else {
        /* Python's int("-0") is 0 */
        if (!strcmp(text, "-0")) text = "0";
        v->str = (JStr){ text, strlen(text) };
    }
    return v;
}

static JVal *read_value(Reader *r);

static JVal *read_array(Reader *r)
{
    r->p++;
    JVal *v = new_val(J_ARRAY);
    size_t cap = 0;
    skip_ws(r);
    if (r->p < r->end && *r->p == ']') { r->p++; return v; }
    for (;;) {
        JVal *e = read_value(r);
        if (!e) return NULL;
        GROW_REALLOC(mem_realloc, v->items, v->n, cap, 8);
        v->items[v->n++] = e;
        skip_ws(r);
        if (r->p < r->end && *r->p == ',') { r->p++; continue; }
        if (r->p < r->end && *r->p == ']') { r->p++; return v; }
        return fail(r, "expected ',' or ']'");
    }
}

typedef struct { JStr key; size_t at; } KeyAt;

static int key_cmp(JStr a, JStr b)
{
    int c = memcmp(a.s, b.s, a.n < b.n ? a.n : b.n);
    if (c) return c;
    return a.n < b.n ? -1 : a.n > b.n;
}

static int key_at_cmp(const void *x, const void *y)
{
    const KeyAt *a = x, *b = y;
    int c = key_cmp(a->key, b->key);
    if (c) return c;
    return a->at < b->at ? -1 : a->at > b->at;
}

/* A key given twice keeps the place of its first occurrence and the last value (a
 * Python dict). */
static void drop_duplicate_keys(JVal *v)
{
    if (v->n < 2) return;
    KeyAt *k = mem_alloc(v->n * sizeof *k);
    for (size_t i = 0; i < v->n; i++) k[i] = (KeyAt){ v->keys[i], i };
    qsort(k, v->n, sizeof *k, key_at_cmp);
    bool *dropped = mem_alloc(v->n * sizeof *dropped);
    bool any = false;
    for (size_t i = 0; i < v->n;) {
        size_t j = i + 1;
        while (j < v->n && key_cmp(k[j].key, k[i].key) == 0) j++;
        if (j - i > 1) {
            v->items[k[i].at] = v->items[k[j - 1].at];
            for (size_t d = i + 1; d < j; d++) dropped[k[d].at] = true;
            any = true;
        }
        i = j;
    }
    if (!any) return;
    size_t w = 0;
    for (size_t i = 0; i < v->n; i++) {
        if (dropped[i]) continue;
        v->keys[w] = v->keys[i];
        v->items[w++] = v->items[i];
    }
    v->n = w;
}

static bool read_member(Reader *r, JVal *v, size_t *cap)
{
    skip_ws(r);
    if (r->p >= r->end || *r->p != '"') { fail(r, "expected a string key"); return false; }
    JStr key;
    if (!read_string(r, &key)) return false;
    skip_ws(r);
    if (r->p >= r->end || *r->p != ':') { fail(r, "expected ':'"); return false; }
    r->p++;
    JVal *e = read_value(r);
    if (!e) return false;
    if (v->n == *cap) { /* items and keys share the capacity */
        *cap = grow_cap(*cap, v->n + 1, 8);
        v->items = mem_realloc(v->items, *cap * sizeof *v->items);
        v->keys = mem_realloc(v->keys, *cap * sizeof *v->keys);
    }
    v->keys[v->n] = key;
    v->items[v->n++] = e;
    return true;
}

static JVal *read_object(Reader *r)
{
    r->p++;
    JVal *v = new_val(J_OBJECT);
    size_t cap = 0;
    skip_ws(r);
    if (r->p < r->end && *r->p == '}') { r->p++; return v; }
    for (;;) {
        if (!read_member(r, v, &cap)) return NULL;
        skip_ws(r);
        if (r->p < r->end && *r->p == ',') { r->p++; continue; }
        if (r->p < r->end && *r->p == '}') { r->p++; break; }
        return fail(r, "expected ',' or '}'");
    }
    drop_duplicate_keys(v);
    return v;
}

static bool take_word(Reader *r, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(r->end - r->p) < n || memcmp(r->p, w, n) != 0) return false;
    r->p += n;
    return true;
}

static JVal *read_literal(Reader *r)
{
    if (take_word(r, "null")) return new_val(J_NULL);
    if (take_word(r, "true")) { JVal *v = new_val(J_BOOL); v->b = true; return v; }
    if (take_word(r, "false")) return new_val(J_BOOL);
    /* Python reads these, but TOML cannot write them */
    if (take_word(r, "NaN") || take_word(r, "Infinity") || take_word(r, "-Infinity"))
        return fail(r, "NaN and infinity have no TOML form");
    return fail(r, "expected a value");
}

static JVal *read_value(Reader *r)
{
    skip_ws(r);
    if (r->p >= r->end) return fail(r, "expected a value");
    if (++r->depth > MAX_DEPTH) return fail(r, "nested too deeply");
    JVal *v;
    char c = *r->p;
    if (c == '{') v = read_object(r);
    else if (c == '[') v = read_array(r);
    else if (c == '"') {
        v = new_val(J_STRING);
        if (!read_string(r, &v->str)) v = NULL;
    } else if (c == '-' && r->end - r->p > 1 && r->p[1] == 'I') v = read_literal(r);
    else if (c == '-' || (c >= '0' && c <= '9')) v = read_number(r);
    else v = read_literal(r);
    r->depth--;
    return v;
}

static JVal *read_document(Reader *r)
{
    if (!utf8_check(r)) return NULL;
    JVal *v = read_value(r);
    if (!v) return NULL;
    skip_ws(r);
    if (r->p != r->end) return fail(r, "extra data after the value");
    return v;
}

/* ---- floats as Python's repr ----------------------------------------------------------- */

/* The n significant digits of x > 0 and its decimal exponent, correctly rounded. */
static int sci_digits(double x, int n, char *digits, int *exp10)
{
    char s[64];
    snprintf(s, sizeof s, "%.*e", n - 1, x);
    int k = 0;
    const char *p = s;
    for (; *p && *p != 'e'; p++)
        if (*p != '.') digits[k++] = *p;
    digits[k] = 0;
    *exp10 = atoi(p + 1);
    return k;
}

static bool reads_back(const char *digits, int n, int exp10, double x)
{
    char s[64];
    int k = 0;
    s[k++] = digits[0];
    if (n > 1) {
        s[k++] = '.';
        memcpy(s + k, digits + 1, (size_t)n - 1);
        k += n - 1;
    }
    snprintf(s + k, sizeof s - (size_t)k, "e%d", exp10);
    return strtod(s, NULL) == x;
}

/* The n-digit decimal one unit above (dir 1) or below (dir -1) digits. */
static void step_digits(char *digits, int n, int *exp10, int dir)
{
    int i = n - 1;
    if (dir > 0) {
        while (i >= 0 && digits[i] == '9') digits[i--] = '0';
        if (i >= 0) digits[i]++;
        else { digits[0] = '1'; (*exp10)++; }
    } else {
        while (i >= 0 && digits[i] == '0') digits[i--] = '9';
        digits[i]--;
        if (digits[0] == '0') {  /* 1000 - 1: the grid below is finer */
            memset(digits, '9', (size_t)n);
            (*exp10)--;
        }
    }
}

/* Shortest digits that read back as x (> 0). Among strings of one length the correctly
 * rounded one is closest; where it misses (next to a power of two, where the doubles
 * below are closer together) its neighbour may still read back. */
static int shortest_digits(double x, char *digits, int *exp10)
{
    for (int n = 1; n < 17; n++) {
        sci_digits(x, n, digits, exp10);
        if (reads_back(digits, n, *exp10, x)) return n;
        for (int dir = -1; dir <= 1; dir += 2) {
            char d[32];
            int e = *exp10;
            memcpy(d, digits, (size_t)n + 1);
            step_digits(d, n, &e, dir);
            if (reads_back(d, n, e, x)) {
                memcpy(digits, d, (size_t)n + 1);
                *exp10 = e;
                return n;
            }
        }
    }
    return sci_digits(x, 17, digits, exp10);
}

void json2toml_format_float(char *buf, size_t size, double x)
{
    Buf b = {0};
    if (signbit(x)) buf_addc(&b, '-');
    x = fabs(x);
    if (x == 0) buf_adds(&b, "0.0");
    else {
        char d[32];
        int e;
        int n = shortest_digits(x, d, &e);
        while (n > 1 && d[n - 1] == '0') n--;
        int decpt = e + 1;    /* x = 0.d1d2... * 10^decpt */
        if (decpt <= -4 || decpt > 16) {
            buf_addc(&b, d[0]);
            if (n > 1) { buf_addc(&b, '.'); buf_add(&b, d + 1, (size_t)n - 1); }
            buf_printf(&b, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
        } else if (decpt <= 0) {
            buf_adds(&b, "0.");
            for (int i = 0; i < -decpt; i++) buf_addc(&b, '0');
            buf_add(&b, d, (size_t)n);
        } else if (decpt < n) {
            buf_add(&b, d, (size_t)decpt);
            buf_addc(&b, '.');
            buf_add(&b, d + decpt, (size_t)(n - decpt));
        } else {
            buf_add(&b, d, (size_t)n);
            for (int i = n; i < decpt; i++) buf_addc(&b, '0');
            buf_adds(&b, ".0");
        }
    }
    snprintf(buf, size, "%s", buf_cstr(&b));
}

/* ---- writing TOML ---------------------------------------------------------------------- */

static void put_string(Buf *b, JStr s)
{
    buf_addc(b, '"');
    for (size_t i = 0; i < s.n; i++) {
        unsigned char c = (unsigned char)s.s[i];
        switch (c) {
        case '"': buf_adds(b, "\\\""); break;
        case '\\': buf_adds(b, "\\\\"); break;
        case '\n': buf_adds(b, "\\n"); break;
        case '\r': buf_adds(b, "\\r"); break;
        case '\t': buf_adds(b, "\\t"); break;
        case '\b': buf_adds(b, "\\b"); break;
        case '\f': buf_adds(b, "\\f"); break;
        default:
            if (c < 0x20) buf_printf(b, "\\u%04x", c);
            else buf_addc(b, (char)c);
        }
    }
    buf_addc(b, '"');
}

static bool is_bare_char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

static void put_key(Buf *b, JStr k)
{
    for (size_t i = 0; i < k.n; i++)
        if (!is_bare_char(k.s[i])) { put_string(b, k); return; }
    buf_add(b, k.s, k.n);
}

static bool put_value(Buf *b, const JVal *v, const char **err);

static bool put_array(Buf *b, const JVal *v, const char **err)
{
    buf_addc(b, '[');
    for (size_t i = 0; i < v->n; i++) {
        if (i) buf_adds(b, ", ");
        if (!put_value(b, v->items[i], err)) return false;
    }
    buf_addc(b, ']');
    return true;
}

/* An object inside an array that is not made of objects only: keys in JSON order. */
static bool put_inline_table(Buf *b, const JVal *v, const char **err)
{
    buf_addc(b, '{');
    for (size_t i = 0; i < v->n; i++) {
        if (i) buf_adds(b, ", ");
        put_key(b, v->keys[i]);
        buf_adds(b, " = ");
        if (!put_value(b, v->items[i], err)) return false;
    }
    buf_addc(b, '}');
    return true;
}

static bool put_value(Buf *b, const JVal *v, const char **err)
{
    char num[64];
    switch (v->type) {
    case J_NULL: *err = "null inside an array or inline table has no TOML form"; return false;
    case J_BOOL: buf_adds(b, v->b ? "true" : "false"); return true;
    case J_INT: buf_add(b, v->str.s, v->str.n); return true;
    case J_FLOAT: json2toml_format_float(num, sizeof num, v->f); buf_adds(b, num); return true;
    case J_STRING: put_string(b, v->str); return true;
    case J_ARRAY: return put_array(b, v, err);
    case J_OBJECT: return put_inline_table(b, v, err);
    }
    return false;
}

static bool is_table_array(const JVal *v)
{
    if (v->type != J_ARRAY || v->n == 0) return false;
    for (size_t i = 0; i < v->n; i++)
        if (v->items[i]->type != J_OBJECT) return false;
    return true;
}

/* A table's dotted name, as a chain towards the root. */
typedef struct Name { const struct Name *up; JStr key; } Name;

typedef struct { const Name *name; const JVal *table; bool is_array; } Pending;

typedef struct {
    Pending *items;
    size_t n, cap;
} PendingStack;

static void push(PendingStack *s, Pending p)
{
    GROW_REALLOC(mem_realloc, s->items, s->n, s->cap, 16);
    s->items[s->n++] = p;
}

static void put_name(Buf *b, const Name *n)
{
    if (n->up) { put_name(b, n->up); buf_addc(b, '.'); }
    put_key(b, n->key);
}

static int sorted_key_cmp(const void *x, const void *y, void *table)
{
    const JVal *t = table;
    return key_cmp(t->keys[*(const size_t *)x], t->keys[*(const size_t *)y]);
}

static size_t *sorted_keys(const JVal *t)
{
    size_t *idx = mem_alloc((t->n + 1) * sizeof *idx);
    for (size_t i = 0; i < t->n; i++) idx[i] = i;
    qsort_r(idx, t->n, sizeof *idx, sorted_key_cmp, (void *)t);
    return idx;
}

static Name *child_name(const Name *up, JStr key)
{
    Name *n = mem_alloc(sizeof *n);
    n->up = up;
    n->key = key;
    return n;
}

/* Writes one table's key/value lines and returns its sub-tables (in the order they are
 * written) through *children. */
static bool put_table_lines(Buf *b, const Pending *t, PendingStack *children, bool *wrote,
                            const char **err)
{
    const JVal *table = t->table;
    size_t *idx = sorted_keys(table);
    for (size_t i = 0; i < table->n; i++) {
        JStr k = table->keys[idx[i]];
        const JVal *v = table->items[idx[i]];
        if (v->type == J_OBJECT) push(children, (Pending){ child_name(t->name, k), v, false });
        else if (is_table_array(v)) {
            const Name *n = child_name(t->name, k);
            for (size_t j = 0; j < v->n; j++) push(children, (Pending){ n, v->items[j], true });
        } else if (v->type == J_NULL) {
            buf_addc(b, '#');
            put_key(b, k);
            buf_adds(b, " = null  # To use: uncomment and replace null with value\n");
            *wrote = true;
        } else {
            put_key(b, k);
            buf_adds(b, " = ");
            if (!put_value(b, v, err)) return false;
            buf_addc(b, '\n');
            *wrote = true;
        }
    }
    return true;
}

static bool put_document(Buf *b, const JVal *root, const char **err)
{
    PendingStack todo = {0};
    push(&todo, (Pending){ NULL, root, false });
    while (todo.n) {
        Pending t = todo.items[--todo.n];
        if (t.name) {
            buf_adds(b, t.is_array ? "[[" : "[");
            put_name(b, t.name);
            buf_adds(b, t.is_array ? "]]\n" : "]\n");
        }
        PendingStack children = {0};
        bool wrote = false;
        if (!put_table_lines(b, &t, &children, &wrote, err)) return false;
        for (size_t i = children.n; i > 0; i--) push(&todo, children.items[i - 1]);
        if ((t.name || wrote) && todo.n) buf_addc(b, '\n');
    }
    return true;
}

const char *json2toml_convert(const char *json, size_t len, char **out, size_t *out_len)
{
    Reader r = { json, json, json + len, NULL, 0 };
    JVal *root = read_document(&r);
    if (!root) return r.err;
    if (root->type != J_OBJECT) return "the JSON value is not an object, so it is no TOML document";
    Buf b = {0};
    const char *err = NULL;
    if (!put_document(&b, root, &err)) return err;
    *out = (char *)buf_cstr(&b);
    *out_len = b.len;
    return NULL;
}
