/* run.h: running a program as Nix 2.8's runProgram does, for the builtins that run one
 * (builtins.exec, fetchGit's git): found through PATH, stdout collected (or written to a
 * file), the exit status turned into Nix's ExecError wording. */
#ifndef NIXEL_RUN_H
#define NIXEL_RUN_H

#include "base/buf.h"
#include "eval/eval.h"

typedef struct {
    bool stdin_null;        /* stdin from /dev/null (else inherited) */
    bool merge_stderr;      /* stderr into the collected output too (else inherited) */
    const char *out_file;   /* stdout into this new file (O_EXCL, 0600) instead of out */
} RunOptions;

/* Runs argv (argv[0] looked up in PATH, the signal mask cleared) and returns its wait
 * status, its stdout appended to out. -1 if it could not be started, errno set. */
int run_program(char *const *argv, const RunOptions *o, Buf *out);

/* Nix's ExecError for a status that is not a clean exit: "program 'P' failed with exit
 * code N" or "... failed due to signal N (NAME)". Nothing for exit code 0. */
void run_check_status(State *st, const char *program, int status);

#endif
