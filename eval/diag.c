/* diag.c: Nix-style message layout with source excerpts. */
#include "diag.h"

#include <stdio.h>
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
    buf_printf(out, "\nat %s:", at);
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
    buf_addc(out, '^');
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
        if (first) buf_printf(&line, "%s: ", level);
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
    buf_addc(&out, '\n');
    fwrite(out.s, 1, out.len, stderr);
    fflush(stderr);
}
