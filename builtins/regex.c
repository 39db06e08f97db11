/* regex.c: std::regex(extended) of libstdc++ (GCC 12, the library Nix 2.8 was built
 * with), ported to C so that builtins.match and builtins.split give exactly Nix's
 * results and errors (see regex.h). The compiler builds the same NFA as libstdc++'s
 * _Compiler, state for state, because the count of states decides when a pattern is
 * "too big" (error_space); the executor follows _Executor's depth-first search in POSIX
 * mode (both sides of every alternative explored, the longest match kept, the first of
 * equal ones winning). That search is exponential on patterns such as ".*++0" or
 * "(a*)*b", where Nix takes minutes or never ends; the executor memoizes it (see "the
 * memo" below) so that it gives Nix's results in polynomial time, and gives up after
 * RX_STEP_LIMIT steps on what is still too much. Nix is built without GNU extensions,
 * so escaping an ordinary character is an error, and the classic "C" locale decides
 * character classes. */
#include "builtins/regex.h"
#include "base/stack.h"
#include "base/grow.h"

#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define STATE_LIMIT 100000   /* _GLIBCXX_REGEX_STATE_LIMIT */

/* ---- the automaton ---- */

enum { OP_ALT, OP_REPEAT, OP_SUB_BEGIN, OP_SUB_END, OP_LINE_BEGIN, OP_LINE_END, OP_DUMMY,
       OP_MATCH, OP_ACCEPT };
enum { MK_ANY, MK_CHAR, MK_SET };

typedef struct {
    uint8_t op, mk, ch;
    int32_t next;
    int32_t alt;      /* OP_ALT/OP_REPEAT: other branch; OP_SUB_*: group; MK_SET: set */
} St;

static bool has_alt(const St *s) { return s->op == OP_ALT || s->op == OP_REPEAT; }

typedef struct { uint8_t bits[32]; } CharSet;

struct Regex {
    St *st;
    uint32_t nst;
    CharSet *sets;
    uint32_t nsets;
    unsigned ngroups;
    /* _M_rep_count per state; every run leaves it all zero again */
    struct RepCount { long pos; int count; } *rep;
    int32_t *reps;      /* the OP_REPEAT states, for the memo's keys */
    uint32_t nreps;
    /* the bytes a match can begin with, unless first_all (it may be empty or begin with
     * an assertion): a search skips other positions without running the automaton */
    CharSet first;
    bool first_all;
    int first_byte;     /* the one byte in `first`, or -1: the search jumps to it with memchr */
};

unsigned rx_groups(const Regex *re) { return re->ngroups; }

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) abort();
    return q;
}

/* ---- scanner (libstdc++'s _Scanner for the extended grammar) ---- */

enum { TK_EOF, TK_ORD, TK_ANY, TK_SUB_BEGIN, TK_SUB_END, TK_BRACK_BEGIN, TK_BRACK_NEG_BEGIN,
       TK_BRACK_END, TK_BRACK_DASH, TK_INTERVAL_BEGIN, TK_INTERVAL_END, TK_DUP_COUNT,
       TK_COMMA, TK_CLASS_NAME, TK_COLLSYM, TK_EQUIV_NAME, TK_OPT, TK_OR, TK_STAR, TK_PLUS,
       TK_LINE_BEGIN, TK_LINE_END };
enum { SS_NORMAL, SS_BRACE, SS_BRACKET };

typedef struct { int32_t start, end; } Seq;

typedef struct {
    jmp_buf fail;
    RxError err;
    const char *p, *end;
    int sstate;
    bool at_bracket_start;
    int tok;
    char *sval;  size_t svlen;    /* the scanner's token value */
    char *cval;  size_t cvlen;    /* the value of the token the compiler last took */
    Regex *re;
    uint32_t cap_st, cap_sets;
    Seq *stack;  uint32_t nstack, cap_stack;
    unsigned *parens;  uint32_t nparens, cap_parens;
    /* _StateSeq::_M_clone's map, as stamped arrays indexed by state */
    int32_t *map;  uint32_t *stamp;  uint32_t cap_map, gen;
    int32_t *keys, *todo;  uint32_t cap_keys;
    int32_t *pending;             /* freed if compiling fails */
    struct Bracket *brk;
} Comp;

static _Noreturn void fail(Comp *c, RxError e)
{
    c->err = e;
    longjmp(c->fail, 1);
}

static const char spec_chars[] = ".[\\()*+?{|^$";

static void set_sval1(Comp *c, char ch) { c->sval[0] = ch; c->svlen = 1; }

/* Reads a [:name:], [.name.] or [=name=] after its opening "[x". */
static void eat_class(Comp *c, char ch)
{
    c->svlen = 0;
    while (c->p != c->end && *c->p != ch) c->sval[c->svlen++] = *c->p++;
    if (c->p == c->end || *c->p++ != ch || c->p == c->end || *c->p++ != ']')
        fail(c, RX_ERR_SYNTAX);
}

static void scan_normal(Comp *c)
{
    char ch = *c->p++;
    if (!strchr(spec_chars, ch) || ch == 0) {
        if (ch == 0) fail(c, RX_ERR_SYNTAX);
        c->tok = TK_ORD;
        set_sval1(c, ch);
        return;
    }
    if (ch == '\\') {
        if (c->p == c->end) fail(c, RX_ERR_SYNTAX);
        /* only the special characters may be escaped (no GNU extensions in Nix's build) */
        char e = *c->p;
        if (e == 0 || !strchr(spec_chars, e)) fail(c, RX_ERR_SYNTAX);
        c->tok = TK_ORD;
        set_sval1(c, e);
        c->p++;
        return;
    }
    switch (ch) {
    case '(': c->tok = TK_SUB_BEGIN; break;
    case ')': c->tok = TK_SUB_END; break;
    case '[':
        c->sstate = SS_BRACKET;
        c->at_bracket_start = true;
        if (c->p != c->end && *c->p == '^') { c->tok = TK_BRACK_NEG_BEGIN; c->p++; }
        else c->tok = TK_BRACK_BEGIN;
        break;
    case '{': c->sstate = SS_BRACE; c->tok = TK_INTERVAL_BEGIN; break;
    case '^': c->tok = TK_LINE_BEGIN; break;
    case '$': c->tok = TK_LINE_END; break;
    case '.': c->tok = TK_ANY; break;
    case '*': c->tok = TK_STAR; break;
    case '+': c->tok = TK_PLUS; break;
    case '?': c->tok = TK_OPT; break;
    case '|': c->tok = TK_OR; break;
    }
}

