/* diag.c: Nix-style message layout with source excerpts. */
#include "base/diag.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Finds line number `want` (1-based). Nix rereads files with readLine, which cannot
 * return a last line that has no '\n'; for strings it uses getline, which yields an empty
 * line after a final '\n'. Returns 0 if Nix would not show that line. */
static int get_line(const Source *s, uint32_t want, const char **start, size_t *len)
{
    const char *t = s->text, *end = s->text + s->len;
    for (uint32_t line = 1; line < want; line++) {
        const char *nl = memchr(t, '\n', (size_t)(end - t));
        if (!nl) return 0;
        t = nl + 1;
    }
    const char *nl = memchr(t, '\n', (size_t)(end - t));
    if (!nl && s->origin == ORIGIN_FILE) return 0;
    *start = t;
    *len = nl ? (size_t)(nl - t) : (size_t)(end - t);
    return 1;
}

static void add_code_line(Buf *out, uint32_t n, const char *s, size_t len)
{
    buf_printf(out, "\n %5u| ", n);
    buf_add(out, s, len);
}

void diag_add_excerpt(Buf *out, Pos p)
{
    LineCol lc = pos_linecol(p);
    if (!lc.src) return;
    char at[4096];
    pos_format_at(at, sizeof at, p);
    buf_printf(out, "\n" DIAG_BLUE "at " DIAG_ARG "%s" DIAG_NORMAL ":", at);
    /* Nix rereads the file for the excerpt: none for a file that is not there
     * (such as //builtin/derivation.nix) */
    if (lc.src->origin == ORIGIN_FILE && access(lc.src->path, F_OK) != 0) return;
    const char *s;
    size_t len;
    if (!get_line(lc.src, lc.line, &s, &len)) return;
    buf_adds(out, "\n");
    const char *ps;
    size_t plen;
    if (lc.line > 1 && get_line(lc.src, lc.line - 1, &ps, &plen)) add_code_line(out, lc.line - 1, ps, plen);
    add_code_line(out, lc.line, s, len);
    buf_adds(out, "\n      |");
    for (uint32_t i = 0; i < lc.col; i++) buf_addc(out, ' ');
    buf_adds(out, DIAG_RED "^" DIAG_NORMAL);
    if (get_line(lc.src, lc.line + 1, &ps, &plen))
        add_code_line(out, lc.line + 1, ps, plen);
    buf_adds(out, "\n");
}

void diag_add_frame(Buf *out, const char *msg, Pos p)
{
    buf_printf(out, "\n\xe2\x80\xa6 %s\n", msg);
    if (pos_source(p)) {
        diag_add_excerpt(out, p);
    }
}

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* Nix's prefixes: "error" red, "warning" magenta, any other plain. */
static void add_level(Buf *b, const char *level)
{
    const char *colour = !strcmp(level, "error") ? DIAG_RED : !strcmp(level, "warning") ? DIAG_ARG : NULL;
    if (colour) buf_printf(b, "%s%s:" DIAG_NORMAL " ", colour, level);
    else buf_printf(b, "%s: ", level);
}

void diag_emit(const char *level, const char *body)
{
    Buf out = {0};
    size_t prefix = strlen(level) + 2;
    const char *s = body;
    size_t n = strlen(s);
    while (n && is_blank(s[n - 1])) n--; /* chomp */
    int first = 1;
    for (;;) {
        const char *nl = memchr(s, '\n', n);
        size_t ll = nl ? (size_t)(nl - s) : n;
        Buf line = {0};
        if (first) add_level(&line, level);
        else for (size_t i = 0; i < prefix; i++) buf_addc(&line, ' ');
        buf_add(&line, s, ll);
        size_t l = line.len;
        while (l && is_blank(line.s[l - 1])) l--;
        if (!first) buf_addc(&out, '\n');
        buf_add(&out, line.s, l);
        first = 0;
        if (!nl) break;
        n -= ll + 1;
        s = nl + 1;
    }
    diag_log(out.s, out.len);
}

