/* prim_toml.c: builtins.fromTOML. Nix 2.8 parses TOML with the toml11 library it
 * vendors (toml::parse on the string, under the file name "fromTOML"), so this is a port
 * of toml11's lexer combinators and parser: the same acceptance (including its quirks),
 * the same numbers (decimal, hex and octal saturate, binary wraps, overflowing floats
 * become the largest double), and the same error messages, source excerpts included.
 * Dates and times parse but are refused afterwards, as Nix has no such values. */
#include "builtins/prim_format.h"
#include "base/mem.h"
#include "base/grow.h"
#include "base/utf8.h"
#include "base/strtab.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- sources and locations (toml11's location and region) ---- */

typedef struct {
    const char *s;
    size_t n;
    const char *name;
} TSrc;

/* A position that keeps its line number up to date, as toml11's location does. */
typedef struct {
    const TSrc *src;
    size_t it, line;
} Loc;

/* A stretch of a source; src NULL stands for toml11's "unknown" region_base. */
typedef struct {
    const TSrc *src;
    size_t first, last;
} Reg;

static size_t count_nl(const TSrc *src, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++) n += src->s[i] == '\n';
    return n;
}

static bool at_end(const Loc *l) { return l->it >= l->src->n; }
static int cur(const Loc *l) { return at_end(l) ? -1 : (unsigned char)l->src->s[l->it]; }
static int peek(const Loc *l, size_t k) { return l->it + k < l->src->n ? (unsigned char)l->src->s[l->it + k] : -1; }

static void advance(Loc *l, size_t n)
{
    l->line += count_nl(l->src, l->it, l->it + n);
    l->it += n;
}

static void reset(Loc *l, size_t to)
{
    if (to <= l->it) l->line -= count_nl(l->src, to, l->it);
    else l->line += count_nl(l->src, l->it, to);
    l->it = to;
}

static Loc new_loc(const char *name, const char *s, size_t n)
{
    TSrc *src = mem_alloc(sizeof *src);
    src->s = s;
    src->n = n;
    src->name = name;
    return (Loc){ src, 0, 1 };
}

static Reg reg_of(const Loc *l, size_t first) { return (Reg){ l->src, first, l->it }; }
static const char *reg_str(const Reg *r, size_t *len)
{
    if (!r->src) { *len = 14; return "unknown region"; }
    *len = r->last - r->first;
    return r->src->s + r->first;
}

/* ---- error messages (format_underline) ---- */

/* What source_location keeps of a location or region. */
typedef struct {
    unsigned long line, column, size;
    const char *file;
    const char *text;   /* the line shown */
    size_t text_len;
} SrcLoc;

static SrcLoc at_loc(const Loc *l)
{
    const char *s = l->src->s;
    size_t b = l->it, e = l->it;
    while (b > 0 && s[b - 1] != '\n') b--;
    while (e < l->src->n && s[e] != '\n') e++;
    return (SrcLoc){ l->line, l->it - b + 1, 1, l->src->name, s + b, e - b };
}

static SrcLoc at_reg(const Reg *r)
{
    if (!r->src) return (SrcLoc){ 1, 1, 0, "unknown file", "unknown line", 12 };
    const char *s = r->src->s;
    size_t b = r->first;
    while (b > 0 && s[b - 1] != '\n') b--;
    size_t e;
    const char *nl = memchr(s + b, '\n', r->last - b);
    if (r->first < r->last && memchr(s + r->first, '\n', r->last - r->first) && nl) e = (size_t)(nl - s);
    else {
        e = r->last;
        while (e < r->src->n && s[e] != '\n') e++;
    }
    return (SrcLoc){ 1 + count_nl(r->src, 0, r->first), r->first - b + 1, r->last - r->first,
                     r->src->name, s + b, e - b };
}

typedef struct {
    const char *msg;
    int n;
    SrcLoc at[3];
    const char *com[3];
    int nhints;
    const char *const *hints;
} TErr;

static void spaces(Buf *b, size_t n) { for (size_t i = 0; i < n; i++) buf_addc(b, ' '); }

static const char *format_underline(const TErr *e)
{
    size_t width = 0;
    for (int i = 0; i < e->n; i++) {
        size_t d = 0;
        for (unsigned long x = e->at[i].line; x; x /= 10) d++;
        if (d > width) width = d;
    }
    if (width < 1) width = 1;
    Buf b = {0};
    if (strlen(e->msg) > 7 && !strncmp(e->msg, "[error]", 7)) buf_printf(&b, "[error]%s\n", e->msg + 7);
    else buf_printf(&b, "[error] %s\n", e->msg);
    for (int i = 0; i < e->n; i++) {
        const SrcLoc *at = &e->at[i];
        if (i == 0 || strcmp(e->at[i - 1].file, at->file)) {
            if (i) buf_addc(&b, '\n');
            buf_printf(&b, " --> %s\n", at->file);
            spaces(&b, width + 1);
            buf_adds(&b, " |\n");
        } else {
            buf_adds(&b, "\n ...\n");
        }
        buf_printf(&b, " %*lu | ", (int)width, at->line);
        buf_add(&b, at->text, at->text_len);
        buf_addc(&b, '\n');
        spaces(&b, width + 1);
        buf_adds(&b, " | ");
        spaces(&b, at->column - 1);
        if (at->size == 1) buf_adds(&b, "^---");
        else for (size_t k = 0; k < at->size && k < at->text_len; k++) buf_addc(&b, '~');
        buf_addc(&b, ' ');
        buf_adds(&b, e->com[i]);
    }
    if (e->nhints) {
        buf_addc(&b, '\n');
        spaces(&b, width + 1);
        buf_adds(&b, " |");
        for (int i = 0; i < e->nhints; i++) buf_printf(&b, "\nHint: %s", e->hints[i]);
    }
    return buf_cstr(&b);
}

static TErr *err1(const char *msg, SrcLoc at, const char *com)
{
    TErr *e = mem_alloc(sizeof *e);
    e->msg = msg;
    e->n = 1;
    e->at[0] = at;
    e->com[0] = com;
    return e;
}

static TErr *err_hints(const char *msg, SrcLoc at, const char *com, int nhints, const char *const *hints)
{
    TErr *e = err1(msg, at, com);
    e->nhints = nhints;
    e->hints = hints;
    return e;
}

static const char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
static const char *fmt(const char *f, ...)
{
    Buf b = {0};
    va_list ap;
    va_start(ap, f);
    buf_vprintf(&b, f, ap);
    va_end(ap);
    return buf_cstr(&b);
}

/* The parse, for raising errors. */
typedef struct {
    State *st;
    Pos pos;
} Ctx;

static Ctx *g_ctx;

/* A thrown toml11 exception: what() becomes Nix's message. */
static _Noreturn void throw_msg(const char *what)
{
    eval_error(g_ctx->st, ERR_EVAL, g_ctx->pos, "while parsing a TOML string: %s", what);
}

static _Noreturn void throw_err(const TErr *e) { throw_msg(format_underline(e)); }

static void check_depth(void)
{
    if (stack_low(64 * 1024))
        eval_error(g_ctx->st, ERR_STACK_OVERFLOW, g_ctx->pos, "stack overflow (possible infinite recursion)");
}

/* ---- the lexers (lexer.hpp); each advances on a match and moves nothing otherwise ---- */

typedef bool TLexFn(Loc *l);

static bool ch(Loc *l, int c)
{
    if (cur(l) != c) return false;
    advance(l, 1);
    return true;
}

static bool range(Loc *l, int lo, int hi)
{
    int c = cur(l);
    if (c < lo || c > hi) return false;
    advance(l, 1);
    return true;
}

static bool lit(Loc *l, const char *s)
{
    size_t n = strlen(s);
    if (l->src->n - l->it < n || memcmp(l->src->s + l->it, s, n)) return false;
    advance(l, n);
    return true;
}

/* repeat<lex, unlimited> */
static void many(Loc *l, TLexFn *lex) { while (lex(l)) ; }

static bool lx_wschar(Loc *l) { return ch(l, ' ') || ch(l, '\t'); }
static bool lx_ws(Loc *l) { if (!lx_wschar(l)) return false; many(l, lx_wschar); return true; }
static bool lx_newline(Loc *l) { return ch(l, '\n') || lit(l, "\r\n"); }
static bool lx_digit(Loc *l) { return range(l, '0', '9'); }
static bool lx_hexdig(Loc *l) { return range(l, '0', '9') || range(l, 'A', 'F') || range(l, 'a', 'f'); }
static bool lx_octdig(Loc *l) { return range(l, '0', '7'); }
static bool lx_bindig(Loc *l) { return range(l, '0', '1'); }

