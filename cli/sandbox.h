/* sandbox.h: runs one program (nixel itself, for `nixel serve`) in a child with caps on its
 * CPU time, address space, file sizes and wall-clock time, an empty environment and no
 * inherited file descriptors, and captures what it writes to stdout and stderr. */
#ifndef NIXEL_SANDBOX_H
#define NIXEL_SANDBOX_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"

typedef struct {
    const char *const *argv;    /* argv[0] is the program's path; NULL-terminated */
    const char *cwd;            /* the child's working directory */
    int cpu_seconds;            /* RLIMIT_CPU */
    size_t address_space;       /* RLIMIT_AS, bytes */
    size_t file_size;           /* RLIMIT_FSIZE, bytes: what a render may write */
    int wall_ms;                /* killed (SIGKILL) after this long */
    size_t output_max;          /* bytes kept of each stream; the rest is dropped */
} SandboxJob;

typedef struct {
    Buf out, err;
    int status;                 /* the exit status, or 128 + the signal that ended it */
    bool timed_out;             /* killed for passing wall_ms */
    bool truncated;             /* a stream passed output_max */
} SandboxResult;

/* Returns false if the child could not be started (r->err says why). */
bool sandbox_run(const SandboxJob *job, SandboxResult *r);

#endif
