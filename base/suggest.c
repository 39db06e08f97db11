/* suggest.c: "Did you mean ...?" hints, as Nix 2.8 gives them for a missing attribute or
 * an unexpected argument: the candidates at edit distance 2 or less, closest first (ties
 * by name), at most five. */
#include "base/suggest.h"
#include "base/diag.h"
#include "base/mem.h"

#include <stdlib.h>
#include <string.h>

static int levenshtein(const char *a, size_t m, const char *b, size_t n)
{
    int *v0 = malloc((n + 1) * sizeof *v0), *v1 = malloc((n + 1) * sizeof *v1);
    if (!v0 || !v1) mem_fail((n + 1) * sizeof *v0);
    for (size_t j = 0; j <= n; j++) v0[j] = (int)j;
    for (size_t i = 0; i < m; i++) {
        v1[0] = (int)i + 1;
        for (size_t j = 0; j < n; j++) {
            int del = v0[j + 1] + 1, ins = v1[j] + 1, sub = v0[j] + (a[i] != b[j]);
            v1[j + 1] = del < ins ? (del < sub ? del : sub) : (ins < sub ? ins : sub);
        }
        int *t = v0; v0 = v1; v1 = t;
    }
    int d = v0[n];
    free(v0);
    free(v1);
    return d;
}

typedef struct { int dist; const char *s; } Cand;

static int cmp_cand(const void *x, const void *y)
{
    const Cand *a = x, *b = y;
    if (a->dist != b->dist) return a->dist - b->dist;
    return strcmp(a->s, b->s);
}

const char *suggest(const char *query, const char *const *names, size_t n)
{
    if (!n) return NULL;
    Cand *c = malloc(n * sizeof *c);
    if (!c) mem_fail(n * sizeof *c);
    size_t qn = strlen(query), k = 0;
    for (size_t i = 0; i < n; i++) {
        bool dup = false; /* a set of names: each once */
        for (size_t j = 0; j < k && !dup; j++) dup = !strcmp(c[j].s, names[i]);
        if (dup) continue;
        /* the distance is at least the difference in length: skip hopeless ones cheaply */
        size_t ln = strlen(names[i]);
        if ((ln > qn ? ln - qn : qn - ln) > 2) continue;
        int d = levenshtein(query, qn, names[i], ln);
        if (d <= 2) c[k++] = (Cand){ d, names[i] };
    }
    qsort(c, k, sizeof *c, cmp_cand);
    if (k > 5) k = 5;
    Buf b = {0};
    if (k > 1) buf_adds(&b, "one of ");
    for (size_t i = 0; i < k; i++) {
        if (i) buf_adds(&b, i + 1 == k ? " or " : ", ");
        buf_printf(&b, DIAG_ARG "%s" DIAG_NORMAL, c[i].s); /* as Nix's Suggestion::to_string */
    }
    free(c);
    return k ? buf_cstr(&b) : NULL;
}