static void scan_in_bracket(Comp *c)
{
    char ch = *c->p++;
    if (ch == '-') c->tok = TK_BRACK_DASH;
    else if (ch == '[') {
        if (c->p == c->end) fail(c, RX_ERR_SYNTAX);
        char k = *c->p;
        if (k == '.') { c->tok = TK_COLLSYM; c->p++; eat_class(c, k); }
        else if (k == ':') { c->tok = TK_CLASS_NAME; c->p++; eat_class(c, k); }
        else if (k == '=') { c->tok = TK_EQUIV_NAME; c->p++; eat_class(c, k); }
        else { c->tok = TK_ORD; set_sval1(c, ch); }
    } else if (ch == ']' && !c->at_bracket_start) {
        c->tok = TK_BRACK_END;
        c->sstate = SS_NORMAL;
    } else {
        c->tok = TK_ORD;
        set_sval1(c, ch);
    }
    c->at_bracket_start = false;
}

static bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }

static void scan_in_brace(Comp *c)
{
    char ch = *c->p++;
    if (is_digit(ch)) {
        c->tok = TK_DUP_COUNT;
        set_sval1(c, ch);
        while (c->p != c->end && is_digit(*c->p)) c->sval[c->svlen++] = *c->p++;
    } else if (ch == ',') c->tok = TK_COMMA;
    else if (ch == '}') { c->sstate = SS_NORMAL; c->tok = TK_INTERVAL_END; }
    else fail(c, RX_ERR_SYNTAX);
}

static void advance(Comp *c)
{
    if (c->p == c->end) { c->tok = TK_EOF; return; }
    if (c->sstate == SS_NORMAL) scan_normal(c);
    else if (c->sstate == SS_BRACKET) scan_in_bracket(c);
    else scan_in_brace(c);
}

static bool match_tok(Comp *c, int tok)
{
    if (c->tok != tok) return false;
    memcpy(c->cval, c->sval, c->svlen);
    c->cvlen = c->svlen;
    advance(c);
    return true;
}

/* _M_cur_int_value: accumulated in a long, returned as an int */
static long cur_int_value(Comp *c)
{
    uint64_t v = 0;
    for (size_t i = 0; i < c->cvlen; i++) v = v * 10 + (uint64_t)(c->cval[i] - '0');
    return (long)(int32_t)(uint32_t)v;
}

/* ---- building the NFA ---- */

static int32_t insert(Comp *c, St s)
{
    Regex *re = c->re;
    GROW_REALLOC(xrealloc, re->st, re->nst, c->cap_st, 64);
    re->st[re->nst++] = s;
    if (re->nst > STATE_LIMIT) fail(c, RX_ERR_SPACE);
    return (int32_t)(re->nst - 1);
}

static int32_t insert_op(Comp *c, int op) { return insert(c, (St){ (uint8_t)op, 0, 0, -1, -1 }); }

static int32_t insert_repeat(Comp *c, int32_t next, int32_t alt)
{
    return insert(c, (St){ OP_REPEAT, 0, 0, next, alt });
}

static int32_t insert_sub_begin(Comp *c)
{
    unsigned id = c->re->ngroups++;
    GROW_REALLOC(xrealloc, c->parens, c->nparens, c->cap_parens, 16);
    c->parens[c->nparens++] = id;
    return insert(c, (St){ OP_SUB_BEGIN, 0, 0, -1, (int32_t)id });
}

static int32_t insert_sub_end(Comp *c)
{
    unsigned id = c->parens[--c->nparens];
    return insert(c, (St){ OP_SUB_END, 0, 0, -1, (int32_t)id });
}

static Seq seq1(int32_t s) { return (Seq){ s, s }; }
static void append(Comp *c, Seq *q, int32_t id) { c->re->st[q->end].next = id; q->end = id; }
static void append_seq(Comp *c, Seq *q, Seq r) { c->re->st[q->end].next = r.start; q->end = r.end; }

static void push(Comp *c, Seq s)
{
    GROW_REALLOC(xrealloc, c->stack, c->nstack, c->cap_stack, 32);
    c->stack[c->nstack++] = s;
}

static Seq pop(Comp *c) { return c->stack[--c->nstack]; }

static bool mapped(Comp *c, int32_t u) { return c->stamp[u] == c->gen; }

/* _StateSeq::_M_clone, including its habit of copying a state twice when two paths
 * reach it before it is copied (which counts towards the state limit). */
static Seq clone(Comp *c, Seq q)
{
    uint32_t n = c->re->nst;
    if (c->cap_map < n) {
        uint32_t cap = n * 2;
        c->map = xrealloc(c->map, cap * sizeof *c->map);
        c->stamp = xrealloc(c->stamp, cap * sizeof *c->stamp);
        memset(c->stamp + c->cap_map, 0, (cap - c->cap_map) * sizeof *c->stamp);
        c->cap_map = cap;
    }
    /* a state is queued at most once per edge into it, and there are two per state */
    if (c->cap_keys < 2 * n + 2) {
        c->cap_keys = 4 * n + 2;
        c->keys = xrealloc(c->keys, c->cap_keys * sizeof *c->keys);
        c->todo = xrealloc(c->todo, c->cap_keys * sizeof *c->todo);
    }
    c->gen++;
    uint32_t nkeys = 0, ntodo = 0;
    c->todo[ntodo++] = q.start;
    while (ntodo) {
        int32_t u = c->todo[--ntodo];
        St dup = c->re->st[u];
        int32_t id = insert(c, dup);
        if (!mapped(c, u)) c->keys[nkeys++] = u;
        c->stamp[u] = c->gen;
        c->map[u] = id;
        if (has_alt(&dup) && dup.alt != -1 && !mapped(c, dup.alt)) c->todo[ntodo++] = dup.alt;
        if (u == q.end) continue;
        if (dup.next != -1 && !mapped(c, dup.next)) c->todo[ntodo++] = dup.next;
    }
    for (uint32_t i = 0; i < nkeys; i++) {
        St *s = &c->re->st[c->map[c->keys[i]]];
        if (s->next != -1) s->next = c->map[s->next];
        if (has_alt(s) && s->alt != -1) s->alt = c->map[s->alt];
    }
    return (Seq){ c->map[q.start], c->map[q.end] };
}

