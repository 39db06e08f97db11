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

/* path without the working directory, if it is below it (else path): traces and profiles
 * stay readable, and the same wherever the project is checked out. */
static const char *below_cwd(const char *path)
{
    static char *cwd;
    if (!cwd) {
        char tmp[4096];
        cwd = getcwd(tmp, sizeof tmp) ? mem_strndup(tmp, strlen(tmp)) : "";
    }
    size_t n = strlen(cwd);
    return n > 1 && !strncmp(path, cwd, n) && path[n] == '/' ? path + n + 1 : NULL;
}

void observe_pos(Buf *b, Pos p)
{
    LineCol lc = pos_linecol(p);
    if (!lc.src) { buf_adds(b, "?"); return; }
    const char *path = lc.src->path ? lc.src->path : "(string)";
    const char *rel = below_cwd(path);
    buf_printf(b, "%s:%u:%u", rel ? rel : path, lc.line, lc.col);
}

void observe_path(Buf *b, const char *path)
{
    const char *rel = below_cwd(path);
    if (rel) buf_printf(b, "./%s", rel);
    else buf_adds(b, path);
}