/* lex(|_ lex): a digit, or an underscore followed by one */
static bool digit_or_us(Loc *l, TLexFn *dig)
{
    if (dig(l)) return true;
    size_t s = l->it;
    if (ch(l, '_') && dig(l)) return true;
    reset(l, s);
    return false;
}
static bool lx_dec_us(Loc *l) { return digit_or_us(l, lx_digit); }
static bool lx_hex_us(Loc *l) { return digit_or_us(l, lx_hexdig); }
static bool lx_oct_us(Loc *l) { return digit_or_us(l, lx_octdig); }
static bool lx_bin_us(Loc *l) { return digit_or_us(l, lx_bindig); }

static bool lx_unsigned_dec_int(Loc *l)
{
    size_t s = l->it;
    if (range(l, '1', '9') && lx_dec_us(l)) { many(l, lx_dec_us); return true; }
    reset(l, s);
    return lx_digit(l);
}

static bool lx_dec_int(Loc *l)
{
    size_t s = l->it;
    if (!ch(l, '+')) ch(l, '-');
    if (lx_unsigned_dec_int(l)) return true;
    reset(l, s);
    return false;
}

static bool prefixed_int(Loc *l, const char *prefix, TLexFn *dig, TLexFn *dig_us)
{
    size_t s = l->it;
    if (lit(l, prefix) && dig(l)) { many(l, dig_us); return true; }
    reset(l, s);
    return false;
}
static bool lx_hex_int(Loc *l) { return prefixed_int(l, "0x", lx_hexdig, lx_hex_us); }
static bool lx_oct_int(Loc *l) { return prefixed_int(l, "0o", lx_octdig, lx_oct_us); }
static bool lx_bin_int(Loc *l) { return prefixed_int(l, "0b", lx_bindig, lx_bin_us); }
static bool lx_integer(Loc *l) { return lx_bin_int(l) || lx_oct_int(l) || lx_hex_int(l) || lx_dec_int(l); }

static bool lx_zero_prefixable_int(Loc *l)
{
    if (!lx_digit(l)) return false;
    many(l, lx_dec_us);
    return true;
}

static bool lx_fractional_part(Loc *l)
{
    size_t s = l->it;
    if (ch(l, '.') && lx_zero_prefixable_int(l)) return true;
    reset(l, s);
    return false;
}

static bool lx_exponent_part(Loc *l)
{
    size_t s = l->it;
    if (ch(l, 'e') || ch(l, 'E')) {
        if (!ch(l, '+')) ch(l, '-');
        if (lx_zero_prefixable_int(l)) return true;
    }
    reset(l, s);
    return false;
}

static bool lx_special_float(Loc *l)
{
    size_t s = l->it;
    if (!ch(l, '+')) ch(l, '-');
    if (lit(l, "inf") || lit(l, "nan")) return true;
    reset(l, s);
    return false;
}

static bool lx_float(Loc *l)
{
    if (lx_special_float(l)) return true;
    size_t s = l->it;
    if (lx_dec_int(l)) {
        if (lx_exponent_part(l)) return true;
        if (lx_fractional_part(l)) { lx_exponent_part(l); return true; }
    }
    reset(l, s);
    return false;
}

static bool lx_boolean(Loc *l) { return lit(l, "true") || lit(l, "false"); }

static bool digits(Loc *l, int n)
{
    size_t s = l->it;
    for (int i = 0; i < n; i++)
        if (!lx_digit(l)) { reset(l, s); return false; }
    return true;
}

static bool lx_full_date(Loc *l)
{
    size_t s = l->it;
    if (digits(l, 4) && ch(l, '-') && digits(l, 2) && ch(l, '-') && digits(l, 2)) return true;
    reset(l, s);
    return false;
}

static bool lx_time_secfrac(Loc *l)
{
    size_t s = l->it;
    if (ch(l, '.') && lx_digit(l)) { many(l, lx_digit); return true; }
    reset(l, s);
    return false;
}

static bool lx_partial_time(Loc *l)
{
    size_t s = l->it;
    if (digits(l, 2) && ch(l, ':') && digits(l, 2) && ch(l, ':') && digits(l, 2)) {
        lx_time_secfrac(l);
        return true;
    }
    reset(l, s);
    return false;
}

static bool lx_time_numoffset(Loc *l)
{
    size_t s = l->it;
    if ((ch(l, '+') || ch(l, '-')) && digits(l, 2) && ch(l, ':') && digits(l, 2)) return true;
    reset(l, s);
    return false;
}

static bool lx_time_delim(Loc *l) { return ch(l, 'T') || ch(l, 't') || ch(l, ' '); }

static bool lx_offset_date_time(Loc *l)
{
    size_t s = l->it;
    if (lx_full_date(l) && lx_time_delim(l) && lx_partial_time(l)
        && (ch(l, 'Z') || ch(l, 'z') || lx_time_numoffset(l)))
        return true;
    reset(l, s);
    return false;
}

static bool lx_local_date_time(Loc *l)
{
    size_t s = l->it;
    if (lx_full_date(l) && lx_time_delim(l) && lx_partial_time(l)) return true;
    reset(l, s);
    return false;
}

/* exclude<...>: one character that does not start a match of the excluded set */
static bool excluded_ctl(int c) { return (c >= 0 && c <= 0x08) || (c >= 0x0A && c <= 0x1F) || c == 0x7F; }

static bool lx_basic_unescaped(Loc *l)
{
    int c = cur(l);
    if (c < 0 || excluded_ctl(c) || c == '"' || c == '\\') return false;
    advance(l, 1);
    return true;
}

static bool lx_ml_basic_unescaped(Loc *l)
{
    int c = cur(l);
    if (c < 0 || excluded_ctl(c) || c == '\\') return false;
    if (c == '"' && peek(l, 1) == '"' && peek(l, 2) == '"') return false;
    advance(l, 1);
    return true;
}

static bool lx_literal_char(Loc *l)
{
    int c = cur(l);
    if (c < 0 || excluded_ctl(c) || c == '\'') return false;
    advance(l, 1);
    return true;
}

static bool lx_ml_literal_char(Loc *l)
{
    int c = cur(l);
    if (c < 0 || excluded_ctl(c)) return false;
    if (c == '\'' && peek(l, 1) == '\'' && peek(l, 2) == '\'') return false;
    advance(l, 1);
    return true;
}

static bool hex_run(Loc *l, char first, int n)
{
    size_t s = l->it;
    if (ch(l, first)) {
        int i = 0;
        while (i < n && lx_hexdig(l)) i++;
        if (i == n) return true;
    }
    reset(l, s);
    return false;
}
static bool lx_escape_unicode_short(Loc *l) { return hex_run(l, 'u', 4); }
static bool lx_escape_unicode_long(Loc *l) { return hex_run(l, 'U', 8); }

static bool lx_escaped(Loc *l)
{
    size_t s = l->it;
    if (ch(l, '\\')) {
        int c = cur(l);
        if (c == '"' || c == '\\' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't') {
            advance(l, 1);
            return true;
        }
        if (lx_escape_unicode_short(l) || lx_escape_unicode_long(l)) return true;
    }
    reset(l, s);
    return false;
}

static bool lx_basic_char(Loc *l) { return lx_basic_unescaped(l) || lx_escaped(l); }

static bool lx_basic_string(Loc *l)
{
    size_t s = l->it;
    if (ch(l, '"')) {
        many(l, lx_basic_char);
        if (ch(l, '"')) return true;
    }
    reset(l, s);
    return false;
}

static bool lx_ws_or_newline(Loc *l) { return lx_ws(l) || lx_newline(l); }

static bool lx_ml_basic_escaped_newline(Loc *l)
{
    size_t s = l->it;
    if (ch(l, '\\')) {
        lx_ws(l);
        if (lx_newline(l)) { many(l, lx_ws_or_newline); return true; }
    }
    reset(l, s);
    return false;
}

static bool lx_ml_basic_body_item(Loc *l)
{
    return lx_ml_basic_unescaped(l) || lx_escaped(l) || lx_newline(l) || lx_ml_basic_escaped_newline(l);
}

/* three to five quotes; the extra ones belong to the string */
static bool quote_close(Loc *l, int q)
{
    size_t s = l->it;
    if (ch(l, q) && ch(l, q) && ch(l, q)) {
        if (ch(l, q)) ch(l, q);
        return true;
    }
    reset(l, s);
    return false;
}

static bool lx_ml_basic_string(Loc *l)
{
    size_t s = l->it;
    if (lit(l, "\"\"\"")) {
        many(l, lx_ml_basic_body_item);
        if (quote_close(l, '"')) return true;
    }
    reset(l, s);
    return false;
}