/* ---- bracket expressions ---- */

enum { CL_UPPER = 1, CL_LOWER = 2, CL_ALPHA = 4, CL_DIGIT = 8, CL_XDIGIT = 16, CL_SPACE = 32,
       CL_PRINT = 64, CL_CNTRL = 128, CL_PUNCT = 256, CL_BLANK = 512, CL_UNDER = 1024 };

/* The classic "C" locale's classification of a byte (nothing above 127). */
static unsigned char_classes(unsigned ch)
{
    unsigned m = 0;
    if (ch >= 128) return 0;
    if (ch >= 'A' && ch <= 'Z') m |= CL_UPPER | CL_ALPHA | CL_XDIGIT * (ch <= 'F');
    if (ch >= 'a' && ch <= 'z') m |= CL_LOWER | CL_ALPHA | CL_XDIGIT * (ch <= 'f');
    if (ch >= '0' && ch <= '9') m |= CL_DIGIT | CL_XDIGIT;
    if (ch == ' ' || (ch >= 9 && ch <= 13)) m |= CL_SPACE;
    if (ch >= 32 && ch < 127) m |= CL_PRINT;
    if (ch < 32 || ch == 127) m |= CL_CNTRL;
    if (ch > 32 && ch < 127 && !(m & (CL_ALPHA | CL_DIGIT))) m |= CL_PUNCT;
    if (ch == ' ' || ch == '\t') m |= CL_BLANK;
    return m;
}

static unsigned lookup_classname(const char *s, size_t n)
{
    static const struct { const char *name; unsigned mask; } names[] = {
        { "d", CL_DIGIT }, { "w", CL_ALPHA | CL_DIGIT | CL_UNDER }, { "s", CL_SPACE },
        { "alnum", CL_ALPHA | CL_DIGIT }, { "alpha", CL_ALPHA }, { "blank", CL_BLANK },
        { "cntrl", CL_CNTRL }, { "digit", CL_DIGIT },
        { "graph", CL_ALPHA | CL_DIGIT | CL_PUNCT }, { "lower", CL_LOWER },
        { "print", CL_PRINT }, { "punct", CL_PUNCT }, { "space", CL_SPACE },
        { "upper", CL_UPPER }, { "xdigit", CL_XDIGIT },
    };
    char low[16];
    if (n >= sizeof low) return 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        low[i] = (ch >= 'A' && ch <= 'Z') ? (char)(ch - 'A' + 'a') : ch;
    }
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i].name) == n && !memcmp(names[i].name, low, n)) return names[i].mask;
    return 0;
}

static bool class_match(unsigned ch, unsigned mask)
{
    return (char_classes(ch) & mask) || ((mask & CL_UNDER) && ch == '_');
}

/* regex_traits::lookup_collatename: the names of the 128 ASCII characters; -1 if unknown */
static int lookup_collatename(const char *s, size_t n)
{
    static const char *const names[128] = {
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "alert", "backspace", "tab",
        "newline", "vertical-tab", "form-feed", "carriage-return", "SO", "SI", "DLE", "DC1",
        "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "IS4", "IS3",
        "IS2", "IS1", "space", "exclamation-mark", "quotation-mark", "number-sign",
        "dollar-sign", "percent-sign", "ampersand", "apostrophe", "left-parenthesis",
        "right-parenthesis", "asterisk", "plus-sign", "comma", "hyphen", "period", "slash",
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "colon", "semicolon", "less-than-sign", "equals-sign", "greater-than-sign",
        "question-mark", "commercial-at", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J",
        "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z",
        "left-square-bracket", "backslash", "right-square-bracket", "circumflex",
        "underscore", "grave-accent", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k",
        "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
        "left-curly-bracket", "vertical-line", "right-curly-bracket", "tilde", "DEL",
    };
    for (int i = 0; i < 128; i++)
        if (strlen(names[i]) == n && !memcmp(names[i], s, n)) return i;
    return -1;
}

static unsigned ascii_lower(unsigned ch) { return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch; }

typedef struct Bracket {
    bool chars[256], ranges[256], equiv[256];
    unsigned classes;
    bool neg;
} Bracket;

static void set_char(bool *set, char ch) { set[(unsigned char)ch] = true; }

/* _M_make_range: chars compare as (signed) char */
static void make_range(Comp *c, Bracket *b, char l, char r)
{
    if ((signed char)l > (signed char)r) fail(c, RX_ERR_SYNTAX);
    for (int i = 0; i < 256; i++) {
        signed char x = (signed char)i;
        if (x >= (signed char)l && x <= (signed char)r) b->ranges[i] = true;
    }
}

typedef struct { int type; char ch; } LastChar;   /* _BracketState */
enum { LC_NONE, LC_CHAR, LC_CLASS };

static bool try_char(Comp *c) { return match_tok(c, TK_ORD); }

static void push_char(Bracket *b, LastChar *last, char ch)
{
    if (last->type == LC_CHAR) set_char(b->chars, last->ch);
    last->type = LC_CHAR;
    last->ch = ch;
}

static void push_class(Bracket *b, LastChar *last)
{
    if (last->type == LC_CHAR) set_char(b->chars, last->ch);
    last->type = LC_CLASS;
}

