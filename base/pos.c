/* pos.c: the table of loaded sources and offset -> line:column conversion. */
#include "base/pos.h"
#include "base/mem.h"
#include "base/grow.h"

#include <stdio.h>
#include <string.h>

static Source **sources;
static uint32_t nsources, cap_sources;
static Pos next_base = 1; /* offset 0 is NO_POS */

Source *pos_add_source(Origin origin, const char *path, const char *dir, const char *text,
                       uint32_t len)
{
    /* One spare offset past the end, for positions just after the last token. */
    if ((uint64_t)next_base + len + 2 >= UINT32_MAX) return NULL;
    GROW(mem_arena, sources, nsources, cap_sources, 64);
    Source *s = mem_arena(sizeof *s);
    s->origin = origin;
    s->path = path;
    s->dir = dir;
    s->text = text;
    s->len = len;
    s->base = next_base;
    next_base += len + 2;
    sources[nsources++] = s;
    return s;
}

const Source *pos_source(Pos p)
{
    if (p == NO_POS || nsources == 0) return NULL;
    uint32_t lo = 0, hi = nsources;
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (sources[mid]->base <= p) lo = mid; else hi = mid;
    }
    const Source *s = sources[lo];
    return p >= s->base && p <= s->base + s->len + 1 ? s : NULL;
}

const Source *pos_source_at(uint32_t i) { return i < nsources ? sources[i] : NULL; }

/* Counts lines as Nix's lexer does: "\r\n" and a lone "\r" both end a line. */
LineCol pos_linecol(Pos p)
{
    LineCol lc = { pos_source(p), 0, 0 };
    if (!lc.src) return lc;
    uint32_t off = p - lc.src->base, line = 1, col = 1;
    const char *t = lc.src->text;
    if (off > lc.src->len) off = lc.src->len;
    for (uint32_t i = 0; i < off; i++) {
        if (t[i] == '\r') {
            if (i + 1 < off && t[i + 1] == '\n') i++;
            line++, col = 1;
        } else if (t[i] == '\n') {
            line++, col = 1;
        } else {
            col++;
        }
    }
    lc.line = line;
    lc.col = col;
    return lc;
}

static void format_pos(char *buf, size_t n, Pos p, const char *string_name, const char *stdin_name)
{
    LineCol lc = pos_linecol(p);
    if (!lc.src) { snprintf(buf, n, "undefined position"); return; }
    const char *name = lc.src->origin == ORIGIN_FILE ? lc.src->path
                     : lc.src->origin == ORIGIN_STDIN ? stdin_name : string_name;
    snprintf(buf, n, "%s:%u:%u", name, lc.line, lc.col);
}

void pos_format_at(char *buf, size_t n, Pos p)
{
    format_pos(buf, n, p, "\xc2\xabstring\xc2\xbb", "\xc2\xabstdin\xc2\xbb");
}

void pos_format_plain(char *buf, size_t n, Pos p)
{
    format_pos(buf, n, p, "(string)", "(string)");
}

PosCheckpoint pos_checkpoint(void) { return (PosCheckpoint){ sources, nsources, cap_sources, next_base }; }

void pos_rollback(const PosCheckpoint *c)
{
    sources = c->sources, nsources = c->nsources, cap_sources = c->cap_sources;
    next_base = c->next_base;
}
