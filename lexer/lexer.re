/* lexer.re: Nix's tokens, for re2c 3.0. The rules and their order follow CppNix's
 * lexer.l (2.8) so that every input splits into the same tokens: longest match wins,
 * ties go to the earlier rule. One re2c block per start state. */
#include "lexer/lexer.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/mem.h"
#include "base/grow.h"
#include "gen/parser.tab.h"

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = "lx->cur";
    re2c:define:YYLIMIT = "lx->lim";
    re2c:define:YYMARKER = "lx->mar";
    re2c:define:YYCTXMARKER = "lx->ctx";
    re2c:yyfill:enable = 0;
    re2c:eof = 0;

    ANY         = [^];
    ID          = [a-zA-Z_][a-zA-Z0-9_'-]*;
    INT         = [0-9]+;
    FLOAT       = (([1-9][0-9]* "." [0-9]*) | ("0"? "." [0-9]+)) ([Ee] [+-]? [0-9]+)?;
    PATH_CHAR   = [a-zA-Z0-9._+-];
    PATH        = PATH_CHAR* ("/" PATH_CHAR+)+ "/"?;
    PATH_SEG    = PATH_CHAR* "/";
    HPATH       = "~" ("/" PATH_CHAR+)+ "/"?;
    HPATH_START = "~/";
    SPATH       = "<" PATH_CHAR+ ("/" PATH_CHAR+)* ">";
    URI         = [a-zA-Z] [a-zA-Z0-9+.-]* ":" [a-zA-Z0-9%/?:@&=+$,_.!~*'-]+;
    STR_CHARS   = [^$"\\] | "$" [^{"\\] | "\\" ANY | "$\\" ANY;
*/

void lex_init(Lexer *lx, const Source *src)
{
    memset(lx, 0, sizeof *lx);
    lx->text = (const unsigned char *)src->text;
    lx->cur = lx->text;
    lx->lim = lx->text + src->len;
    lx->base = src->base;
    lx->loc_first = lx->loc_last = lx->prev_first = lx->prev_last = src->base;
    lx->cap = 64;
    lx->stack = mem_alloc_atomic(lx->cap);
    lx->stack[0] = LX_INITIAL;
    lx->depth = 1;
}

static LexState top(Lexer *lx) { return (LexState)lx->stack[lx->depth - 1]; }

static void push(Lexer *lx, LexState s)
{
    GROW(mem_alloc_atomic, lx->stack, lx->depth, lx->cap, 64);
    lx->stack[lx->depth++] = (uint8_t)s;
}

static void pop(Lexer *lx) { if (lx->depth > 1) lx->depth--; }

static Pos pos_at(Lexer *lx, const unsigned char *p) { return lx->base + (Pos)(p - lx->text); }

/* Text from s to the cursor was matched: it becomes the current location. */
static void matched(Lexer *lx, const unsigned char *s)
{
    lx->prev_first = lx->loc_first;
    lx->prev_last = lx->loc_last;
    lx->loc_first = pos_at(lx, s);
    lx->loc_last = pos_at(lx, lx->cur);
}

/* CppNix's unescapeStr: \n \r \t, any other escaped character stands for itself, CR and
 * CR LF become LF. Like Nix 2.8, it stops at a NUL byte, unless keep_nul (today's Nix, which
 * rejects the string: see nul_checked). */
static StrTok unescape(const unsigned char *s, size_t n, bool keep_nul)
{
    char *out = mem_arena(n + 1);
    size_t o = 0;
    for (size_t i = 0; i < n && (keep_nul || s[i]); i++) {
        unsigned char c = s[i];
        if (c == '\\' && i + 1 < n) {
            c = s[++i];
            out[o++] = c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : (char)c;
        } else if (c == '\r') {
            out[o++] = '\n';
            if (i + 1 < n && s[i + 1] == '\n') i++;
        } else {
            out[o++] = (char)c;
        }
    }
    out[o] = 0;
    return (StrTok){ out, (uint32_t)o, false };
}

static StrTok raw(const unsigned char *s, size_t n, bool ind)
{
    return (StrTok){ (const char *)s, (uint32_t)n, ind };
}

/* A string token as it is: Nix 2.8 cuts its text at a NUL byte later; today's Nix's lexer
 * rejects it, at the token (forceNoNullByte). */
static int nul_checked(Parser *ps, const unsigned char *at, StrTok t, int token)
{
    if (!ps->opts->current || !memchr(t.p, 0, t.len)) return token;
    Buf b = {0};
    buf_add_nul_shown(&b, t.p, t.len);
    parse_set_error(ps, pos_at(&ps->lx, at), "input string '%s' cannot be represented as Nix string because it contains null bytes",
                    buf_cstr(&b));
    return YYerror;
}

/* The message quotes the whole token, however long, as CppNix does. */
static int lex_error(Parser *ps, const unsigned char *at, const char *fmt, const unsigned char *s, size_t n)
{
    parse_set_error(ps, pos_at(&ps->lx, at), fmt, mem_strndup((const char *)s, n));
    return YYerror;
}

static int lex_int(Parser *ps, YYSTYPE *lval, const unsigned char *s, size_t n)
{
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned d = s[i] - '0';
        if (v > (UINT64_C(9223372036854775807) - d) / 10)
            return lex_error(ps, s, "invalid integer '%s'", s, n);
        v = v * 10 + d;
    }
    lval->n = (int64_t)v;
    return INT;
}

static int lex_float(Parser *ps, YYSTYPE *lval, const unsigned char *s, size_t n)
{
    /* strtod needs the token on its own; any length is valid (CppNix: "1.<600 digits>") */
    char buf[64], *tmp = buf;
    if (n < sizeof buf) { memcpy(buf, s, n); buf[n] = 0; }
    else tmp = mem_strndup((const char *)s, n);
    errno = 0;
    lval->f = strtod(tmp, NULL);
    if (errno) return lex_error(ps, s, "invalid float '%s'", s, n);
    return FLOAT;
}

/* The default state's rules, but for paths and URIs (see lex_default). */
/*!rules:re2c:default_rules
    "if"      { return IF; }
    "then"    { return THEN; }
    "else"    { return ELSE; }
    "assert"  { return ASSERT; }
    "with"    { return WITH; }
    "let"     { return LET; }
    "in"      { return IN; }
    "rec"     { return REC; }
    "inherit" { return INHERIT; }
    "or"      { return OR_KW; }
    "..."     { return ELLIPSIS; }
    "=="      { return EQ; }
    "!="      { return NEQ; }
    "<="      { return LEQ; }
    ">="      { return GEQ; }
    "&&"      { return AND; }
    "||"      { return OR; }
    "->"      { return IMPL; }
    "//"      { return UPDATE; }
    "++"      { return CONCAT; }

    ID        { lval->str = raw(s, LEN, false); return ID; }
    INT       { return lex_int(ps, lval, s, LEN); }
    FLOAT     { return lex_float(ps, lval, s, LEN); }

    "${"      { push(lx, LX_DEFAULT); return DOLLAR_CURLY; }
    "}"       { if (top(lx) != LX_INITIAL) pop(lx); return '}'; }
    "{"       { push(lx, LX_DEFAULT); return '{'; }
    "\""      { push(lx, LX_STRING); return '"'; }
    "''" (" "* "\n")? { push(lx, LX_IND_STRING); return IND_STRING_OPEN; }

    HPATH_START "${" { push(lx, LX_PATH_START); lx->cur = s; return -1; }
    HPATH     { push(lx, s[LEN - 1] == '/' ? LX_INPATH_SLASH : LX_INPATH);
                lval->str = raw(s, LEN, false); return HPATH; }
    SPATH     { lval->str = raw(s, LEN, false); return SPATH; }

    [ \t\r\n]+ { matched(lx, s); continue; }
    "#" [^\r\n]* { matched(lx, s); continue; }
    "/*" ([^*] | "*"+ [^*/])* "*"+ "/" { matched(lx, s); continue; }

    $         { return YYEOF; }
    ANY       { return s[0]; }