static bool expression_term(Comp *c, LastChar *last, Bracket *b)
{
    if (match_tok(c, TK_BRACK_END)) return false;
    if (match_tok(c, TK_COLLSYM)) {
        int ch = lookup_collatename(c->cval, c->cvlen);
        if (ch < 0) fail(c, RX_ERR_SYNTAX);
        set_char(b->chars, (char)ch);
        push_char(b, last, (char)ch);
    } else if (match_tok(c, TK_EQUIV_NAME)) {
        push_class(b, last);
        int ch = lookup_collatename(c->cval, c->cvlen);
        if (ch < 0) fail(c, RX_ERR_SYNTAX);
        b->equiv[ascii_lower((unsigned)ch)] = true;
    } else if (match_tok(c, TK_CLASS_NAME)) {
        push_class(b, last);
        unsigned mask = lookup_classname(c->cval, c->cvlen);
        if (!mask) fail(c, RX_ERR_SYNTAX);
        b->classes |= mask;
    } else if (try_char(c)) {
        push_char(b, last, c->cval[0]);
    } else if (match_tok(c, TK_BRACK_DASH)) {
        if (match_tok(c, TK_BRACK_END)) {
            push_char(b, last, '-');
            return false;
        } else if (last->type == LC_CLASS) {
            fail(c, RX_ERR_SYNTAX);
        } else if (last->type == LC_CHAR) {
            if (try_char(c)) { make_range(c, b, last->ch, c->cval[0]); last->type = LC_NONE; }
            else if (match_tok(c, TK_BRACK_DASH)) { make_range(c, b, last->ch, '-'); last->type = LC_NONE; }
            else fail(c, RX_ERR_SYNTAX);
        } else {
            fail(c, RX_ERR_SYNTAX);
        }
    } else {
        fail(c, RX_ERR_SYNTAX);
    }
    return true;
}

static int32_t insert_set(Comp *c, const Bracket *b)
{
    Regex *re = c->re;
    GROW_REALLOC(xrealloc, re->sets, re->nsets, c->cap_sets, 8);
    CharSet *cs = &re->sets[re->nsets];
    memset(cs, 0, sizeof *cs);
    for (unsigned i = 0; i < 256; i++) {
        bool in = b->chars[i] || b->ranges[i] || class_match(i, b->classes)
                  || b->equiv[ascii_lower(i)];
        if (in != b->neg) cs->bits[i >> 3] |= (uint8_t)(1u << (i & 7));
    }
    return insert(c, (St){ OP_MATCH, MK_SET, 0, -1, (int32_t)re->nsets++ });
}

static bool bracket_expression(Comp *c)
{
    bool neg = match_tok(c, TK_BRACK_NEG_BEGIN);
    if (!neg && !match_tok(c, TK_BRACK_BEGIN)) return false;
    if (!c->brk && !(c->brk = malloc(sizeof *c->brk))) abort();
    Bracket *b = c->brk;
    memset(b, 0, sizeof *b);
    b->neg = neg;
    LastChar last = { LC_NONE, 0 };
    if (try_char(c)) { last.type = LC_CHAR; last.ch = c->cval[0]; }
    else if (match_tok(c, TK_BRACK_DASH)) { last.type = LC_CHAR; last.ch = '-'; }
    while (expression_term(c, &last, b))
        ;
    if (last.type == LC_CHAR) set_char(b->chars, last.ch);
    push(c, seq1(insert_set(c, b)));
    return true;
}

/* ---- the grammar (_Compiler) ---- */

static void disjunction(Comp *c);

static bool atom(Comp *c)
{
    if (match_tok(c, TK_ANY)) {
        push(c, seq1(insert(c, (St){ OP_MATCH, MK_ANY, 0, -1, -1 })));
    } else if (try_char(c)) {
        push(c, seq1(insert(c, (St){ OP_MATCH, MK_CHAR, (uint8_t)c->cval[0], -1, -1 })));
    } else if (match_tok(c, TK_SUB_BEGIN)) {
        Seq r = seq1(insert_sub_begin(c));
        disjunction(c);
        if (!match_tok(c, TK_SUB_END)) fail(c, RX_ERR_SYNTAX);
        append_seq(c, &r, pop(c));
        append(c, &r, insert_sub_end(c));
        push(c, r);
    } else if (!bracket_expression(c)) {
        return false;
    }
    return true;
}

static bool quantifier(Comp *c)
{
    if (match_tok(c, TK_STAR)) {
        if (!c->nstack) fail(c, RX_ERR_SYNTAX);
        Seq e = pop(c);
        Seq r = seq1(insert_repeat(c, -1, e.start));
        append_seq(c, &e, r);
        push(c, r);
    } else if (match_tok(c, TK_PLUS)) {
        if (!c->nstack) fail(c, RX_ERR_SYNTAX);
        Seq e = pop(c);
        append(c, &e, insert_repeat(c, -1, e.start));
        push(c, e);
    } else if (match_tok(c, TK_OPT)) {
        if (!c->nstack) fail(c, RX_ERR_SYNTAX);
        Seq e = pop(c);
        int32_t end = insert_op(c, OP_DUMMY);
        Seq r = seq1(insert_repeat(c, -1, e.start));
        append(c, &e, end);
        append(c, &r, end);
        push(c, r);
    } else if (match_tok(c, TK_INTERVAL_BEGIN)) {
        if (!c->nstack) fail(c, RX_ERR_SYNTAX);
        if (!match_tok(c, TK_DUP_COUNT)) fail(c, RX_ERR_SYNTAX);
        Seq r = pop(c);
        Seq e = seq1(insert_op(c, OP_DUMMY));
        long min_rep = cur_int_value(c);
        bool infinite = false;
        long n = 0;
        if (match_tok(c, TK_COMMA)) {
            if (match_tok(c, TK_DUP_COUNT)) n = cur_int_value(c) - min_rep;
            else infinite = true;
        }
        if (!match_tok(c, TK_INTERVAL_END)) fail(c, RX_ERR_SYNTAX);
        for (long i = 0; i < min_rep; i++) append_seq(c, &e, clone(c, r));
        if (infinite) {
            Seq tmp = clone(c, r);
            Seq s = seq1(insert_repeat(c, -1, tmp.start));
            append_seq(c, &tmp, s);
            append_seq(c, &e, s);
        } else {
            if (n < 0) fail(c, RX_ERR_SYNTAX);
            int32_t end = insert_op(c, OP_DUMMY);
            /* the repeat nodes are made with their branches the wrong way round and
             * swapped at the end, as libstdc++ does */
            /* each round adds states, so the limit stops the loop before STATE_LIMIT rounds */
            size_t cap = n > 0 ? (n < STATE_LIMIT ? (size_t)n : STATE_LIMIT) : 0;
            int32_t *made = cap ? malloc(cap * sizeof *made) : NULL;
            if (cap && !made) abort();
            c->pending = made;
            for (long i = 0; i < n; i++) {
                Seq tmp = clone(c, r);
                int32_t alt = insert_repeat(c, tmp.start, end);
                made[i] = alt;
                append_seq(c, &e, (Seq){ alt, tmp.end });
            }
            append(c, &e, end);
            for (long i = 0; i < n; i++) {
                St *s = &c->re->st[made[i]];
                int32_t t = s->next;
                s->next = s->alt;
                s->alt = t;
            }
            c->pending = NULL;
            free(made);
        }
        push(c, e);
    } else {
        return false;
    }
    return true;
}

