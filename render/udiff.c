/* udiff.c: unified diffs. The edit script comes from Myers' O(ND) algorithm (the shortest
 * one, as diff finds it); hunks get three lines of context. Past MAX_EDITS differences the
 * search stops and the diff replaces the whole text, which is still a correct diff and
 * keeps memory bounded (the search keeps O(D^2) integers). */
#include "render/udiff.h"
#include "base/mem.h"

#include <stdbool.h>
#include <string.h>

enum { CONTEXT = 3, MAX_EDITS = 2000 };

typedef struct { const char *s; size_t len; } Line;   /* len counts the '\n', if any */
typedef struct { char op; int a, b; } Edit;           /* op '=', '-' or '+'; a, b: line indexes */

static Line *split_lines(const char *s, size_t len, int *n)
{
    int count = 0;
    for (size_t i = 0; i < len; i++) count += s[i] == '\n';
    if (len && s[len - 1] != '\n') count++;
    Line *lines = mem_alloc(sizeof *lines * (size_t)(count + 1));
    *n = 0;
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(s + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - s) + 1 : len;
        lines[(*n)++] = (Line){ s + i, end - i };
        i = end;
    }
    return lines;
}

static bool same(Line x, Line y) { return x.len == y.len && memcmp(x.s, y.s, x.len) == 0; }

/* The rows of Myers' V array, one per number of edits d: trace[d][k + d] for k in -d..d. */
static int **myers_trace(const Line *a, int n, const Line *b, int m, int *edits)
{
    int max = n + m, off = max + 1;
    int *v = mem_alloc(sizeof *v * (size_t)(2 * max + 3));
    int **trace = mem_alloc(sizeof *trace * (size_t)(MAX_EDITS + 2));
    for (int d = 0; d <= max && d <= MAX_EDITS; d++) {
        trace[d] = mem_alloc(sizeof **trace * (size_t)(2 * d + 1));
        memcpy(trace[d], v + off - d, sizeof **trace * (size_t)(2 * d + 1));
        for (int k = -d; k <= d; k += 2) {
            int x = k == -d || (k != d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && same(a[x], b[y])) x++, y++;
            v[off + k] = x;
            if (x >= n && y >= m) { *edits = d; return trace; }
        }
    }
    return NULL;
}

static int row(int **trace, int d, int k) { return trace[d][k + d]; }

/* The edit script, in order, from the trace (or, without one, delete all then add all). */
static Edit *edit_script(const Line *a, int n, const Line *b, int m, int *nedits)
{
    Edit *e = mem_alloc(sizeof *e * (size_t)(n + m + 1));
    int d, count = 0;
    int **trace = myers_trace(a, n, b, m, &d);
    if (!trace) {
        for (int i = 0; i < n; i++) e[count++] = (Edit){ '-', i, 0 };
        for (int j = 0; j < m; j++) e[count++] = (Edit){ '+', n, j };
        *nedits = count;
        return e;
    }
    int x = n, y = m;
    for (; d > 0; d--) {   /* backwards, so filled from the end */
        int k = x - y;
        int pk = k == -d || (k != d && row(trace, d, k - 1) < row(trace, d, k + 1)) ? k + 1 : k - 1;
        int px = row(trace, d, pk), py = px - pk;
        while (x > px && y > py) { x--, y--; e[count++] = (Edit){ '=', x, y }; }
        if (x == px) { y--; e[count++] = (Edit){ '+', x, y }; }
        else { x--; e[count++] = (Edit){ '-', x, y }; }
    }
    while (x > 0 && y > 0) { x--, y--; e[count++] = (Edit){ '=', x, y }; }
    for (int i = 0; i < count / 2; i++) { Edit t = e[i]; e[i] = e[count - 1 - i]; e[count - 1 - i] = t; }
    *nedits = count;
    return e;
}

static void add_line(Buf *out, char mark, Line l)
{
    buf_addc(out, mark);
    buf_add(out, l.s, l.len);
    if (!l.len || l.s[l.len - 1] != '\n') buf_adds(out, "\n\\ No newline at end of file\n");
}

/* "-START,COUNT" as diff writes it: COUNT 1 is left out, an empty range names the line
 * before it. */
static void add_range(Buf *out, char sign, int start, int count)
{
    if (count == 1) buf_printf(out, "%c%d", sign, start + 1);
    else buf_printf(out, "%c%d,%d", sign, count ? start + 1 : start, count);
}

static void add_hunk(Buf *out, const Edit *e, int from, int to, const Line *a, const Line *b)
{
    int na = 0, nb = 0;
    for (int i = from; i < to; i++) { na += e[i].op != '+'; nb += e[i].op != '-'; }
    buf_adds(out, "@@ ");
    add_range(out, '-', e[from].a, na);
    buf_addc(out, ' ');
    add_range(out, '+', e[from].b, nb);
    buf_adds(out, " @@\n");
    for (int i = from; i < to; i++)
        add_line(out, e[i].op == '=' ? ' ' : e[i].op, e[i].op == '+' ? b[e[i].b] : a[e[i].a]);
}

void udiff(Buf *out, const char *a, size_t alen, const char *b, size_t blen,
           const char *a_name, const char *b_name)
{
    if (alen == blen && memcmp(a, b, alen) == 0) return;
    int n, m, count;
    Line *la = split_lines(a, alen, &n), *lb = split_lines(b, blen, &m);
    Edit *e = edit_script(la, n, lb, m, &count);
    buf_printf(out, "--- %s\n+++ %s\n", a_name, b_name);
    for (int i = 0; i < count;) {
        if (e[i].op == '=') { i++; continue; }
        int from = i > CONTEXT ? i - CONTEXT : 0, last = i;
        /* changes at most 2 * CONTEXT unchanged lines apart share a hunk */
        for (int j = i + 1; j < count && j - last <= 2 * CONTEXT + 1; j++)
            if (e[j].op != '=') last = j;
        int to = last + 1 + CONTEXT < count ? last + 1 + CONTEXT : count;
        add_hunk(out, e, from, to, la, lb);
        i = to;
    }
}