*/

static bool is_path_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '.' || c == '_' || c == '-' || c == '+';
}

/* Can no path or URI start here? A path token needs a '/' and a URI a ':' right after
 * the run of path characters it starts in. Without this, a long run such as
 * `1+1+1+...` is scanned to its end for every token in it (quadratic; CppNix has the
 * same problem). The run's end is remembered until the lexer leaves the run. */
static bool no_path_here(Lexer *lx)
{
    const unsigned char *c = lx->cur;
    if (c >= lx->lim || !is_path_char(*c)) return false;
    if (c >= lx->run_start && c < lx->run_end) return lx->run_no_path;
    const unsigned char *e = c;
    while (e < lx->lim && is_path_char(*e)) e++;
    lx->run_start = c;
    lx->run_end = e;
    lx->run_no_path = e == lx->lim || (*e != '/' && *e != ':');
    return lx->run_no_path;
}

static int lex_default(Parser *ps, YYSTYPE *lval, const unsigned char **tok)
{
    Lexer *lx = &ps->lx;
    for (;;) {
        const unsigned char *s = lx->cur;
        *tok = s;
#define LEN ((size_t)(lx->cur - s))
        if (no_path_here(lx)) {
            /*!use:re2c:default_rules */
        } else {
            /*!use:re2c:default_rules
                PATH_SEG "${" { push(lx, LX_PATH_START); lx->cur = s; return -1; }
                PATH      { push(lx, s[LEN - 1] == '/' ? LX_INPATH_SLASH : LX_INPATH);
                            lval->str = raw(s, LEN, false); return PATH; }
                URI       { lval->str = raw(s, LEN, false); return URI; }
            */
        }
#undef LEN
    }
}