static bool term(Comp *c)
{
    if (match_tok(c, TK_LINE_BEGIN)) { push(c, seq1(insert_op(c, OP_LINE_BEGIN))); return true; }
    if (match_tok(c, TK_LINE_END)) { push(c, seq1(insert_op(c, OP_LINE_END))); return true; }
    if (atom(c)) {
        while (quantifier(c))
            ;
        return true;
    }
    return false;
}

/* A sequence of terms; libstdc++ recurses once per term, this loops (same NFA). */
static void alternative(Comp *c)
{
    uint32_t n = 0;
    while (term(c)) n++;
    push(c, seq1(insert_op(c, OP_DUMMY)));
    while (n--) {
        Seq rest = pop(c);
        Seq re = pop(c);
        append_seq(c, &re, rest);
        push(c, re);
    }
}

static void disjunction(Comp *c)
{
    if (stack_low(64 * 1024)) fail(c, RX_ERR_DEPTH);
    alternative(c);
    while (match_tok(c, TK_OR)) {
        Seq alt1 = pop(c);
        alternative(c);
        Seq alt2 = pop(c);
        int32_t end = insert_op(c, OP_DUMMY);
        append(c, &alt1, end);
        append(c, &alt2, end);
        push(c, (Seq){ insert(c, (St){ OP_ALT, 0, 0, alt2.start, alt1.start }), end });
    }
}

static void eliminate_dummy(Regex *re)
{
    for (uint32_t i = 0; i < re->nst; i++) {
        St *s = &re->st[i];
        while (s->next >= 0 && re->st[s->next].op == OP_DUMMY) s->next = re->st[s->next].next;
        if (has_alt(s))
            while (s->alt >= 0 && re->st[s->alt].op == OP_DUMMY) s->alt = re->st[s->alt].next;
    }
}

/* ---- compiling ---- */

static void comp_free(Comp *c)
{
    free(c->sval); free(c->cval); free(c->stack); free(c->parens);
    free(c->map); free(c->stamp); free(c->keys); free(c->todo); free(c->pending); free(c->brk);
}

void rx_free(const Regex *re)
{
    Regex *r = (Regex *)re;
    if (!r) return;
    free(r->st); free(r->sets); free(r->rep); free(r->reps); free(r);
}

/* Builds the NFA into c->re; false (c->err set) on error. */
static bool build(Comp *c)
{
    if (setjmp(c->fail)) return false;
    advance(c);
    /* the whole match is group 0 */
    Seq r = { 0, 0 };
    append(c, &r, insert_sub_begin(c));
    disjunction(c);
    if (!match_tok(c, TK_EOF)) fail(c, RX_ERR_SYNTAX);
    append_seq(c, &r, pop(c));
    append(c, &r, insert_sub_end(c));
    append(c, &r, insert_op(c, OP_ACCEPT));
    return true;
}

static void compute_first(Regex *re);

RxError rx_compile(const char *pat, size_t len, const Regex **out)
{
    Regex *re = calloc(1, sizeof *re);
    Comp *c = calloc(1, sizeof *c);
    if (!re || !c) abort();
    c->re = re;
    c->p = pat;
    c->end = pat + len;
    c->sval = malloc(len + 1);
    c->cval = malloc(len + 1);
    if (!c->sval || !c->cval) abort();
    bool ok = build(c);
    RxError err = c->err;
    comp_free(c);
    free(c);
    if (!ok) {
        rx_free(re);
        return err;
    }
    eliminate_dummy(re);
    re->rep = calloc(re->nst, sizeof *re->rep);
    re->reps = malloc((re->nst + 1) * sizeof *re->reps);
    if (!re->rep || !re->reps) abort();
    for (uint32_t i = 0; i < re->nst; i++)
        if (re->st[i].op == OP_REPEAT) re->reps[re->nreps++] = (int32_t)i;
    compute_first(re);
    *out = re;
    return RX_OK;
}

/* ---- the executor (_Executor in DFS mode, POSIX flavour) ---- */

enum { F_PREV_AVAIL = 1, F_NOT_NULL = 2, F_CONTINUOUS = 4 };

typedef struct { long first, second; bool matched; } Cap;

/* One pending call of _M_dfs. Every call leaves the position, the captures and the
 * repetition counters as it found them, so a frame remembers the position and the
 * height of the undo trail at entry; a call whose last act is another call reuses its
 * frame. */
typedef struct {
    int32_t state;
    int32_t entry;      /* the state the call began at (tail calls change state) */
    uint8_t phase;
    bool saved_sol;
    bool sol_in;        /* has_sol when the call began */
    long cur;
    size_t trail;
    size_t mark;        /* OP_REPEAT: the trail height before its counter changed */
} Frame;

