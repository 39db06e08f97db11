/* prim_json.c: builtins.toJSON and builtins.fromJSON. Nix 2.8 parses JSON with
 * nlohmann::json (3.11) through its SAX interface, so this is a port of that lexer and
 * parser: the same number rules (an integer that fits 64 bits unsigned becomes a Nix
 * integer, wrapping above the signed range; anything else a float), the same UTF-8
 * checks, and the same error messages with their line, column and "last read" text.
 * Parsing uses no recursion, as nlohmann's does not. */
#include "builtins/prim_format.h"
#include "base/mem.h"
#include "eval/print.h"
#include "base/grow.h"
#include "base/utf8.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void prim_toJSON(State *st, Pos pos, Value **args, Value *out)
{
    Buf b = {0};
    Context *ctx = NULL;
    print_json(st, &b, args[0], true, pos, &ctx);
    set_string_buf(out, &b, ctx);
}

/* ---- the lexer ---- */

enum { J_EOF = -1 };

typedef enum {
    TK_UNINITIALIZED, TK_TRUE, TK_FALSE, TK_NULL, TK_STRING, TK_UNSIGNED, TK_INTEGER,
    TK_FLOAT, TK_BEGIN_ARRAY, TK_BEGIN_OBJECT, TK_END_ARRAY, TK_END_OBJECT,
    TK_NAME_SEP, TK_VALUE_SEP, TK_PARSE_ERROR, TK_END_OF_INPUT, TK_LITERAL_OR_VALUE
} Tok;

static const char *token_name(Tok t)
{
    switch (t) {
    case TK_UNINITIALIZED: return "<uninitialized>";
    case TK_TRUE: return "true literal";
    case TK_FALSE: return "false literal";
    case TK_NULL: return "null literal";
    case TK_STRING: return "string literal";
    case TK_UNSIGNED: case TK_INTEGER: case TK_FLOAT: return "number literal";
    case TK_BEGIN_ARRAY: return "'['";
    case TK_BEGIN_OBJECT: return "'{'";
    case TK_END_ARRAY: return "']'";
    case TK_END_OBJECT: return "'}'";
    case TK_NAME_SEP: return "':'";
    case TK_VALUE_SEP: return "','";
    case TK_PARSE_ERROR: return "<parse error>";
    case TK_END_OF_INPUT: return "end of input";
    case TK_LITERAL_OR_VALUE: return "'[', '{', or a literal";
    }
    return "unknown token";
}

typedef struct {
    const unsigned char *s;
    size_t n, idx;
    int current;
    bool next_unget;
    size_t total, col, lines;    /* nlohmann's position_t */
    size_t token_start;          /* where what was read since the last string or number began
                                    (nlohmann's token_string, for messages) starts in s */
    Buf token_buffer;            /* the value of a string or number */
    const char *error_message;
    int64_t v_int;
    uint64_t v_uns;
    double v_float;
} JLexer;

static int get(JLexer *l)
{
    l->total++;
    l->col++;
    if (l->next_unget) l->next_unget = false;
    else l->current = l->idx < l->n ? l->s[l->idx++] : J_EOF;
    if (l->current == '\n') { l->lines++; l->col = 0; }
    return l->current;
}

static void unget(JLexer *l)
{
    l->next_unget = true;
    l->total--;
    if (l->col == 0) { if (l->lines > 0) l->lines--; }
    else l->col--;
}

/* The end in s of what was read: a byte given back by unget is not read yet. */
static size_t read_end(const JLexer *l) { return l->idx - (l->next_unget && l->current != J_EOF); }

static void add(JLexer *l, int c) { buf_addc(&l->token_buffer, (char)c); }

static void reset(JLexer *l)
{
    l->token_buffer.len = 0;
    l->token_start = l->idx - 1;   /* the current byte, just read */
}

static int get_codepoint(JLexer *l)
{
    int cp = 0;
    for (int shift = 12; shift >= 0; shift -= 4) {
        int c = get(l);
        if (c >= '0' && c <= '9') cp += (c - '0') << shift;
        else if (c >= 'A' && c <= 'F') cp += (c - 'A' + 10) << shift;
        else if (c >= 'a' && c <= 'f') cp += (c - 'a' + 10) << shift;
        else return -1;
    }
    return cp;
}

