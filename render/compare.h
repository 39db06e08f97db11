/* compare.h: comparing a render with a golden by the rules of shared/golden/README.md
 * ("How an output is compared with a case"): store hashes normalized, the same files and
 * links of the same kinds, contents, store objects' executable bit, link targets, MANIFEST
 * as a set of lines, the nested system stand-in's content ignored, a failing case by the
 * message block of its expected-error.txt. `nixel compare OUT GOLDEN` and
 * `nixel render ... --compare GOLDEN` are its command lines.
 *
 * GOLDEN is an expected tree (a case's expected/), an expected-error.txt, or a case
 * directory (one holding expected/, expected-error.txt or config.nix), which means
 * whichever of the two it holds. Differences go to standard output, each a unified diff of
 * the normalized contents or a line naming what differs. --accept makes the render the
 * new golden. Exit status: 0 on a match, 1 on a difference, 2 when something could not be
 * read or written. */
#ifndef NIXEL_COMPARE_H
#define NIXEL_COMPARE_H

#include <stdbool.h>
#include <stddef.h>

/* How the render went: its exit status and what it printed on standard error. */
typedef struct {
    int status;
    const char *stderr_text;
    size_t stderr_len;
} RenderResult;

/* Compares the render in out (it may be absent after a failure) with golden. */
int compare_render(const char *out, const RenderResult *result, const char *golden, bool accept);

/* Runs render(ctx, dir) with its standard error recorded (and shown), then compares. dir
 * is out, or a temporary directory (removed afterwards) when out is NULL. */
typedef int (*RenderFn)(void *ctx, const char *dir);
int compare_run_render(RenderFn render, void *ctx, const char *out, const char *golden, bool accept);

/* `nixel compare [--accept] [--stderr FILE --status N] OUT GOLDEN`; argv[0] is "compare". */
int compare_main(int argc, char **argv);

#endif
