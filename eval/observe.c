/* observe.c: what the observers (steps.c, profile.c) share: positions as people read them. */
#include "eval/observe.h"

#include <string.h>
#include <unistd.h>

#include "base/mem.h"

void *observe_grow(void *a, size_t n, size_t *cap, size_t size)
{
    if (n < *cap) return a;
    *cap = *cap ? *cap * 2 : 64;
    return mem_realloc(a, *cap * size);
}

/* Appends an absolute path relative to the working directory ("x.nix", "../lib/y.nix"):
 * traces and profiles stay readable, and the same wherever the project is checked out.
 * Returns false (appending nothing) for a path that is not absolute. */
static bool add_relative(Buf *b, const char *path)
{
    static char *cwd;
    if (!cwd) {
        char tmp[4096];
        cwd = getcwd(tmp, sizeof tmp) ? mem_strndup(tmp, strlen(tmp)) : "";
    }
    if (path[0] != '/' || cwd[0] != '/') return false;
    if (!cwd[1]) { buf_adds(b, path + 1); return true; }
    /* the directories both start with, then up from the rest of cwd */
    size_t n = strlen(cwd), common = 0;
    for (size_t i = 1; i <= n && path[i - 1] == cwd[i - 1]; i++)
        if ((cwd[i] == '/' || !cwd[i]) && path[i] == '/') common = i;
    for (const char *c = cwd + common; *c; c++)
        if (*c == '/') buf_adds(b, "../");
    buf_adds(b, path + common + 1);
    return true;
}

void observe_pos(Buf *b, Pos p)
{
    LineCol lc = pos_linecol(p);
    if (!lc.src) { buf_adds(b, "?"); return; }
    if (!lc.src->path || !add_relative(b, lc.src->path)) buf_adds(b, lc.src->path ? lc.src->path : "(string)");
    buf_printf(b, ":%u:%u", lc.line, lc.col);
}

void observe_path(Buf *b, const char *path)
{
    size_t at = b->len;
    if (!add_relative(b, path)) { buf_adds(b, path); return; }
    /* a path value is written so that Nix would read it back as one */
    if (strncmp(b->s + at, "../", 3)) {
        Buf rel = {0};
        buf_adds(&rel, b->s + at);
        b->len = at;
        buf_printf(b, "./%s", buf_cstr(&rel));
    }
}