/* Adds the current byte, then checks that the following ones fall in the ranges. */
static bool next_byte_in_range(JLexer *l, const int *ranges, int n)
{
    add(l, l->current);
    for (int i = 0; i < n; i += 2) {
        int c = get(l);
        if (ranges[i] <= c && c <= ranges[i + 1]) add(l, c);
        else {
            l->error_message = "invalid string: ill-formed UTF-8 byte";
            return false;
        }
    }
    return true;
}

static void add_utf8(JLexer *l, unsigned cp)
{
    char u[4];
    buf_add(&l->token_buffer, u, utf8_encode(u, cp));
}

static Tok scan_escape(JLexer *l)
{
    switch (get(l)) {
    case '"': add(l, '"'); return TK_STRING;
    case '\\': add(l, '\\'); return TK_STRING;
    case '/': add(l, '/'); return TK_STRING;
    case 'b': add(l, '\b'); return TK_STRING;
    case 'f': add(l, '\f'); return TK_STRING;
    case 'n': add(l, '\n'); return TK_STRING;
    case 'r': add(l, '\r'); return TK_STRING;
    case 't': add(l, '\t'); return TK_STRING;
    case 'u': {
        int cp1 = get_codepoint(l), cp = cp1;
        if (cp1 == -1) {
            l->error_message = "invalid string: '\\u' must be followed by 4 hex digits";
            return TK_PARSE_ERROR;
        }
        if (cp1 >= 0xD800 && cp1 <= 0xDBFF) {
            if (get(l) == '\\' && get(l) == 'u') {
                int cp2 = get_codepoint(l);
                if (cp2 == -1) {
                    l->error_message = "invalid string: '\\u' must be followed by 4 hex digits";
                    return TK_PARSE_ERROR;
                }
                if (cp2 < 0xDC00 || cp2 > 0xDFFF) {
                    l->error_message = "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF";
                    return TK_PARSE_ERROR;
                }
                cp = (int)(((unsigned)cp1 << 10) + (unsigned)cp2 - 0x35FDC00u);
            } else {
                l->error_message = "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF";
                return TK_PARSE_ERROR;
            }
        } else if (cp1 >= 0xDC00 && cp1 <= 0xDFFF) {
            l->error_message = "invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF";
            return TK_PARSE_ERROR;
        }
        add_utf8(l, (unsigned)cp);
        return TK_STRING;
    }
    default:
        l->error_message = "invalid string: forbidden character after backslash";
        return TK_PARSE_ERROR;
    }
}

static const char *const control_names[32] = {
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR",
    "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB",
    "ESC", "FS", "GS", "RS", "US",
};

/* How many bytes from s on need no escape decoding or message: JSON's plain runs
 * (json_plain_run) and well-formed UTF-8 sequences. The lexer copies them at once, which is
 * what reading them one by one would have done. */
static size_t plain_run(const unsigned char *s, size_t n)
{
    size_t i = 0, at;
    bool incomplete;
    for (;;) {
        i += json_plain_run((const char *)s + i, n - i);
        if (i == n || s[i] < 0x80) return i;
        unsigned c = s[i];
        size_t k = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (k > n - i || !utf8_valid(s + i, k, &at, &incomplete)) return i;
        i += k;
    }
}

/* Reads n plain bytes as n calls of get would (none is a newline). */
static void take_run(JLexer *l, size_t n)
{
    buf_add(&l->token_buffer, (const char *)l->s + l->idx, n);
    l->idx += n;
    l->total += n;
    l->col += n;
    l->current = l->s[l->idx - 1];
}