/* ---- the memo ----
 * A call of _M_dfs at state S and position P, with has_sol H, explores a subtree whose
 * course depends on S, P, H and the repetition counters only (captures are recorded,
 * never tested: the extended grammar has no back-references). A counter matters only if
 * its position is P: counters are set at positions of the current path, which never goes
 * back, so one set before P can never equal a later position and acts as zero. The call's
 * effects are the has_sol it leaves and the solutions it records; exploring the same
 * subtree again reaches the same solutions, none longer than the one kept already, and a
 * solution only replaces a strictly shorter one, so the second exploration records nothing
 * and only its has_sol matters. The memo maps the key (S, P, H, counts of the counters at
 * P) to that has_sol; it is filled when a call returns and consulted before a call. */
typedef struct {
    uint64_t hash;
    int32_t state;
    long cur;
    uint32_t key;       /* offset of the counts in the key arena */
    bool sol_in, sol_out, used;
} MemoEntry;

typedef struct {
    MemoEntry *slots;
    size_t cap, n;
    uint8_t *keys;      /* nreps counts per entry */
    size_t nkeys, cap_keys;
    uint8_t *scratch;
} Memo;

/* Plain search is fastest on ordinary patterns: the memo starts after this many steps. */
#define RX_MEMO_AFTER 2048
/* What the memo still lets through (nested repetitions over long subjects) stops after
 * this many steps, a fraction of a second, plus RX_STEPS_PER_BYTE for each byte of the
 * subject, so that a long subject searched by an ordinary pattern never comes near. */
#define RX_STEP_LIMIT 2000000L
#define RX_STEPS_PER_BYTE 64L
#define RX_MEMO_LIMIT ((size_t)1 << 22)

typedef struct {
    uint8_t what;       /* 0: capture, 1: repetition counter */
    uint32_t index;
    long a, b;
    bool m;
} Undo;

typedef struct {
    const Regex *re;
    const unsigned char *s;
    long begin, end, cur;
    unsigned flags;
    bool exact, has_sol;
    long sol_pos;
    Cap *caps, *res;
    Frame *frames;  size_t nframes, cap_frames;
    Undo *trail;  size_t ntrail, cap_trail;
    long steps, step_limit;
    bool gave_up;
    Memo memo;          /* used once steps reach RX_MEMO_AFTER; emptied by each run */
} Exec;

static void undo_to(Exec *x, size_t h)
{
    while (x->ntrail > h) {
        Undo *u = &x->trail[--x->ntrail];
        if (u->what == 0) {
            Cap *cp = &x->caps[u->index];
            cp->first = u->a;
            cp->second = u->b;
            cp->matched = u->m;
        } else {
            struct RepCount *rc = &x->re->rep[u->index];
            rc->pos = u->a;
            rc->count = (int)u->b;
        }
    }
}

static void log_undo(Exec *x, Undo u)
{
    GROW_REALLOC(xrealloc, x->trail, x->ntrail, x->cap_trail, 256);
    x->trail[x->ntrail++] = u;
}

/* NIXEL_REGEX_MEMO_FROM=N starts the memo after N steps instead: tests/regex/ sets 0 to
 * check memoized results against Nix's on patterns small enough for Nix to finish. */
static long memo_after(void)
{
    static long after = -1;
    if (after < 0) {
        const char *e = getenv("NIXEL_REGEX_MEMO_FROM");
        after = e && *e ? strtol(e, NULL, 10) : RX_MEMO_AFTER;
        if (after < 0) after = RX_MEMO_AFTER;
    }
    return after;
}

static bool memo_on(const Exec *x) { return x->steps >= memo_after(); }

/* The key's counts into memo.scratch; returns the key's hash. */
static uint64_t memo_key(Exec *x, int32_t state, long cur, bool sol_in)
{
    const Regex *re = x->re;
    uint64_t h = 1469598103934665603ull;
    h = (h ^ (uint64_t)(uint32_t)state) * 1099511628211ull;
    h = (h ^ (uint64_t)cur) * 1099511628211ull;
    h = (h ^ (uint64_t)sol_in) * 1099511628211ull;
    for (uint32_t i = 0; i < re->nreps; i++) {
        const struct RepCount *rc = &re->rep[re->reps[i]];
        uint8_t c = rc->count && rc->pos == cur ? (uint8_t)rc->count : 0;
        x->memo.scratch[i] = c;
        h = (h ^ c) * 1099511628211ull;
    }
    return h;
}

static MemoEntry *memo_slot(Exec *x, uint64_t h, int32_t state, long cur, bool sol_in)
{
    Memo *m = &x->memo;
    size_t nreps = x->re->nreps;
    for (size_t i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        MemoEntry *e = &m->slots[i];
        if (!e->used) return e;
        if (e->hash == h && e->state == state && e->cur == cur && e->sol_in == sol_in
            && !memcmp(m->keys + e->key, m->scratch, nreps))
            return e;
    }
}

static void memo_grow(Exec *x)
{
    Memo *m = &x->memo;
    size_t cap = m->cap ? m->cap * 2 : 4096;
    MemoEntry *slots = calloc(cap, sizeof *slots);
    if (!slots) abort();
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slots[i].used) continue;
        size_t j = m->slots[i].hash & (cap - 1);
        while (slots[j].used) j = (j + 1) & (cap - 1);
        slots[j] = m->slots[i];
    }
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
}

/* Was the call already explored? Then *sol is the has_sol it left. */
static bool memo_find(Exec *x, int32_t state, bool *sol)
{
    if (!x->memo.n) return false;
    uint64_t h = memo_key(x, state, x->cur, x->has_sol);
    MemoEntry *e = memo_slot(x, h, state, x->cur, x->has_sol);
    if (!e->used) return false;
    *sol = e->sol_out;
    return true;
}