static bool lx_literal_string(Loc *l)
{
    size_t s = l->it;
    if (ch(l, '\'')) {
        many(l, lx_literal_char);
        if (ch(l, '\'')) return true;
    }
    reset(l, s);
    return false;
}

static bool lx_ml_literal_body_item(Loc *l) { return lx_ml_literal_char(l) || lx_newline(l); }

static bool lx_ml_literal_string(Loc *l)
{
    size_t s = l->it;
    if (lit(l, "'''")) {
        many(l, lx_ml_literal_body_item);
        if (quote_close(l, '\'')) return true;
    }
    reset(l, s);
    return false;
}

static bool lx_unquoted_key_char(Loc *l)
{
    int c = cur(l);
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
        return false;
    advance(l, 1);
    return true;
}

static bool lx_unquoted_key(Loc *l)
{
    if (!lx_unquoted_key_char(l)) return false;
    many(l, lx_unquoted_key_char);
    return true;
}

static bool lx_simple_key(Loc *l) { return lx_unquoted_key(l) || lx_basic_string(l) || lx_literal_string(l); }

static bool lx_dot_sep_key(Loc *l)
{
    size_t s = l->it;
    lx_ws(l);
    if (ch(l, '.')) {
        lx_ws(l);
        if (lx_simple_key(l)) return true;
    }
    reset(l, s);
    return false;
}

static bool lx_dotted_key(Loc *l)
{
    size_t s = l->it;
    if (lx_simple_key(l) && lx_dot_sep_key(l)) { many(l, lx_dot_sep_key); return true; }
    reset(l, s);
    return false;
}

static bool lx_key(Loc *l) { return lx_dotted_key(l) || lx_simple_key(l); }

static bool lx_keyval_sep(Loc *l)
{
    size_t s = l->it;
    lx_ws(l);
    if (ch(l, '=')) { lx_ws(l); return true; }
    reset(l, s);
    return false;
}

static bool lx_std_table(Loc *l)
{
    size_t s = l->it;
    if (ch(l, '[')) {
        lx_ws(l);
        if (lx_key(l)) {
            lx_ws(l);
            if (ch(l, ']')) return true;
        }
    }
    reset(l, s);
    return false;
}

static bool lx_array_table(Loc *l)
{
    size_t s = l->it;
    if (lit(l, "[[")) {
        lx_ws(l);
        if (lx_key(l)) {
            lx_ws(l);
            if (lit(l, "]]")) return true;
        }
    }
    reset(l, s);
    return false;
}

/* the continuation bytes of a UTF-8 sequence after a lead byte in [lo0, hi0] */
static bool utf8_seq(Loc *l, int lo0, int hi0, int lo1, int hi1, int more)
{
    size_t s = l->it;
    if (range(l, lo0, hi0) && range(l, lo1, hi1)) {
        int i = 0;
        while (i < more && range(l, 0x80, 0xBF)) i++;
        if (i == more) return true;
    }
    reset(l, s);
    return false;
}

static bool lx_utf8_2(Loc *l) { return utf8_seq(l, 0xC2, 0xDF, 0x80, 0xBF, 0); }
static bool lx_utf8_3(Loc *l)
{
    return utf8_seq(l, 0xE0, 0xE0, 0xA0, 0xBF, 1) || utf8_seq(l, 0xE1, 0xEC, 0x80, 0xBF, 1)
        || utf8_seq(l, 0xED, 0xED, 0x80, 0x9F, 1) || utf8_seq(l, 0xEE, 0xEF, 0x80, 0xBF, 1);
}
static bool lx_utf8_4(Loc *l)
{
    return utf8_seq(l, 0xF0, 0xF0, 0x90, 0xBF, 2) || utf8_seq(l, 0xF1, 0xF3, 0x80, 0xBF, 2)
        || utf8_seq(l, 0xF4, 0xF4, 0x80, 0x8F, 2);
}
static bool lx_utf8_code(Loc *l) { return range(l, 0x00, 0x7F) || lx_utf8_2(l) || lx_utf8_3(l) || lx_utf8_4(l); }

static bool lx_comment_char(Loc *l)
{
    return ch(l, 0x09) || range(l, 0x20, 0x7E) || lx_utf8_2(l) || lx_utf8_3(l) || lx_utf8_4(l);
}

static bool lx_comment(Loc *l)
{
    if (!ch(l, '#')) return false;
    many(l, lx_comment_char);
    return true;
}

/* ws? comment? newline */
static bool lx_line_end(Loc *l)
{
    size_t s = l->it;
    lx_ws(l);
    lx_comment(l);
    if (lx_newline(l)) return true;
    reset(l, s);
    return false;
}

/* (ws | newline | comment)* */
static void skip_ws_comment_newline(Loc *l)
{
    while (lx_wschar(l) || lx_newline(l) || lx_comment(l))
        ;
}

/* ---- values ---- */

typedef enum {
    TV_BOOLEAN, TV_INTEGER, TV_FLOATING, TV_STRING, TV_OFFSET_DATETIME, TV_LOCAL_DATETIME,
    TV_LOCAL_DATE, TV_LOCAL_TIME, TV_ARRAY, TV_TABLE
} TType;

static const char *const type_names[] = {
    "boolean", "integer", "floating", "string", "offset_datetime", "local_datetime",
    "local_date", "local_time", "array", "table",
};

typedef struct TVal TVal;

typedef struct {
    const char *s;
    size_t n;
} TKey;

typedef struct {
    TKey *keys;
    TVal **vals;
    size_t n, cap;
    uint32_t *index;    /* open addressing over keys (1 + position), once the table grows */
    size_t icap;
} TTable;

typedef struct {
    TVal **items;
    size_t n, cap;
} TArray;

struct TVal {
    TType type;
    Reg reg;
    union {
        bool b;
        int64_t i;
        double f;
        TKey str;
        TArray arr;
        TTable tab;
    };
};

static TVal *tv_new(TType t, Reg r)
{
    TVal *v = mem_alloc(sizeof *v);
    v->type = t;
    v->reg = r;
    return v;
}

static bool key_eq(TKey a, TKey b) { return a.n == b.n && !memcmp(a.s, b.s, a.n); }

static size_t key_hash(TKey k) { return str_hash(k.s, k.n); }

static void index_put(TTable *t, size_t i)
{
    size_t h = key_hash(t->keys[i]) & (t->icap - 1);
    while (t->index[h]) h = (h + 1) & (t->icap - 1);
    t->index[h] = (uint32_t)(i + 1);
}

static TVal **tab_find(TTable *t, TKey k)
{
    if (t->index) {
        for (size_t h = key_hash(k) & (t->icap - 1); t->index[h]; h = (h + 1) & (t->icap - 1))
            if (key_eq(t->keys[t->index[h] - 1], k)) return &t->vals[t->index[h] - 1];
        return NULL;
    }
    for (size_t i = 0; i < t->n; i++)
        if (key_eq(t->keys[i], k)) return &t->vals[i];
    return NULL;
}

static void tab_insert(TTable *t, TKey k, TVal *v)
{
    TVal **old = tab_find(t, k);
    if (old) { *old = v; return; }
    if (t->n == t->cap) { /* keys and vals share the capacity */
        size_t cap = grow_cap(t->cap, t->n + 1, 8);
        t->keys = grow_copy(mem_alloc, t->keys, t->n, cap, sizeof *t->keys);
        t->vals = grow_copy(mem_alloc, t->vals, t->n, cap, sizeof *t->vals);
        t->cap = cap;
    }
    t->keys[t->n] = k;
    t->vals[t->n++] = v;
    if (t->n > 16 && t->n * 2 > t->icap) {
        t->icap = t->icap ? t->icap * 2 : 64;
        t->index = mem_alloc_atomic(t->icap * sizeof *t->index);
        memset(t->index, 0, t->icap * sizeof *t->index);
        for (size_t i = 0; i < t->n; i++) index_put(t, i);
    } else if (t->index) {
        index_put(t, t->n - 1);
    }
}

static void arr_push(TArray *a, TVal *v)
{
    GROW(mem_alloc, a->items, a->n, a->cap, 8);
    a->items[a->n++] = v;
}

typedef struct {
    TKey *k;
    size_t n, cap;
} Keys;

static void keys_push(Keys *ks, TKey k)
{
    GROW(mem_alloc, ks->k, ks->n, ks->cap, 4);
    ks->k[ks->n++] = k;
}

/* ---- scalars ---- */