static Tok scan_string(JLexer *l)
{
    static const int r1[] = { 0x80, 0xBF }, r_e0[] = { 0xA0, 0xBF, 0x80, 0xBF },
        r2[] = { 0x80, 0xBF, 0x80, 0xBF }, r_ed[] = { 0x80, 0x9F, 0x80, 0xBF },
        r_f0[] = { 0x90, 0xBF, 0x80, 0xBF, 0x80, 0xBF }, r3[] = { 0x80, 0xBF, 0x80, 0xBF, 0x80, 0xBF },
        r_f4[] = { 0x80, 0x8F, 0x80, 0xBF, 0x80, 0xBF };
    static char msg[32][96];
    reset(l);
    for (;;) {
        /* no byte is given back inside a string, so the next one is s[idx] */
        size_t run = plain_run(l->s + l->idx, l->n - l->idx);
        if (run) take_run(l, run);
        int c = get(l);
        if (c == J_EOF) { l->error_message = "invalid string: missing closing quote"; return TK_PARSE_ERROR; }
        if (c == '"') return TK_STRING;
        if (c == '\\') {
            if (scan_escape(l) == TK_PARSE_ERROR) return TK_PARSE_ERROR;
            continue;
        }
        if (c < 0x20) {
            if (!msg[c][0]) {
                const char *alt = c == 8 ? "b" : c == 9 ? "t" : c == 10 ? "n" : c == 12 ? "f" : c == 13 ? "r" : NULL;
                snprintf(msg[c], sizeof msg[c],
                         "invalid string: control character U+%04X (%s) must be escaped to \\u%04X%s%s",
                         c, control_names[c], c, alt ? " or \\" : "", alt ? alt : "");
            }
            l->error_message = msg[c];
            return TK_PARSE_ERROR;
        }
        bool ok = true;
        if (c < 0x80) add(l, c);
        else if (c >= 0xC2 && c <= 0xDF) ok = next_byte_in_range(l, r1, 2);
        else if (c == 0xE0) ok = next_byte_in_range(l, r_e0, 4);
        else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) ok = next_byte_in_range(l, r2, 4);
        else if (c == 0xED) ok = next_byte_in_range(l, r_ed, 4);
        else if (c == 0xF0) ok = next_byte_in_range(l, r_f0, 6);
        else if (c >= 0xF1 && c <= 0xF3) ok = next_byte_in_range(l, r3, 6);
        else if (c == 0xF4) ok = next_byte_in_range(l, r_f4, 6);
        else { l->error_message = "invalid string: ill-formed UTF-8 byte"; ok = false; }
        if (!ok) return TK_PARSE_ERROR;
    }
}

static bool is_digit(int c) { return c >= '0' && c <= '9'; }

/* The number automaton of RFC 8259, then strtoull / strtoll / strtod on the text. */
static Tok scan_number(JLexer *l)
{
    reset(l);
    Tok type = TK_UNSIGNED;
    int c = l->current;
    add(l, c);
    if (c == '-') {
        type = TK_INTEGER;
        c = get(l);
        if (!is_digit(c)) { l->error_message = "invalid number; expected digit after '-'"; return TK_PARSE_ERROR; }
        add(l, c);
    }
    if (c != '0')
        while (is_digit(c = get(l))) add(l, c);
    else
        c = get(l);
    if (c == '.') {
        type = TK_FLOAT;
        add(l, '.');
        c = get(l);
        if (!is_digit(c)) { l->error_message = "invalid number; expected digit after '.'"; return TK_PARSE_ERROR; }
        add(l, c);
        while (is_digit(c = get(l))) add(l, c);
    }
    if (c == 'e' || c == 'E') {
        type = TK_FLOAT;
        add(l, c);
        c = get(l);
        if (c == '+' || c == '-') {
            add(l, c);
            c = get(l);
            if (!is_digit(c)) { l->error_message = "invalid number; expected digit after exponent sign"; return TK_PARSE_ERROR; }
        } else if (!is_digit(c)) {
            l->error_message = "invalid number; expected '+', '-', or digit after exponent";
            return TK_PARSE_ERROR;
        }
        add(l, c);
        while (is_digit(c = get(l))) add(l, c);
    }
    unget(l);
    const char *text = buf_cstr(&l->token_buffer);
    errno = 0;
    if (type == TK_UNSIGNED) {
        unsigned long long x = strtoull(text, NULL, 10);
        if (errno == 0) { l->v_uns = x; return TK_UNSIGNED; }
    } else if (type == TK_INTEGER) {
        long long x = strtoll(text, NULL, 10);
        if (errno == 0) { l->v_int = x; return TK_INTEGER; }
    }
    l->v_float = strtod(text, NULL);
    return TK_FLOAT;
}

static Tok scan_literal(JLexer *l, const char *lit, Tok t)
{
    for (size_t i = 1; lit[i]; i++)
        if (get(l) != (unsigned char)lit[i]) { l->error_message = "invalid literal"; return TK_PARSE_ERROR; }
    return t;
}

