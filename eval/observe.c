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

/* "FILE:L:C", the file relative to the working directory when it is below it: traces and
 * profiles stay readable, and the same wherever the project is checked out. */
void observe_pos(Buf *b, Pos p)
{
    static char *cwd;
    if (!cwd) {
        char tmp[4096];
        cwd = getcwd(tmp, sizeof tmp) ? mem_strndup(tmp, strlen(tmp)) : "";
    }
    LineCol lc = pos_linecol(p);
    if (!lc.src) { buf_adds(b, "?"); return; }
    const char *path = lc.src->path ? lc.src->path : "(string)";
    size_t n = strlen(cwd);
    if (n > 1 && !strncmp(path, cwd, n) && path[n] == '/') path += n + 1;
    buf_printf(b, "%s:%u:%u", path, lc.line, lc.col);
}