/* CppNix's filterANSIEscapes; with layout false, escapes only (tabs, CR and BEL kept). */
static void filter_ansi(Buf *t, const char *s, size_t n, bool keep_colours, bool layout)
{
    size_t w = 0, i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0x1b) {
            size_t start = i++;
            char last = 0;
            if (i < n && s[i] == '[') {
                i++;
                while (i < n && s[i] >= 0x30 && s[i] <= 0x3f) i++;
                while (i < n && s[i] >= 0x20 && s[i] <= 0x2f) i++;
                if (i < n && s[i] >= 0x40 && s[i] <= 0x7e) last = s[i++];
            } else if (i < n && s[i] >= 0x40 && s[i] <= 0x5f) {
                i++;
            }
            if (keep_colours && last == 'm') buf_add(t, s + start, i - start);
        } else if (!layout) {
            buf_addc(t, s[i++]);
        } else if (c == '\t') {
            i++;
            buf_addc(t, ' ');
            w++;
            while (w % 8) { buf_addc(t, ' '); w++; }
        } else if (c == '\r' || c == '\a') {
            i++;
        } else {
            /* one UTF-8 character counts one column */
            size_t k = 1;
            if ((c & 0xe0) == 0xc0) k = 2;
            else if ((c & 0xf0) == 0xe0) k = 3;
            else if ((c & 0xf8) == 0xf0) k = 4;
            buf_addc(t, s[i++]);
            for (size_t j = 1; j < k && i < n && ((unsigned char)s[i] & 0xc0) == 0x80; j++) buf_addc(t, s[i++]);
            w++;
        }
    }
}

/* fmt with each conversion in ANSI_WARNING colour, as Nix's hintfmt shows its arguments. */
const char *diag_colour_format(const char *fmt)
{
    Buf b = {0};
    for (const char *s = fmt; *s; s++) {
        if (*s != '%' || s[1] == '%') {
            buf_addc(&b, *s);
            if (*s == '%') buf_addc(&b, *++s);
            continue;
        }
        size_t n = 1 + strspn(s + 1, "-+ #0123456789.*hljztL");
        if (!s[n]) { buf_adds(&b, s); break; }
        buf_adds(&b, DIAG_ARG);
        buf_add(&b, s, n + 1);
        buf_adds(&b, DIAG_NORMAL);
        s += n;
    }
    return buf_cstr(&b);
}

bool diag_colours(void)
{
    static int colours = -1;
    if (colours < 0) {
        const char *term = getenv("TERM");
        colours = isatty(2) && term && strcmp(term, "dumb") != 0 && !getenv("NO_COLOR");
    }
    return colours;
}

void diag_strip_colours(Buf *out, const char *s)
{
    filter_ansi(out, s, strlen(s), false, false);
}

void diag_pos_in_message(char *buf, size_t n, Pos p)
{
    LineCol lc = pos_linecol(p);
    if (!lc.src) { snprintf(buf, n, "undefined position"); return; }
    const char *name = lc.src->origin == ORIGIN_FILE ? lc.src->path : "(string)";
    snprintf(buf, n, DIAG_BOLD "%s" DIAG_NORMAL ":%u:%u", name, lc.line, lc.col);
}

/* What comes before a message on stderr: by default stdout is flushed, so that people see
 * both in order; the drop-in writes stdout as Nix 2.8 buffers it instead. Process-wide, as
 * the two streams are. */
static void (*before_log)(void *);
static void *before_log_data;

void diag_set_before_log(void (*fn)(void *data), void *data)
{
    before_log = fn;
    before_log_data = data;
}

void diag_log(const char *text, size_t len)
{
    bool tty = diag_colours();
    Buf b = {0};
    buf_reserve(&b, len + 1);
    filter_ansi(&b, text, len, tty, true);
    buf_addc(&b, '\n');
    if (before_log) before_log(before_log_data);
    else fflush(stdout);
    fwrite(b.s, 1, b.len, stderr);
    fflush(stderr);
}
