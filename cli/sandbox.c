/* sandbox.c: one capped child (sandbox.h). The caps are the kernel's (setrlimit) so that
 * nothing the child evaluates can lift them, and the wall clock is the parent's, so a child
 * that sleeps or blocks is ended too. */
#include "cli/sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void set_limit(int resource, rlim_t value)
{
    struct rlimit rl = { value, value };
    setrlimit(resource, &rl);
}

/* In the child: the caps, the pipes as stdout and stderr, nothing else open, no
 * environment. Never returns. */
static void child_exec(const SandboxJob *job, int out_fd, int err_fd)
{
    int null_fd = open("/dev/null", O_RDONLY);
    if (null_fd < 0 || dup2(null_fd, 0) < 0 || dup2(out_fd, 1) < 0 || dup2(err_fd, 2) < 0) _exit(126);
    for (int fd = 3; fd < 1024; fd++) close(fd);   /* the server's socket among them */
    setpgid(0, 0);                                 /* so the kill reaches anything it starts */
    set_limit(RLIMIT_CPU, (rlim_t)job->cpu_seconds);
    set_limit(RLIMIT_AS, (rlim_t)job->address_space);
    set_limit(RLIMIT_FSIZE, (rlim_t)job->file_size);
    set_limit(RLIMIT_CORE, 0);
    set_limit(RLIMIT_NOFILE, 64);
    signal(SIGPIPE, SIG_DFL);
    if (chdir(job->cwd) != 0) _exit(126);
#ifdef __SANITIZE_ADDRESS__
    /* The sanitizer's build cannot run under RLIMIT_AS (its shadow memory): its own cap instead. */
    char *const empty_env[] = { "ASAN_OPTIONS=detect_leaks=0:hard_rss_limit_mb=1024", NULL };
#else
    char *const empty_env[] = { NULL };
#endif
    execve(job->argv[0], (char *const *)job->argv, empty_env);
    _exit(127);
}

static long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

/* Reads what is there on fd into b (up to max bytes kept); false at end of file. */
static bool drain(int fd, Buf *b, size_t max, bool *truncated)
{
    char chunk[8192];
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) return true;
    if (n <= 0) return false;
    size_t keep = b->len >= max ? 0 : max - b->len;
    if ((size_t)n > keep) *truncated = true;
    buf_add(b, chunk, (size_t)n < keep ? (size_t)n : keep);
    return true;
}

/* Collects both streams until they close or the deadline passes, then reaps the child. */
static void collect(const SandboxJob *job, pid_t pid, int out_fd, int err_fd, SandboxResult *r)
{
    long deadline = now_ms() + job->wall_ms;
    struct pollfd fds[2] = { { out_fd, POLLIN, 0 }, { err_fd, POLLIN, 0 } };
    Buf *bufs[2] = { &r->out, &r->err };
    int open_fds = 2;
    while (open_fds > 0) {
        long left = deadline - now_ms();
        if (left <= 0) { r->timed_out = true; break; }
        int n = poll(fds, 2, (int)left);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) break;
        for (int i = 0; i < 2; i++) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            if (!drain(fds[i].fd, bufs[i], job->output_max, &r->truncated)) { fds[i].fd = -1; open_fds--; }
        }
    }
    if (r->timed_out) { kill(-pid, SIGKILL); kill(pid, SIGKILL); }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    r->status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (!r->timed_out) kill(-pid, SIGKILL);   /* anything the child left behind */
}

bool sandbox_run(const SandboxJob *job, SandboxResult *r)
{
    memset(r, 0, sizeof *r);
    int out[2], err[2];
    if (pipe2(out, O_CLOEXEC) < 0) { buf_adds(&r->err, "cannot make a pipe\n"); return false; }
    if (pipe2(err, O_CLOEXEC) < 0) {
        close(out[0]); close(out[1]);
        buf_adds(&r->err, "cannot make a pipe\n");
        return false;
    }
    pid_t pid = fork();
    if (pid == 0) child_exec(job, out[1], err[1]);
    close(out[1]); close(err[1]);
    if (pid < 0) {
        close(out[0]); close(err[0]);
        buf_adds(&r->err, "cannot start a child\n");
        return false;
    }
    collect(job, pid, out[0], err[0], r);
    close(out[0]); close(err[0]);
    return true;
}