static Tok scan(JLexer *l)
{
    if (l->total == 0) {
        /* a byte order mark is skipped */
        if (get(l) == 0xEF) {
            if (!(get(l) == 0xBB && get(l) == 0xBF)) {
                l->error_message = "invalid BOM; must be 0xEF 0xBB 0xBF if given";
                return TK_PARSE_ERROR;
            }
        } else unget(l);
    }
    int c;
    do c = get(l); while (c == ' ' || c == '\t' || c == '\n' || c == '\r');
    switch (c) {
    case '[': return TK_BEGIN_ARRAY;
    case ']': return TK_END_ARRAY;
    case '{': return TK_BEGIN_OBJECT;
    case '}': return TK_END_OBJECT;
    case ':': return TK_NAME_SEP;
    case ',': return TK_VALUE_SEP;
    case 't': return scan_literal(l, "true", TK_TRUE);
    case 'f': return scan_literal(l, "false", TK_FALSE);
    case 'n': return scan_literal(l, "null", TK_NULL);
    case '"': return scan_string(l);
    case '-': case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
    case '8': case '9':
        return scan_number(l);
    case 0: case J_EOF: return TK_END_OF_INPUT;
    default:
        l->error_message = "invalid literal";
        return TK_PARSE_ERROR;
    }
}

/* ---- the parser (nlohmann's sax_parse_internal, building Nix values) ---- */

typedef struct {
    bool is_array;
    Value **items;      /* arrays */
    uint32_t n, cap;
    AttrsBuilder ab;    /* objects */
    Sym key;
} Container;

typedef struct {
    State *st;
    Pos pos;
    JLexer lex;
    Tok last;
    Container *stack;
    size_t depth, cap;
    Value *root;
} JParser;

static Tok next_token(JParser *p) { return p->last = scan(&p->lex); }

/* get_token_string: control characters shown as <U+XXXX> */
static void token_string(JLexer *l, Buf *b)
{
    for (size_t i = l->token_start; i < read_end(l); i++) {
        unsigned char c = l->s[i];
        if (c <= 0x1F) buf_printf(b, "<U+%04X>", c);
        else buf_addc(b, (char)c);
    }
}

static _Noreturn void fail_msg(JParser *p, const char *msg)
{
    eval_push_frame(p->st, (Frame){ FR_TEXT, p->pos, 0, "while decoding a JSON string", 0 });
    eval_error(p->st, ERR_EVAL, NO_POS, "%s", msg);
}

static _Noreturn void syntax_error(JParser *p, Tok expected, const char *context)
{
    JLexer *l = &p->lex;
    Buf b = {0};
    buf_printf(&b, "[json.exception.parse_error.101] parse error at line %zu, column %zu: syntax error ",
               l->lines + 1, l->col);
    if (context) buf_printf(&b, "while parsing %s ", context);
    buf_adds(&b, "- ");
    if (p->last == TK_PARSE_ERROR) {
        buf_printf(&b, "%s; last read: '", l->error_message);
        token_string(l, &b);
        buf_addc(&b, '\'');
    } else {
        buf_printf(&b, "unexpected %s", token_name(p->last));
    }
    if (expected != TK_UNINITIALIZED) buf_printf(&b, "; expected %s", token_name(expected));
    fail_msg(p, buf_cstr(&b));
}

/* A string value ends at a NUL byte, as Nix 2.8's C strings do (today's Nix: an error). */
static Value *string_value(State *st, JLexer *l)
{
    eval_forbid_nul(st, NO_POS, "", l->token_buffer.s ? l->token_buffer.s : "", l->token_buffer.len);
    size_t n = strnlen(l->token_buffer.s ? l->token_buffer.s : "", l->token_buffer.len);
    return val_string(mem_strndup(l->token_buffer.s ? l->token_buffer.s : "", n), n, NULL);
}

static void add_value(JParser *p, Value *v)
{
    if (!p->depth) { p->root = v; return; }
    Container *c = &p->stack[p->depth - 1];
    if (c->is_array) {
        GROW(mem_alloc, c->items, c->n, c->cap, 8);
        c->items[c->n++] = v;
    } else {
        ab_add(&c->ab, c->key, v, NO_POS);
    }
}

static Container *push_container(JParser *p, bool is_array)
{
    GROW(mem_alloc, p->stack, p->depth, p->cap, 16);
    Container *c = &p->stack[p->depth++];
    memset(c, 0, sizeof *c);
    c->is_array = is_array;
    if (!is_array) ab_init(&c->ab, 4);
    return c;
}