static void memo_store(Exec *x, const Frame *f)
{
    Memo *m = &x->memo;
    if (m->n >= RX_MEMO_LIMIT) { x->gave_up = true; return; }
    if (!m->scratch) {
        m->scratch = malloc(x->re->nreps + 1);
        if (!m->scratch) abort();
    }
    if ((m->n + 1) * 2 > m->cap) memo_grow(x);
    uint64_t h = memo_key(x, f->entry, f->cur, f->sol_in);
    MemoEntry *e = memo_slot(x, h, f->entry, f->cur, f->sol_in);
    if (e->used) return;
    size_t nreps = x->re->nreps;
    if (!m->keys || m->nkeys + nreps > m->cap_keys) {   /* never NULL, even for no counters */
        m->cap_keys = (m->cap_keys + nreps + 1) * 2;
        m->keys = xrealloc(m->keys, m->cap_keys);
    }
    memcpy(m->keys + m->nkeys, m->scratch, nreps);
    *e = (MemoEntry){ h, f->entry, f->cur, (uint32_t)m->nkeys, f->sol_in, x->has_sol, true };
    m->nkeys += nreps;
    m->n++;
}

static void memo_clear(Memo *m)
{
    if (m->cap) memset(m->slots, 0, m->cap * sizeof *m->slots);
    m->n = m->nkeys = 0;
}

static void memo_free(Memo *m)
{
    free(m->slots); free(m->keys); free(m->scratch);
}

static void call(Exec *x, int32_t state)
{
    bool sol;
    if (memo_on(x) && memo_find(x, state, &sol)) { x->has_sol = sol; return; }
    GROW_REALLOC(xrealloc, x->frames, x->nframes, x->cap_frames, 256);
    x->frames[x->nframes++] = (Frame){ state, state, 0, false, x->has_sol, x->cur, x->ntrail, 0 };
}

static void ret(Exec *x)
{
    Frame *f = &x->frames[--x->nframes];
    undo_to(x, f->trail);
    x->cur = f->cur;
    if (memo_on(x)) memo_store(x, f);
}

static void tail(Frame *f, int32_t state)
{
    f->state = state;
    f->phase = 0;
}

static bool set_has(const CharSet *cs, unsigned char ch) { return cs->bits[ch >> 3] & (1u << (ch & 7)); }

static bool at_begin(const Exec *x)
{
    return x->cur == x->begin && !(x->flags & F_PREV_AVAIL);
}

static void accept(Exec *x)
{
    x->has_sol = x->exact ? x->cur == x->end : true;
    if (x->cur == x->begin && (x->flags & F_NOT_NULL)) x->has_sol = false;
    if (x->has_sol && (x->sol_pos < 0 || x->sol_pos < x->cur)) {
        x->sol_pos = x->cur;
        memcpy(x->res, x->caps, x->re->ngroups * sizeof *x->caps);
    }
}

static void dfs(Exec *x)
{
    call(x, 0);
    while (x->nframes) {
        /* an interrupt (nixel's own commands, the REPL) moves the stack limit: a long
         * search looks at it now and then, as the evaluator does at every call */
        if (++x->steps > x->step_limit || x->gave_up || ((x->steps & 0xFFF) == 0 && stack_low(0))) {
            /* leave the counters all zero, as a finished run does */
            x->gave_up = true;
            while (x->nframes) undo_to(x, x->frames[--x->nframes].trail);
            return;
        }
        Frame *f = &x->frames[x->nframes - 1];
        const St *st = &x->re->st[f->state];
        switch (st->op) {
        case OP_REPEAT:
            if (f->phase == 0) {
                struct RepCount *rc = &x->re->rep[f->state];
                f->phase = 1;
                f->mark = x->ntrail;
                /* an iteration may start at most twice at one position */
                if (rc->count == 0 || rc->pos != x->cur) {
                    log_undo(x, (Undo){ 1, (uint32_t)f->state, rc->pos, rc->count, false });
                    rc->pos = x->cur;
                    rc->count = 1;
                    call(x, st->alt);
                    break;
                } else if (rc->count < 2) {
                    log_undo(x, (Undo){ 1, (uint32_t)f->state, rc->pos, rc->count, false });
                    rc->count++;
                    call(x, st->alt);
                    break;
                }
            }
            if (f->mark < x->ntrail) undo_to(x, f->mark);
            if (!x->has_sol) tail(f, st->next);
            else ret(x);
            break;
        case OP_ALT:
            if (f->phase == 0) {
                f->phase = 1;
                call(x, st->alt);
            } else if (f->phase == 1) {
                f->saved_sol = x->has_sol;
                x->has_sol = false;
                f->phase = 2;
                call(x, st->next);
            } else {
                x->has_sol |= f->saved_sol;
                ret(x);
            }
            break;
        case OP_SUB_BEGIN: {
            Cap *cp = &x->caps[st->alt];
            log_undo(x, (Undo){ 0, (uint32_t)st->alt, cp->first, cp->second, cp->matched });
            cp->first = x->cur;
            tail(f, st->next);
            break;
        }
        case OP_SUB_END: {
            Cap *cp = &x->caps[st->alt];
            log_undo(x, (Undo){ 0, (uint32_t)st->alt, cp->first, cp->second, cp->matched });
            cp->second = x->cur;
            cp->matched = true;
            tail(f, st->next);
            break;
        }
        case OP_LINE_BEGIN:
            if (at_begin(x)) tail(f, st->next);
            else ret(x);
            break;
        case OP_LINE_END:
            if (x->cur == x->end) tail(f, st->next);
            else ret(x);
            break;
        case OP_MATCH: {
            if (x->cur == x->end) { ret(x); break; }
            unsigned char ch = x->s[x->cur];
            bool ok = st->mk == MK_ANY ? ch != 0
                    : st->mk == MK_CHAR ? ch == st->ch
                    : set_has(&x->re->sets[st->alt], ch);
            if (ok) { x->cur++; tail(f, st->next); }
            else ret(x);
            break;
        }
        case OP_ACCEPT:
            accept(x);
            ret(x);
            break;
        default:
            abort();
        }
    }
}

/* _M_main: one attempt at the current begin. */
/* Which bytes can a match begin with? Walks from the start through every branch up to
 * the first state that reads a character. */
