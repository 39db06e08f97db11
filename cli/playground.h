/* playground.h: the operations of the playground page (`nixel serve`): one JSON request
 * ({"op", "program", "mode", "module", "option"}) becomes one nixel command line, run in a
 * capped child (cli/sandbox.h) over a private directory, and one JSON response
 * ({"stdout", "stderr", "status", "timedOut", "error": {"file", "line", "column"}, "files"}). */
#ifndef NIXEL_PLAYGROUND_H
#define NIXEL_PLAYGROUND_H

#include <stddef.h>

#include "base/buf.h"

typedef struct {
    const char *nixel;          /* the executable the children run */
    const char *modules_dir;    /* nixel's modules */
    const char *lessons_dir;    /* examples/lessons: the one place programs may read */
    const char *seed_dir;       /* the seed modules a configuration may load, or NULL */
    const char *tmp_dir;        /* where the private directories are made ($TMPDIR, /tmp) */
} PlayEnv;

/* Answers one request body; returns the HTTP status (200, or 400 for a bad request, with
 * {"error": MESSAGE} in out). */
int play_handle(const PlayEnv *env, const char *body, size_t len, Buf *out);

/* The static facts the page asks for first: {"modules": [the seed modules' names]}. */
void play_info(const PlayEnv *env, Buf *out);

#endif