static int lex_string(Parser *ps, YYSTYPE *lval, const unsigned char **tok)
{
    Lexer *lx = &ps->lx;
    const unsigned char *s = lx->cur;
    *tok = s;
#define LEN ((size_t)(lx->cur - s))
    /*!re2c
        STR_CHARS* "$" / "\"" { lval->str = unescape(s, LEN, ps->opts->current); return nul_checked(ps, s, lval->str, STR); }
        STR_CHARS+            { lval->str = unescape(s, LEN, ps->opts->current); return nul_checked(ps, s, lval->str, STR); }
        "${"                  { push(lx, LX_DEFAULT); return DOLLAR_CURLY; }
        "\""                  { pop(lx); return '"'; }
        "$" | "\\" | "$\\"    { lval->str = raw(s, 0, false); return STR; }
        $                     { return YYEOF; }
    */
#undef LEN
}

static int lex_ind_string(Parser *ps, YYSTYPE *lval, const unsigned char **tok)
{
    Lexer *lx = &ps->lx;
    const unsigned char *s = lx->cur;
    *tok = s;
#define LEN ((size_t)(lx->cur - s))
    /*!re2c
        ([^$'] | "$" [^{'] | "'" [^'$])+ { lval->str = raw(s, LEN, true); return nul_checked(ps, s, lval->str, IND_STR); }
        "''$" | "$"  { lval->str = raw((const unsigned char *)"$", 1, false); return IND_STR; }
        "'''"        { lval->str = raw((const unsigned char *)"''", 2, false); return IND_STR; }
        "''\\" ANY   { lval->str = unescape(s + 2, LEN - 2, ps->opts->current); return nul_checked(ps, s, lval->str, IND_STR); }
        "${"         { push(lx, LX_DEFAULT); return DOLLAR_CURLY; }
        "''"         { pop(lx); return IND_STRING_CLOSE; }
        "'"          { lval->str = raw((const unsigned char *)"'", 1, false); return IND_STR; }
        $            { return YYEOF; }
    */
#undef LEN
}

static int lex_path_start(Parser *ps, YYSTYPE *lval, const unsigned char **tok)
{
    Lexer *lx = &ps->lx;
    const unsigned char *s = lx->cur;
    *tok = s;
#define LEN ((size_t)(lx->cur - s))
    /*!re2c
        PATH_SEG    { pop(lx); push(lx, LX_INPATH_SLASH); lval->str = raw(s, LEN, false); return PATH; }
        HPATH_START { pop(lx); push(lx, LX_INPATH_SLASH); lval->str = raw(s, LEN, false); return HPATH; }
        $           { return YYEOF; }
        ANY         { return s[0]; }
    */
#undef LEN
}

/* Inside a path after its first piece: more pieces, `${`, or the end of the path. */
static int lex_in_path(Parser *ps, YYSTYPE *lval, const unsigned char **tok)
{
    Lexer *lx = &ps->lx;
    const unsigned char *s = lx->cur;
    bool after_slash = top(lx) == LX_INPATH_SLASH;
    *tok = s;
#define LEN ((size_t)(lx->cur - s))
    /*!re2c
        "${" { pop(lx); push(lx, LX_INPATH); push(lx, LX_DEFAULT); return DOLLAR_CURLY; }
        PATH | PATH_SEG | PATH_CHAR+ {
            pop(lx);
            push(lx, s[LEN - 1] == '/' ? LX_INPATH_SLASH : LX_INPATH);
            lval->str = raw(s, LEN, false);
            return STR;
        }
        $ {
            if (after_slash) {
                parse_set_error(ps, lx->loc_first, "path has a trailing slash");
                return YYerror;
            }
            pop(lx);
            lx->eof_path_end = true;
            return PATH_END;
        }
        ANY {
            if (after_slash) {
                parse_set_error(ps, pos_at(lx, s), "path has a trailing slash");
                return YYerror;
            }
            pop(lx);
            lx->cur = s;
            return PATH_END;
        }
    */
#undef LEN
}

int yylex(YYSTYPE *lval, Loc *lloc, Parser *ps)
{
    Lexer *lx = &ps->lx;
    const unsigned char *tok;
    int t;
    do {
        switch (top(lx)) {
        case LX_STRING: t = lex_string(ps, lval, &tok); break;
        case LX_IND_STRING: t = lex_ind_string(ps, lval, &tok); break;
        case LX_PATH_START: t = lex_path_start(ps, lval, &tok); break;
        case LX_INPATH: case LX_INPATH_SLASH: t = lex_in_path(ps, lval, &tok); break;
        default: t = lex_default(ps, lval, &tok); break;
        }
    } while (t == -1); /* a path with `${` was seen: lex it again in LX_PATH_START */
    if (t == PATH_END) {
        /* CppNix matches one character, puts it back and restores the location from
         * before it; at the end of input it restores the one before the last token. */
        if (lx->eof_path_end) {
            lx->loc_first = lx->prev_first;
            lx->loc_last = lx->prev_last;
            lx->eof_path_end = false;
        } else {
            lx->prev_first = lx->loc_first;
            lx->prev_last = lx->loc_last;
        }
    } else if (t != YYEOF || tok != lx->cur) {
        matched(lx, tok);
    } /* the end of input has no text of its own: it keeps the last location */
    lloc->first = lx->loc_first;
    lloc->last = lx->loc_last;
    return t;
}