static TErr *parse_boolean(Loc *l, TVal **out)
{
    size_t first = l->it;
    if (lx_boolean(l)) {
        *out = tv_new(TV_BOOLEAN, reg_of(l, first));
        (*out)->b = l->it - first == 4;
        return NULL;
    }
    return err1("toml::parse_boolean: ", at_loc(l), "the next token is not a boolean");
}

/* istream >> int64 in base 8, 10 or 16: too large a value saturates (and sets *over) */
static int64_t stream_int(const char *s, size_t n, int base, bool *over_out)
{
    bool neg = false;
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    uint64_t limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX, v = 0;
    bool over = false;
    for (; i < n; i++) {
        int c = s[i], d = c <= '9' ? c - '0' : (c | 32) - 'a' + 10;
        if (!over && v > (limit - (uint64_t)d) / (uint64_t)base) over = true;
        if (!over) v = v * (uint64_t)base + (uint64_t)d;
    }
    if (over_out) *over_out = over;
    if (over) return neg ? INT64_MIN : INT64_MAX;
    return neg ? (int64_t)(0 - v) : (int64_t)v;
}

/* the token's digits without underscores and without the first `skip` characters */
static char *strip_us(const Reg *r, size_t skip, size_t *n)
{
    char *s = mem_alloc_atomic(r->last - r->first + 1);
    size_t k = 0;
    for (size_t i = r->first + skip; i < r->last; i++)
        if (r->src->s[i] != '_') s[k++] = r->src->s[i];
    s[k] = 0;
    *n = k;
    return s;
}

static TVal *int_value(Reg r, int64_t i)
{
    TVal *v = tv_new(TV_INTEGER, r);
    v->i = i;
    return v;
}

static TErr *parse_prefixed(Loc *l, TVal **out, TLexFn *lex, int base, const char *what)
{
    size_t first = l->it;
    if (lex(l)) {
        Reg r = reg_of(l, first);
        size_t n;
        char *s = strip_us(&r, 2, &n);
        if (base == 2) {
            /* toml11 sums powers of two in an int64, which wraps */
            uint64_t v = 0, b = 1;
            for (size_t i = n; i-- > 0;) { if (s[i] == '1') v += b; b *= 2; }
            *out = int_value(r, (int64_t)v);
        } else {
            *out = int_value(r, stream_int(s, n, base, NULL));
        }
        return NULL;
    }
    return err1(what, at_loc(l), "the next token is not an integer");
}

/* Today's Nix (toml11 4) rejects a decimal integer beyond 64 bits; toml11 3 saturated it. */
static _Noreturn void too_large_integer(const Loc *l)
{
    SrcLoc at = at_loc(l);
    Buf b = {0};
    int w = snprintf(NULL, 0, "%lu", at.line);
    buf_printf(&b, "while parsing TOML: [error] toml::parse_dec_integer: too large integer: current max digits = 2^63\n"
               "%*s--> %s\n%*s  |\n %lu | %.*s\n%*s  | %*s^-- must be < 2^63",
               w, "", at.file, w, "", at.line, (int)at.text_len, at.text, w, "", (int)at.column - 1, "");
    eval_error(g_ctx->st, ERR_EVAL, g_ctx->pos, "%s", buf_cstr(&b));
}

static TErr *parse_integer(Loc *l, TVal **out)
{
    size_t first = l->it;
    if (cur(l) == '0') {
        int second = peek(l, 1);
        if (second < 0) {
            advance(l, 1);
            *out = int_value(reg_of(l, first), 0);
            return NULL;
        }
        if (second == 'b') return parse_prefixed(l, out, lx_bin_int, 2, "toml::parse_binary_integer:");
        if (second == 'o') return parse_prefixed(l, out, lx_oct_int, 8, "toml::parse_octal_integer:");
        if (second == 'x') return parse_prefixed(l, out, lx_hex_int, 16, "toml::parse_hexadecimal_integer");
        if (second >= '0' && second <= '9')
            return err1("toml::parse_integer: leading zero in an Integer is not allowed.", at_loc(l), "leading zero");
        if ((second >= 'a' && second <= 'z') || (second >= 'A' && second <= 'Z'))
            return err1("toml::parse_integer: unknown integer prefix appeared.", at_loc(l), "none of 0x, 0o, 0b");
    }
    if (lx_dec_int(l)) {
        Reg r = reg_of(l, first);
        size_t n;
        char *s = strip_us(&r, 0, &n);
        bool over;
        *out = int_value(r, stream_int(s, n, 10, &over));
        if (over && eval_compat_current(g_ctx->st)) too_large_integer(l);
        return NULL;
    }
    return err1("toml::parse_integer: ", at_loc(l), "the next token is not an integer");
}

static TErr *parse_floating(Loc *l, TVal **out)
{
    size_t first = l->it;
    if (!lx_float(l)) return err1("toml::parse_floating: ", at_loc(l), "the next token is not a float");
    Reg r = reg_of(l, first);
    size_t n;
    char *s = strip_us(&r, 0, &n);
    double f;
    if (!strcmp(s, "inf") || !strcmp(s, "+inf")) f = INFINITY;
    else if (!strcmp(s, "-inf")) f = -INFINITY;
    else if (!strcmp(s, "nan") || !strcmp(s, "+nan")) f = NAN;
    else if (!strcmp(s, "-nan")) f = -NAN;
    else {
        /* istream >> double: an overflow gives the largest finite value */
        f = strtod(s, NULL);
        if (isinf(f)) f = f > 0 ? 1.7976931348623157e308 : -1.7976931348623157e308;
    }
    *out = tv_new(TV_FLOATING, r);
    (*out)->f = f;
    return NULL;
}

/* ---- strings ---- */

static void add_utf8(Buf *b, Loc *l, uint32_t cp)
{
    if (cp >= 0xD800 && cp <= 0xDFFF)
        throw_err(err1("toml::read_utf8_codepoint: codepoints in the range [0xD800, 0xDFFF] are not valid UTF-8.",
                       at_loc(l), "not a valid UTF-8 codepoint"));
    if (cp >= 0x110000)
        throw_err(err1("toml::read_utf8_codepoint: input codepoint is too large.", at_loc(l),
                       "should be in [0x00..0x10FFFF]"));
    char u[4];
    buf_add(b, u, utf8_encode(u, cp));
}

static const char *const escape_hints[] = {
    "if you want to write backslash as just one backslash, use literal string like: regex    = '<\\i\\c*\\s*>'",
};

/* Appends the character an escape stands for; NULL if there is no (valid) escape here. */
static TErr *parse_escape_sequence(Loc *l, Buf *b)
{
    size_t first = l->it;
    if (cur(l) != '\\')
        return err1("toml::parse_escape_sequence: ", at_loc(l), "the next token is not a backslash \"\\\"");
    advance(l, 1);
    switch (cur(l)) {
    case '\\': advance(l, 1); buf_addc(b, '\\'); return NULL;
    case '"': advance(l, 1); buf_addc(b, '"'); return NULL;
    case 'b': advance(l, 1); buf_addc(b, '\b'); return NULL;
    case 't': advance(l, 1); buf_addc(b, '\t'); return NULL;
    case 'n': advance(l, 1); buf_addc(b, '\n'); return NULL;
    case 'f': advance(l, 1); buf_addc(b, '\f'); return NULL;
    case 'r': advance(l, 1); buf_addc(b, '\r'); return NULL;
    case 'u': case 'U': {
        bool shrt = cur(l) == 'u';
        size_t s = l->it;
        if (shrt ? lx_escape_unicode_short(l) : lx_escape_unicode_long(l)) {
            uint32_t cp = 0;
            for (size_t i = s + 1; i < l->it; i++) {
                int c = (unsigned char)l->src->s[i];
                cp = cp * 16 + (uint32_t)(c <= '9' ? c - '0' : (c | 32) - 'a' + 10);
            }
            add_utf8(b, l, cp);
            return NULL;
        }
        return err1(shrt ? "parse_escape_sequence: invalid token found in UTF-8 codepoint uXXXX."
                         : "parse_escape_sequence: invalid token found in UTF-8 codepoint Uxxxxxxxx",
                    at_loc(l), "here");
    }
    }
    TErr *e = err_hints("parse_escape_sequence: unknown escape sequence appeared.", at_loc(l),
                        "escape sequence is one of \\, \", b, t, n, f, r, uxxxx, Uxxxxxxxx", 1, escape_hints);
    reset(l, first);
    return e;
}

/* check_utf8_validity: where the token stops being UTF-8, or -1 */
static long utf8_error_at(const Reg *r)
{
    Loc l = new_loc("tmp", r->src->s + r->first, r->last - r->first);
    many(&l, lx_utf8_code);
    return at_end(&l) ? -1 : (long)l.it;
}

