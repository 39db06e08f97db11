/* run.c: running a program for a builtin (run.h), with posix_spawn: the collected stdout
 * through a pipe, the status as Nix 2.8's statusToString words it. */
#include "builtins/run.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static void read_all(int fd, Buf *out)
{
    char chunk[65536];
    for (ssize_t n; (n = read(fd, chunk, sizeof chunk)) != 0;) {
        if (n < 0) {
            if (errno == EINTR) continue;
            break;
        }
        buf_add(out, chunk, (size_t)n);
    }
}

int run_program(char *const *argv, const RunOptions *o, Buf *out)
{
    int fds[2] = { -1, -1 };
    if (!o->out_file && pipe2(fds, O_CLOEXEC) != 0) return -1;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    if (o->stdin_null) posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    if (o->out_file) posix_spawn_file_actions_addopen(&fa, 1, o->out_file, O_WRONLY | O_CREAT | O_EXCL, 0600);
    else posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
    if (!o->out_file && o->merge_stderr) posix_spawn_file_actions_adddup2(&fa, fds[1], 2);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);
    pid_t pid;
    int err = posix_spawnp(&pid, argv[0], &fa, &attr, argv, environ);
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&fa);
    if (!o->out_file) close(fds[1]);
    if (err) {
        if (!o->out_file) close(fds[0]);
        errno = err;
        return -1;
    }
    if (!o->out_file) {
        read_all(fds[0], out);
        close(fds[0]);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    return status;
}

void run_check_status(State *st, const char *program, int status)
{
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return;
    if (WIFSIGNALED(status))
        eval_error(st, ERR_EVAL, NO_POS, "program '%s' failed due to signal %d (%s)", program, WTERMSIG(status), strsignal(WTERMSIG(status)));
    eval_error(st, ERR_EVAL, NO_POS, "program '%s' failed with exit code %d", program, WEXITSTATUS(status));
}