static void compute_first(Regex *re)
{
    memset(&re->first, 0, sizeof re->first);
    re->first_all = false;
    re->first_byte = -1;
    int32_t *todo = malloc((re->nst + 1) * sizeof *todo);
    uint8_t *seen = calloc(re->nst + 1, 1);
    if (!todo || !seen) { re->first_all = true; free(todo); free(seen); return; }
    uint32_t n = 0;
    todo[n++] = 0;
    while (n && !re->first_all) {
        int32_t i = todo[--n];
        if (i < 0 || (uint32_t)i >= re->nst || seen[i]) continue;
        seen[i] = 1;
        const St *st = &re->st[i];
        switch (st->op) {
        case OP_ALT: case OP_REPEAT: todo[n++] = st->next; todo[n++] = st->alt; break;
        case OP_SUB_BEGIN: case OP_SUB_END: case OP_DUMMY: todo[n++] = st->next; break;
        case OP_MATCH:
            if (st->mk == MK_CHAR) re->first.bits[st->ch >> 3] |= (uint8_t)(1u << (st->ch & 7));
            else if (st->mk == MK_SET)
                for (int b = 0; b < 32; b++) re->first.bits[b] |= re->sets[st->alt].bits[b];
            else { memset(re->first.bits, 0xff, sizeof re->first.bits); re->first.bits[0] &= 0xfe; }
            break;
        default: re->first_all = true; break; /* assertions, accepting the empty string */
        }
    }
    free(todo);
    free(seen);
    for (int ch = 0, count = 0; ch < 256 && !re->first_all; ch++)
        if (re->first.bits[ch >> 3] & (1u << (ch & 7))) re->first_byte = count++ ? -1 : ch;
}

static bool run(Exec *x)
{
    memo_clear(&x->memo);
    x->has_sol = false;
    x->sol_pos = -1;
    for (unsigned i = 0; i < x->re->ngroups; i++) x->caps[i] = x->res[i];
    x->cur = x->begin;
    dfs(x);
    return x->has_sol;
}

static void exec_init(Exec *x, const Regex *re, const char *s, long begin, long end, unsigned flags)
{
    memset(x, 0, sizeof *x);
    x->re = re;
    x->s = (const unsigned char *)s;
    x->begin = begin;
    x->end = end;
    x->flags = flags;
    x->step_limit = RX_STEP_LIMIT + RX_STEPS_PER_BYTE * end;
    x->caps = malloc(re->ngroups * sizeof *x->caps);
    x->res = malloc(re->ngroups * sizeof *x->res);
    if (!x->caps || !x->res) abort();
    for (unsigned i = 0; i < re->ngroups; i++) x->res[i] = (Cap){ -1, -1, false };
}

static void exec_finish(Exec *x, bool ok, long *caps)
{
    if (ok)
        for (unsigned i = 0; i < x->re->ngroups; i++) {
            caps[2 * i] = x->res[i].matched ? x->res[i].first : -1;
            caps[2 * i + 1] = x->res[i].matched ? x->res[i].second : -1;
        }
    free(x->caps); free(x->res); free(x->frames); free(x->trail);
    memo_free(&x->memo);
}

RxResult rx_match(const Regex *re, const char *s, size_t len, long *caps)
{
    Exec x;
    exec_init(&x, re, s, 0, (long)len, 0);
    x.exact = true;
    bool ok = run(&x);
    bool gave_up = x.gave_up;
    exec_finish(&x, ok && !gave_up, caps);
    return gave_up ? RX_TOO_COMPLEX : ok ? RX_MATCHED : RX_NO_MATCH;
}

/* regex_search from begin: _M_search. *gave_up when the step limit stopped it. */
static bool search(const Regex *re, const char *s, long begin, long end, unsigned flags, long *caps,
                   bool *gave_up)
{
    Exec x;
    exec_init(&x, re, s, begin, end, flags);
    bool ok = run(&x);
    if (!ok && !x.gave_up && !(flags & F_CONTINUOUS)) {
        x.flags |= F_PREV_AVAIL;
        while (x.begin != x.end && !x.gave_up) {
            x.begin++;
            /* The same positions as the test below skips, found by memchr: the render plan
             * splits every file's text on "/nix/store/..." (old-200-containers: this loop
             * was 177 M of its 4,045 M instructions). */
            if (re->first_byte >= 0 && x.begin != x.end) {
                const char *next = memchr(s + x.begin, re->first_byte, (size_t)(x.end - x.begin));
                x.begin = next ? next - s : x.end;
            }
            /* no match can begin here: the result is the same as trying */
            if (!re->first_all && (x.begin == x.end || !set_has(&re->first, (unsigned char)s[x.begin])))
                continue;
            if ((ok = run(&x))) break;
        }
    }
    *gave_up = x.gave_up;
    exec_finish(&x, ok && !x.gave_up, caps);
    return ok && !*gave_up;
}

void rx_iter_init(RxIter *it, const Regex *re, const char *s, size_t len)
{
    *it = (RxIter){ re, s, len, 0, false, false, false };
}

/* regex_iterator's constructor and operator++. caps holds the previous match between
 * calls. */
bool rx_iter_next(RxIter *it, long *caps, size_t *prefix)
{
    if (it->done) return false;
    long end = (long)it->len;
    if (!it->started) {
        it->started = true;
        if (!search(it->re, it->s, 0, end, it->flags, caps, &it->gave_up)) { it->done = true; return false; }
        *prefix = 0;
        return true;
    }
    long start = caps[1];
    long prefix_first = caps[1];
    if (caps[0] == caps[1]) {
        if (start == end) { it->done = true; return false; }
        if (search(it->re, it->s, start, end, it->flags | F_NOT_NULL | F_CONTINUOUS, caps, &it->gave_up)) {
            *prefix = (size_t)prefix_first;
            return true;
        }
        if (it->gave_up) { it->done = true; return false; }
        start++;
    }
    it->flags |= F_PREV_AVAIL;
    if (search(it->re, it->s, start, end, it->flags, caps, &it->gave_up)) {
        *prefix = (size_t)prefix_first;
        return true;
    }
    it->done = true;
    return false;
}