static void pop_container(JParser *p)
{
    Container *c = &p->stack[--p->depth];
    Value *v = val_alloc();
    if (c->is_array) {
        Value **l = list_alloc(c->n);
        if (c->n) memcpy(l, c->items, c->n * sizeof *l);
        set_list(v, l, c->n);
    } else {
        /* a key given twice keeps its last value */
        set_attrs(v, ab_finish(&c->ab, false));
    }
    add_value(p, v);
}

static void object_key(JParser *p)
{
    Container *c = &p->stack[p->depth - 1];
    eval_forbid_nul(p->st, NO_POS, "", p->lex.token_buffer.s ? p->lex.token_buffer.s : "", p->lex.token_buffer.len);
    c->key = sym_intern(p->lex.token_buffer.s ? p->lex.token_buffer.s : "", p->lex.token_buffer.len);
}

static void parse(JParser *p)
{
    bool skip_to_state = false;
    for (;;) {
        if (!skip_to_state) {
            switch (p->last) {
            case TK_BEGIN_OBJECT:
                push_container(p, false);
                if (next_token(p) == TK_END_OBJECT) { pop_container(p); break; }
                if (p->last != TK_STRING) syntax_error(p, TK_STRING, "object key");
                object_key(p);
                if (next_token(p) != TK_NAME_SEP) syntax_error(p, TK_NAME_SEP, "object separator");
                next_token(p);
                continue;
            case TK_BEGIN_ARRAY:
                push_container(p, true);
                if (next_token(p) == TK_END_ARRAY) { pop_container(p); break; }
                continue;
            case TK_FLOAT: {
                double f = p->lex.v_float;
                if (!isfinite(f)) {
                    Buf b = {0};
                    buf_adds(&b, "[json.exception.out_of_range.406] number overflow parsing '");
                    token_string(&p->lex, &b);
                    buf_addc(&b, '\'');
                    fail_msg(p, buf_cstr(&b));
                }
                add_value(p, val_float(f));
                break;
            }
            case TK_FALSE: add_value(p, val_bool(false)); break;
            case TK_TRUE: add_value(p, val_bool(true)); break;
            case TK_NULL: add_value(p, val_null()); break;
            case TK_INTEGER: add_value(p, val_int(p->lex.v_int)); break;
            /* above INT64_MAX it wraps, as Nix 2.8 stores the unsigned value in an int64 */
            case TK_UNSIGNED:
                if (p->lex.v_uns > INT64_MAX && eval_compat_current(p->st))
                    eval_error(p->st, ERR_EVAL, NO_POS, "unsigned json number %llu outside of Nix integer range", (unsigned long long)p->lex.v_uns);
                add_value(p, val_int((int64_t)p->lex.v_uns));
                break;
            case TK_STRING: add_value(p, string_value(p->st, &p->lex)); break;
            case TK_PARSE_ERROR: syntax_error(p, TK_UNINITIALIZED, "value");
            default: syntax_error(p, TK_LITERAL_OR_VALUE, "value");
            }
        } else {
            skip_to_state = false;
        }
        if (!p->depth) return;
        Container *c = &p->stack[p->depth - 1];
        if (c->is_array) {
            if (next_token(p) == TK_VALUE_SEP) { next_token(p); continue; }
            if (p->last == TK_END_ARRAY) { pop_container(p); skip_to_state = true; continue; }
            syntax_error(p, TK_END_ARRAY, "array");
        }
        if (next_token(p) == TK_VALUE_SEP) {
            if (next_token(p) != TK_STRING) syntax_error(p, TK_STRING, "object key");
            object_key(p);
            if (next_token(p) != TK_NAME_SEP) syntax_error(p, TK_NAME_SEP, "object separator");
            next_token(p);
            continue;
        }
        if (p->last == TK_END_OBJECT) { pop_container(p); skip_to_state = true; continue; }
        syntax_error(p, TK_END_OBJECT, "object");
    }
}

void prim_fromJSON(State *st, Pos pos, Value **args, Value *out)
{
    size_t n;
    const char *s = force_string_noctx(st, args[0], pos, &n);
    JParser p;
    memset(&p, 0, sizeof p);
    p.st = st;
    p.pos = pos;
    p.lex.s = (const unsigned char *)s;
    p.lex.n = n;
    p.lex.current = J_EOF;
    p.lex.error_message = "";
    next_token(&p);
    parse(&p);
    if (next_token(&p) != TK_END_OF_INPUT) syntax_error(&p, TK_END_OF_INPUT, "value");
    *out = *p.root;
}