static TVal *string_value(Reg r, Buf *b)
{
    TVal *v = tv_new(TV_STRING, r);
    v->str = (TKey){ buf_cstr(b), b->len };
    return v;
}

/* The UTF-8 check that ends each string parser. `inner` is where toml11 reports it. */
static void check_utf8(const Reg *r, Loc inner, size_t first)
{
    long bad = utf8_error_at(r);
    if (bad < 0) return;
    reset(&inner, first);
    advance(&inner, (size_t)bad);
    throw_err(err1("parse_ml_basic_string: invalid utf8 sequence found", at_loc(&inner), "here"));
}

static _Noreturn void internal_end_of_region(const char *what, Loc *inner)
{
    throw_err(err1(what, at_loc(inner), "not sufficient token"));
}

static TErr *parse_ml_basic_string(Loc *l, TVal **out)
{
    size_t first = l->it;
    if (!lx_ml_basic_string(l)) {
        reset(l, first);
        return err1("toml::parse_ml_basic_string: the next token is not a valid multiline string", at_loc(l), "here");
    }
    Reg token = reg_of(l, first);
    Loc inner = *l;
    reset(&inner, first);
    Buf b = {0};
    advance(&inner, 3);
    lx_newline(&inner);   /* a newline right after the delimiter is dropped */
    size_t close_start;
    for (;;) {
        size_t s = inner.it;
        while (lx_ml_basic_unescaped(&inner) || lx_newline(&inner))
            ;
        buf_add(&b, inner.src->s + s, inner.it - s);
        parse_escape_sequence(&inner, &b);
        lx_ml_basic_escaped_newline(&inner);
        if (at_end(&inner)) internal_end_of_region("parse_ml_basic_string: unexpected end of region", &inner);
        close_start = inner.it;
        if (quote_close(&inner, '"')) break;
    }
    size_t extra = inner.it - close_start - 3;
    for (size_t i = 0; i < extra; i++) buf_addc(&b, '"');
    check_utf8(&token, inner, first);
    *out = string_value(token, &b);
    return NULL;
}

static TErr *parse_basic_string(Loc *l, TVal **out)
{
    size_t first = l->it;
    if (!lx_basic_string(l)) {
        reset(l, first);
        return err1("toml::parse_basic_string: the next token is not a valid string", at_loc(l), "here");
    }
    Reg token = reg_of(l, first);
    Loc inner = *l;
    reset(&inner, first);
    Buf b = {0};
    advance(&inner, 1);
    for (;;) {
        size_t s = inner.it;
        many(&inner, lx_basic_unescaped);
        buf_add(&b, inner.src->s + s, inner.it - s);
        parse_escape_sequence(&inner, &b);
        if (at_end(&inner)) internal_end_of_region("parse_basic_string: unexpected end of region", &inner);
        if (ch(&inner, '"')) break;
    }
    check_utf8(&token, inner, first);
    *out = string_value(token, &b);
    return NULL;
}

static TErr *parse_ml_literal_string(Loc *l, TVal **out)
{
    size_t first = l->it;
    if (!lx_ml_literal_string(l)) {
        reset(l, first);
        return err1("toml::parse_ml_literal_string: the next token is not a valid multiline literal string",
                    at_loc(l), "here");
    }
    Reg token = reg_of(l, first);
    /* toml11 reads the token again from a copy of it */
    Loc inner = new_loc(l->src->name, l->src->s + first, l->it - first);
    advance(&inner, 3);
    lx_newline(&inner);
    size_t s = inner.it;
    many(&inner, lx_ml_literal_body_item);
    Buf b = {0};
    buf_add(&b, inner.src->s + s, inner.it - s);
    size_t close_start = inner.it;
    quote_close(&inner, '\'');
    for (size_t i = 3; i < inner.it - close_start; i++) buf_addc(&b, '\'');
    check_utf8(&token, inner, 0);
    *out = string_value(token, &b);
    return NULL;
}

static TErr *parse_literal_string(Loc *l, TVal **out)
{
    size_t first = l->it;
    if (!lx_literal_string(l)) {
        reset(l, first);
        return err1("toml::parse_literal_string: the next token is not a valid literal string", at_loc(l), "here");
    }
    Reg token = reg_of(l, first);
    Loc inner = new_loc(l->src->name, l->src->s + first, l->it - first);
    Buf b = {0};
    buf_add(&b, inner.src->s + 1, inner.src->n - 2);
    check_utf8(&token, inner, 0);
    *out = string_value(token, &b);
    return NULL;
}

static TErr *parse_string(Loc *l, TVal **out)
{
    if (cur(l) == '"') {
        if (peek(l, 1) == '"' && peek(l, 2) == '"') return parse_ml_basic_string(l, out);
        return parse_basic_string(l, out);
    }
    if (cur(l) == '\'') {
        if (peek(l, 1) == '\'' && peek(l, 2) == '\'') return parse_ml_literal_string(l, out);
        return parse_literal_string(l, out);
    }
    return err1("toml::parse_string: ", at_loc(l), "the next token is not a string");
}

/* ---- dates and times (parsed and checked, then refused by fromTOML) ---- */

static int num_at(const Loc *l, size_t at, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) v = v * 10 + (l->src->s[at + i] - '0');
    return v;
}

static TErr *parse_local_date(Loc *l, TVal **out)
{
    size_t first = l->it;
    if (!lx_full_date(l))
        return err1("toml::parse_local_date: ", at_loc(l), "the next token is not a local_date");
    int year = num_at(l, first, 4), month = num_at(l, first + 5, 2), day = num_at(l, first + 8, 2);
    bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    int max_day = month == 2 ? (leap ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
    if (month < 1 || month > 12 || day < 1 || day > max_day)
        throw_err(err1("toml::parse_date: invalid date: it does not conform RFC3339.", at_loc(l),
                       "month should be 01-12, day should be 01-28,29,30,31, depending on month/year."));
    *out = tv_new(TV_LOCAL_DATE, reg_of(l, first));
    return NULL;
}

static TErr *parse_local_time(Loc *l, TVal **out)
{
    size_t first = l->it;
    if (!lx_partial_time(l))
        return err1("toml::parse_local_time: ", at_loc(l), "the next token is not a local_time");
    int h = num_at(l, first, 2), m = num_at(l, first + 3, 2), s = num_at(l, first + 6, 2);
    if (h > 23 || m > 59 || s > 60)
        throw_err(err1("toml::parse_time: invalid time: it does not conform RFC3339.", at_loc(l),
                       "hour should be 00-23, minute should be 00-59, second should be 00-60 "
                       "(depending on the leap second rules.)"));
    *out = tv_new(TV_LOCAL_TIME, reg_of(l, first));
    return NULL;
}

/* The date and time parsers read their token again from a copy of it. */
static Loc token_copy(const Loc *l, size_t first) { return new_loc(l->src->name, l->src->s + first, l->it - first); }

static TErr *parse_local_datetime(Loc *l, TVal **out)
{
    size_t first = l->it;
    if (!lx_local_date_time(l))
        return err1("toml::parse_local_datetime: ", at_loc(l), "the next token is not a local_datetime");
    Loc inner = token_copy(l, first);
    TVal *part;
    parse_local_date(&inner, &part);
    advance(&inner, 1);
    parse_local_time(&inner, &part);
    *out = tv_new(TV_LOCAL_DATETIME, reg_of(l, first));
    return NULL;
}

static TErr *parse_offset_datetime(Loc *l, TVal **out)
{
    size_t first = l->it;
    if (!lx_offset_date_time(l))
        return err1("toml::parse_offset_datetime: ", at_loc(l), "the next token is not a offset_datetime");
    Loc inner = token_copy(l, first);
    TVal *part;
    parse_local_datetime(&inner, &part);
    size_t o = inner.it;
    if (lx_time_numoffset(&inner)) {
        int h = num_at(&inner, o + 1, 2), m = num_at(&inner, o + 4, 2);
        if (h > 23 || m > 59)
            throw_err(err1("toml::parse_offset_datetime: invalid offset: it does not conform RFC3339.", at_loc(l),
                           "month should be 01-12, day should be 01-28,29,30,31, depending on month/year."));
    }
    *out = tv_new(TV_OFFSET_DATETIME, reg_of(l, first));
    return NULL;
}

/* ---- keys ---- */

static TErr *parse_simple_key(Loc *l, TKey *k, Reg *r)
{
    TVal *s;
    size_t first = l->it;
    if (!parse_basic_string(l, &s) || !parse_literal_string(l, &s)) {
        *k = s->str;
        *r = s->reg;
        return NULL;
    }
    if (lx_unquoted_key(l)) {
        *r = reg_of(l, first);
        *k = (TKey){ l->src->s + first, l->it - first };
        return NULL;
    }
    return err1("toml::parse_simple_key: ", at_loc(l), "the next token is not a simple key");
}

static const char *const key_hints[] = {
    "bare keys  : non-empty strings composed only of [A-Za-z0-9_-].",
    "quoted keys: same as \"basic strings\" or 'literal strings'.",
    "dotted keys: sequence of bare or quoted keys joined with a dot.",
};

static TErr *parse_key(Loc *l, Keys *keys, Reg *r)
{
    size_t first = l->it;
    memset(keys, 0, sizeof *keys);
    if (lx_dotted_key(l)) {
        *r = reg_of(l, first);
        Loc inner = token_copy(l, first);
        while (!at_end(&inner)) {
            lx_ws(&inner);
            TKey k;
            Reg kr;
            TErr *e = parse_simple_key(&inner, &k, &kr);
            if (e) {
                throw_err(err1("toml::detail::parse_key: dotted key contains invalid key", at_loc(&inner),
                               format_underline(e)));
            }
            keys_push(keys, k);
            lx_ws(&inner);
            if (at_end(&inner)) break;
            if (cur(&inner) == '.') advance(&inner, 1);
            else throw_err(err1("toml::parse_key: dotted key contains invalid key ", at_loc(&inner), "should be `.`"));
        }
        return NULL;
    }
    reset(l, first);
    TKey k;
    if (!parse_simple_key(l, &k, r)) {
        keys_push(keys, k);
        return NULL;
    }
    return err_hints("toml::parse_key: an invalid key appeared.", at_loc(l), "is not a valid key", 3, key_hints);
}

static const char *dotted(const TKey *k, size_t n)
{
    Buf b = {0};
    for (size_t i = 0; i < n; i++) {
        if (i) buf_addc(&b, '.');
        buf_add(&b, k[i].s, k[i].n);
    }
    return buf_cstr(&b);
}

/* ---- values, arrays and inline tables ---- */

static TErr *parse_value(Loc *l, TVal **out);
static TErr *parse_inline_table(Loc *l, TVal **out);

static TErr *parse_array(Loc *l, TVal **out)
{
    size_t first = l->it;
    if (at_end(l)) return err1("toml::parse_array: input is empty", at_loc(l), "");
    if (cur(l) != '[') return err1("toml::parse_array: token is not an array", at_loc(l), "");
    advance(l, 1);
    TVal *arr = tv_new(TV_ARRAY, (Reg){ 0 });
    while (!at_end(l)) {
        skip_ws_comment_newline(l);
        if (cur(l) == ']') {
            advance(l, 1);
            arr->reg = reg_of(l, first);
            *out = arr;
            return NULL;
        }
        TVal *v;
        if (parse_value(l, &v)) {
            Loc start = *l;
            reset(&start, first);
            TErr *e = err1("toml::parse_array: value having invalid format appeared in an array",
                           at_loc(&start), "array starts here");
            e->n = 2;
            e->at[1] = at_loc(l);
            e->com[1] = "it is not a valid value.";
            throw_err(e);
        }
        arr_push(&arr->arr, v);
        size_t s = l->it;
        skip_ws_comment_newline(l);
        if (!ch(l, ',')) {
            reset(l, s);
            skip_ws_comment_newline(l);
            if (cur(l) == ']') {
                advance(l, 1);
                arr->reg = reg_of(l, first);
                *out = arr;
                return NULL;
            }
            Loc start = *l;
            reset(&start, first);
            TErr *e = err1("toml::parse_array: missing array separator `,` after a value",
                           at_loc(&start), "array starts here");
            e->n = 2;
            e->at[1] = at_loc(l);
            e->com[1] = "should be `,`";
            throw_err(e);
        }
    }
    reset(l, first);
    throw_err(err1("toml::parse_array: array did not closed by `]`", at_loc(l), "should be closed"));
}

static const char *const dt_hints[] = { "pass: +09:00, -05:30", "fail: +9:00, -5:30" };
static const char *const time_hints1[] = { "pass: 1979-05-27T07:32:00, 1979-05-27 07:32:00.999999",
                                           "fail: 1979-05-27T7:32:00, 1979-05-27 17:32" };
static const char *const time_hints2[] = { "pass: 1979-05-27T07:32:00, 1979-05-27 07:32:00.999999",
                                           "fail: 1979-05-27T7:32:00, 1979-05-27 7:32" };
static const char *const float_hints[] = { "pass: +1.0, -2e-2, 3.141_592_653_589, inf, nan",
                                           "fail: .0, 1., _1.0, 1.0_, 1_.0, 1.0__0" };
static const char *const int_hints[] = { "pass: -42, 1_000, 1_2_3_4_5, 0xC0FFEE, 0b0010, 0o755",
                                         "fail: 1__000, 0123" };
static const char *const datetime_hints[] = { "pass: 1979-05-27T07:32:00-07:00, 1979-05-27 07:32:00.999999Z",
                                              "fail: 1979-05-27T7:32:00-7:00, 1979-05-27 7:32-00:30" };

/* guess_number_type: which kind of value starts here, catching common mistakes. */
static TErr *guess_number_type(const Loc *start, TType *t)
{
    Loc loc = *start;
    if (lx_offset_date_time(&loc)) { *t = TV_OFFSET_DATETIME; return NULL; }
    if (lx_local_date_time(&loc)) {
        int c = cur(&loc);
        if (c == '+' || c == '-' || c == 'Z' || c == 'z')
            return err_hints("bad offset: should be [+-]HH:MM or Z", at_loc(&loc), "[+-]HH:MM or Z", 2, dt_hints);
        *t = TV_LOCAL_DATETIME;
        return NULL;
    }
    if (lx_full_date(&loc)) {
        int c = cur(&loc);
        if (c >= 0) {
            if (c == 'T' || c == 't')
                return err_hints("bad time: should be HH:MM:SS.subsec", at_loc(&loc), "HH:MM:SS.subsec", 2, time_hints1);
            if (c >= '0' && c <= '9')
                return err_hints("bad time: missing T", at_loc(&loc), "T or space required here", 2, time_hints2);
            int d = peek(&loc, 1);
            if (c == ' ' && d >= '0' && d <= '9') {
                advance(&loc, 1);
                return err_hints("bad time: should be HH:MM:SS.subsec", at_loc(&loc), "HH:MM:SS.subsec", 2, time_hints2);
            }
        }
        *t = TV_LOCAL_DATE;
        return NULL;
    }
    if (lx_partial_time(&loc)) { *t = TV_LOCAL_TIME; return NULL; }
    if (lx_float(&loc)) {
        if (cur(&loc) == '_')
            return err_hints("bad float: `_` should be surrounded by digits", at_loc(&loc), "here", 2, float_hints);
        *t = TV_FLOATING;
        return NULL;
    }
    if (lx_integer(&loc)) {
        int c = cur(&loc);
        if (c == '_')
            return err_hints("bad integer: `_` should be surrounded by digits", at_loc(&loc), "here", 2, int_hints);
        if (c >= '0' && c <= '9') {
            reset(&loc, loc.it - 1);
            return err_hints("bad integer: leading zero", at_loc(&loc), "here", 2, int_hints);
        }
        if (c == ':' || c == '-')
            return err_hints("bad datetime: invalid format", at_loc(&loc), "here", 2, datetime_hints);
        if (c == '.' || c == 'e' || c == 'E')
            return err_hints("bad float: invalid format", at_loc(&loc), "here", 2, float_hints);
        *t = TV_INTEGER;
        return NULL;
    }
    if (cur(&loc) == '.')
        return err_hints("bad float: invalid format", at_loc(&loc), "integer part required before this", 2, float_hints);
    if (cur(&loc) == '_')
        return err_hints("bad number: `_` should be surrounded by digits", at_loc(&loc),
                         "`_` is not surrounded by digits", 2, int_hints);
    return err1("bad format: unknown value appeared", at_loc(&loc), "here");
}

static TErr *parse_value(Loc *l, TVal **out)
{
    if (at_end(l)) return err1("toml::parse_value: input is empty", at_loc(l), "");
    check_depth();
    TType t;
    switch (cur(l)) {
    case '"': case '\'': return parse_string(l, out);
    case 't': case 'f': return parse_boolean(l, out);
    case '[': return parse_array(l, out);
    case '{': return parse_inline_table(l, out);
    case 'i': case 'n': return parse_floating(l, out);
    }
    TErr *e = guess_number_type(l, &t);
    if (e) return e;
    switch (t) {
    case TV_INTEGER: return parse_integer(l, out);
    case TV_FLOATING: return parse_floating(l, out);
    case TV_OFFSET_DATETIME: return parse_offset_datetime(l, out);
    case TV_LOCAL_DATETIME: return parse_local_datetime(l, out);
    case TV_LOCAL_DATE: return parse_local_date(l, out);
    default: return parse_local_time(l, out);
    }
}

static const char *const kv_hints[] = {
    "Did you forget '.' to separate dotted-key?",
    "Allowed characters for bare key are [0-9a-zA-Z_-].",
};

static TErr *parse_key_value_pair(Loc *l, Keys *keys, Reg *key_reg, TVal **val)
{
    size_t first = l->it;
    TErr *e = parse_key(l, keys, key_reg);
    if (e) {
        if (lx_keyval_sep(l)) {
            reset(l, first);
            e = err1("toml::parse_key_value_pair: empty key is not allowed.", at_loc(l), "key expected before '='");
        }
        return e;
    }
    if (!lx_keyval_sep(l)) {
        const char *s = l->src->s + l->it;
        const char *nl = memchr(s, '\n', l->src->n - l->it);
        size_t len = nl ? (size_t)(nl - s) : l->src->n - l->it;
        if (memchr(s, '=', len))
            e = err_hints("toml::parse_key_value_pair: invalid format for key", at_loc(l),
                          "invalid character in key", 2, kv_hints);
        else
            e = err1("toml::parse_key_value_pair: missing key-value separator `=`", at_loc(l), "should be `=`");
        reset(l, first);
        return e;
    }
    size_t after = l->it;
    e = parse_value(l, val);
    if (e) {
        reset(l, after);
        if (lx_line_end(l)) {
            reset(l, after);
            e = err1("toml::parse_key_value_pair: missing value after key-value separator '='", at_loc(l),
                     "expected value, but got nothing");
        }
        reset(l, first);
        return e;
    }
    return NULL;
}

/* ---- putting values into tables (insert_nested_key) ---- */

static TErr *parse_table_key(Loc *l, Keys *keys, Reg *r);

static TErr *two_places(const char *msg, SrcLoc a, const char *ca, SrcLoc b, const char *cb)
{
    TErr *e = err1(msg, a, ca);
    e->n = 2;
    e->at[1] = b;
    e->com[1] = cb;
    return e;
}

static Loc region_loc(const Reg *r)
{
    size_t n;
    const char *s = reg_str(r, &n);
    return new_loc("internal", s, n);
}

static bool keys_equal(const TKey *a, size_t na, const TKey *b, size_t nb)
{
    if (na != nb) return false;
    for (size_t i = 0; i < na; i++)
        if (!key_eq(a[i], b[i])) return false;
    return true;
}

/* May a table be defined where an (implicitly made) one already is? toml11 decides by
 * parsing the text of the existing table's region again. */
static bool valid_forward_definition(const TVal *fwd, const TVal *inserting, const TKey *first,
                                     const TKey *curr, const TKey *last)
{
    size_t n;
    const char *s = reg_str(&inserting->reg, &n);
    if (n && s[0] == '{') return false;   /* an inline table never merges */
    Loc def = region_loc(&fwd->reg);
    Keys ks;
    Reg r;
    if (!parse_table_key(&def, &ks, &r))
        return !keys_equal(ks.k, ks.n, first, (size_t)(last - first));
    reset(&def, 0);
    if (!parse_key(&def, &ks, &r))
        return !keys_equal(ks.k, ks.n, curr, (size_t)(last - curr));
    return false;
}

static char reg_front(const Reg *r) { return r->src ? r->src->s[r->first] : 0; }

static void insert_nested_key(TTable *root, TVal *v, const TKey *first, const TKey *last, Reg key_reg,
                              bool array_of_tables)
{
    TTable *tab = root;
    for (const TKey *k = first; k != last; k++) {
        TVal **slot = tab_find(tab, *k);
        if (k + 1 == last) {
            if (array_of_tables) {
                if (slot) {
                    TVal *a = *slot;
                    if (a->type == TV_TABLE)
                        throw_err(two_places(fmt("toml::insert_value: array of table (\"%s\") cannot be defined",
                                                 dotted(first, (size_t)(last - first))),
                                             at_reg(&a->reg), "table already defined",
                                             at_reg(&v->reg), "this conflicts with the previous table"));
                    if (a->type != TV_ARRAY || !a->arr.n || a->arr.items[0]->type != TV_TABLE)
                        throw_err(two_places(fmt("toml::insert_value: array of table (\"%s\") collides with existing value",
                                                 dotted(first, (size_t)(last - first))),
                                             at_reg(&a->reg), fmt("this %s value already exists", type_names[a->type]),
                                             at_reg(&v->reg), "while inserting this array-of-tables"));
                    size_t n;
                    const char *s = reg_str(&a->arr.items[0]->reg, &n);
                    if (a->arr.items[0]->reg.src && !(n >= 2 && s[0] == '[' && s[1] == '['))
                        throw_err(two_places(fmt("toml::insert_value: array of table (\"%s\") collides with existing array-of-tables",
                                                 dotted(first, (size_t)(last - first))),
                                             at_reg(&a->reg), fmt("this %s value has static size", type_names[a->type]),
                                             at_reg(&v->reg), "appending it to the statically sized array"));
                    arr_push(&a->arr, v);
                    return;
                }
                TVal *aot = tv_new(TV_ARRAY, key_reg);
                arr_push(&aot->arr, v);
                tab_insert(tab, *k, aot);
                return;
            }
            if (slot) {
                TVal *old = *slot;
                if (old->type == TV_TABLE && v->type == TV_TABLE) {
                    if (!valid_forward_definition(old, v, first, k, last))
                        throw_err(two_places(fmt("toml::insert_value: table (\"%s\") already exists.",
                                                 dotted(first, (size_t)(last - first))),
                                             at_reg(&old->reg), "table already exists here",
                                             at_reg(&v->reg), "table defined twice"));
                    for (size_t i = 0; i < v->tab.n; i++) {
                        TVal **dup = tab_find(&old->tab, v->tab.keys[i]);
                        if (dup)
                            throw_err(two_places(fmt("toml::insert_value: value (\"%s\") already exists.",
                                                     dotted(first, (size_t)(last - first))),
                                                 at_reg(&(*dup)->reg), "already exists here",
                                                 at_reg(&v->reg), "this defined twice"));
                        tab_insert(&old->tab, v->tab.keys[i], v->tab.vals[i]);
                    }
                    old->reg = key_reg;
                    return;
                }
                if (v->type == TV_TABLE && old->type == TV_ARRAY && old->arr.n && old->arr.items[0]->type == TV_TABLE)
                    throw_err(two_places(fmt("toml::insert_value: array of tables (\"%s\") already exists.",
                                             dotted(first, (size_t)(last - first))),
                                         at_reg(&old->reg), "array of tables defined here",
                                         at_reg(&v->reg), "table conflicts with the previous array of table"));
                throw_err(two_places(fmt("toml::insert_value: value (\"%s\") already exists.",
                                         dotted(first, (size_t)(last - first))),
                                     at_reg(&old->reg), "value already exists here",
                                     at_reg(&v->reg), "value defined twice"));
            }
            tab_insert(tab, *k, v);
            return;
        }
        if (!slot) {
            /* tables on the way are made implicitly */
            tab_insert(tab, *k, tv_new(TV_TABLE, key_reg));
            slot = tab_find(tab, *k);
        }
        TVal *t = *slot;
        if (t->type == TV_TABLE) {
            if (reg_front(&t->reg) == '{')
                throw_err(two_places(fmt("toml::insert_value: inserting to an inline table (%s) but inline tables are immutable",
                                         dotted(first, (size_t)(k + 1 - first))),
                                     at_reg(&t->reg), "inline tables are immutable",
                                     at_reg(&v->reg), "inserting this"));
            tab = &t->tab;
        } else if (t->type == TV_ARRAY && t->arr.n && t->arr.items[t->arr.n - 1]->type == TV_TABLE) {
            tab = &t->arr.items[t->arr.n - 1]->tab;
        } else if (t->type == TV_ARRAY) {
            /* toml11 looks at the last element even of an empty array; say what it would
             * say for a non-table element */
            TVal *back = t->arr.n ? t->arr.items[t->arr.n - 1] : t;
            throw_err(two_places(fmt("toml::insert_value: target (%s) is neither table nor an array of tables",
                                     dotted(first, (size_t)(k + 1 - first))),
                                 at_reg(&back->reg), fmt("actual type is %s", type_names[back->type]),
                                 at_reg(&v->reg), "inserting this"));
        } else {
            throw_err(two_places(fmt("toml::insert_value: target (%s) is neither table nor an array of tables",
                                     dotted(first, (size_t)(k + 1 - first))),
                                 at_reg(&t->reg), fmt("actual type is %s", type_names[t->type]),
                                 at_reg(&v->reg), "inserting this"));
        }
    }
}

static TErr *parse_inline_table(Loc *l, TVal **out)
{
    size_t first = l->it;
    TVal *tv = tv_new(TV_TABLE, (Reg){ 0 });
    if (cur(l) != '{')
        return err1("toml::parse_inline_table: ", at_loc(l), "the next token is not an inline table");
    advance(l, 1);
    lx_ws(l);
    if (cur(l) == '}') {
        advance(l, 1);
        tv->reg = reg_of(l, first);
        *out = tv;
        return NULL;
    }
    while (!at_end(l)) {
        Keys keys;
        Reg key_reg;
        TVal *val;
        TErr *e = parse_key_value_pair(l, &keys, &key_reg, &val);
        if (e) return e;
        insert_nested_key(&tv->tab, val, keys.k, keys.k + keys.n, key_reg, false);
        size_t s = l->it;
        lx_ws(l);
        if (!ch(l, ',')) {
            reset(l, s);
            lx_ws(l);
            if (at_end(l))
                throw_err(err1("toml::parse_inline_table: missing table separator `}` ", at_loc(l), "should be `}`"));
            int c = cur(l);
            if (c == '}') {
                advance(l, 1);
                tv->reg = reg_of(l, first);
                *out = tv;
                return NULL;
            }
            if (c == '#' || c == '\r' || c == '\n')
                throw_err(err1("toml::parse_inline_table: missing curly brace `}`", at_loc(l), "should be `}`"));
            throw_err(err1("toml::parse_inline_table: missing table separator `,` ", at_loc(l), "should be `,`"));
        }
        lx_ws(l);
        if (cur(l) == '}')
            throw_err(err1("toml::parse_inline_table: trailing comma is not allowed in an inline table",
                           at_loc(l), "should be `}`"));
    }
    reset(l, first);
    throw_err(err1("toml::parse_inline_table: inline table did not closed by `}`", at_loc(l), "should be closed"));
}

/* ---- tables and the file ---- */

/* [key] or [[key]] and the end of its line */
static TErr *parse_header(Loc *l, Keys *keys, Reg *r, bool aot)
{
    size_t first = l->it;
    if (!(aot ? lx_array_table(l) : lx_std_table(l)))
        return err1(aot ? "toml::parse_array_table_key: not a valid table key" : "toml::parse_table_key: not a valid table key",
                    at_loc(l), "here");
    *r = reg_of(l, first);
    Loc inner = token_copy(l, first);
    advance(&inner, aot ? 2 : 1);
    lx_ws(&inner);
    parse_key(&inner, keys, &(Reg){ 0 });
    if (!at_end(l) && !lx_line_end(l))
        throw_err(err1(aot ? "toml::parse_array_table_key: newline required after [[table.key]]"
                           : "toml::parse_table_key: newline required after [table.key]",
                       at_loc(l), "expected newline"));
    return NULL;
}

static TErr *parse_table_key(Loc *l, Keys *keys, Reg *r) { return parse_header(l, keys, r, false); }
static TErr *parse_array_table_key(Loc *l, Keys *keys, Reg *r) { return parse_header(l, keys, r, true); }

/* (ws? comment? newline)+ */
static bool skip_lines(Loc *l)
{
    if (!lx_line_end(l)) return false;
    while (lx_line_end(l))
        ;
    return true;
}

static TErr *parse_ml_table(Loc *l, TTable *tab)
{
    memset(tab, 0, sizeof *tab);
    if (at_end(l)) return NULL;
    skip_lines(l);
    lx_ws(l);
    while (!at_end(l)) {
        lx_ws(l);
        size_t before = l->it;
        Keys ks;
        Reg r;
        if (!parse_array_table_key(l, &ks, &r) || !parse_table_key(l, &ks, &r)) {
            reset(l, before);
            return NULL;
        }
        TVal *val;
        TErr *e = parse_key_value_pair(l, &ks, &r, &val);
        if (e) return e;
        insert_nested_key(tab, val, ks.k, ks.k + ks.n, r, false);
        lx_ws(l);
        lx_comment(l);
        if (!skip_lines(l) && !at_end(l)) {
            size_t before2 = l->it;
            lx_ws(l);
            int c = cur(l);
            const char *shown = c > 0x20 && c < 0x7F ? fmt("%c", c) : fmt("0x%02x", c & 0xFF);
            e = err1("toml::parse_table: invalid line format", at_loc(l),
                     fmt("expected newline, but got '%s'.", shown));
            reset(l, before2);
            return e;
        }
        lx_ws(l);
        lx_comment(l);
    }
    return NULL;
}

/* the comment block at the top that an empty line separates from the rest */
static bool lx_first_comments(Loc *l)
{
    size_t s = l->it;
    int n = 0;
    for (;;) {
        size_t t = l->it;
        lx_ws(l);
        if (lx_comment(l) && lx_newline(l)) { n++; continue; }
        reset(l, t);
        break;
    }
    if (n) {
        size_t t = l->it;
        lx_ws(l);
        if (lx_newline(l)) return true;
        reset(l, t);
    }
    reset(l, s);
    return false;
}

static TTable *parse_toml_file(Loc *l)
{
    TTable *data = mem_alloc(sizeof *data);
    if (at_end(l)) return data;
    lx_first_comments(l);
    TErr *e = parse_ml_table(l, data);
    if (e) throw_err(e);
    while (!at_end(l)) {
        Keys ks;
        Reg r;
        bool aot = !parse_array_table_key(l, &ks, &r);
        if (aot || !parse_table_key(l, &ks, &r)) {
            TVal *t = tv_new(TV_TABLE, r);
            e = parse_ml_table(l, &t->tab);
            if (e) throw_err(e);
            insert_nested_key(data, t, ks.k, ks.k + ks.n, r, aot);
            continue;
        }
        throw_err(err1("toml::parse_toml_file: unknown line appeared", at_loc(l), "unknown format"));
    }
    return data;
}

/* ---- to Nix values ---- */

static void to_nix(TVal *t, Value *out);

static void table_to_nix(TTable *t, Value *out)
{
    AttrsBuilder b;
    ab_init(&b, (uint32_t)t->n);
    for (size_t i = 0; i < t->n; i++) {
        Value *v = val_alloc();
        to_nix(t->vals[i], v);
        eval_forbid_nul(g_ctx->st, g_ctx->pos, "while parsing TOML: error: ", t->keys[i].s, t->keys[i].n);
        ab_add(&b, sym_intern(t->keys[i].s, t->keys[i].n), v, NO_POS);
    }
    set_attrs(out, ab_finish(&b, false));
}

static void to_nix(TVal *t, Value *out)
{
    check_depth();
    switch (t->type) {
    case TV_TABLE: table_to_nix(&t->tab, out); break;
    case TV_ARRAY: {
        Value **l = list_alloc((uint32_t)t->arr.n);
        for (size_t i = 0; i < t->arr.n; i++) {
            l[i] = val_alloc();
            to_nix(t->arr.items[i], l[i]);
        }
        set_list(out, l, (uint32_t)t->arr.n);
        break;
    }
    case TV_BOOLEAN: set_bool(out, t->b); break;
    case TV_INTEGER: set_int(out, t->i); break;
    case TV_FLOATING: set_float(out, t->f); break;
    case TV_STRING: {
        /* Nix 2.8's strings end at a NUL byte (today's: an error) */
        eval_forbid_nul(g_ctx->st, g_ctx->pos, "while parsing TOML: error: ", t->str.s, t->str.n);
        size_t n = strnlen(t->str.s, t->str.n);
        set_string(out, mem_strndup(t->str.s, n), n, NULL);
        break;
    }
    default:
        throw_msg("Dates and times are not supported");
    }
}

void prim_fromTOML(State *st, Pos pos, Value **args, Value *out)
{
    size_t n;
    const char *s = force_string_noctx(st, args[0], pos, &n);
    Ctx ctx = { st, pos };
    g_ctx = &ctx;
    /* toml11 ends the text with a newline unless it ends with one (or a CR) already */
    char *text = mem_alloc_atomic(n + 2);
    memcpy(text, s, n);
    if (n && s[n - 1] != '\n' && s[n - 1] != '\r') text[n++] = '\n';
    text[n] = 0;
    Loc l = new_loc("fromTOML", text, n);
    if (n >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3)) advance(&l, 3);
    TTable *data = parse_toml_file(&l);
    table_to_nix(data, out);
}
