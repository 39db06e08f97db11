/* file.c: reading a whole file into a buffer, in 64 KiB reads; finishing stdout. */
#include "base/file.h"
#include "base/diag.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

bool file_read_fd(int fd, Buf *out)
{
    char chunk[65536];
    for (;;) {
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        if (n == 0) return true;
        buf_add(out, chunk, (size_t)n);
    }
}

FileStatus file_read(const char *path, Buf *out)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return FILE_OPEN_FAILED;
    bool ok = file_read_fd(fd, out);
    int e = errno; /* close must not change the reason */
    close(fd);
    errno = e;
    return ok ? FILE_OK : FILE_READ_FAILED;
}

static int stdout_errno;    /* why the first write to the watched stdout failed, or 0 */

static ssize_t watched_write(void *cookie, const char *buf, size_t n)
{
    size_t done = 0;
    while (done < n) {
        ssize_t k = write(STDOUT_FILENO, buf + done, n - done);
        if (k < 0 && errno == EINTR) continue;
        if (k < 0) {
            if (!stdout_errno) stdout_errno = errno;
            return (ssize_t)done;   /* what was written; 0 is the error */
        }
        done += (size_t)k;
    }
    return (ssize_t)n;
}

void file_watch_stdout(void)
{
    FILE *f = fopencookie(NULL, "w", (cookie_io_functions_t){ .write = watched_write });
    if (f) stdout = f;
}

int file_finish_stdout(int rc)
{
    errno = 0;
    bool failed = fflush(stdout) != 0 || ferror(stdout);
    int err = stdout_errno ? stdout_errno : errno;
    failed |= fclose(stdout) != 0;
    if (!err) err = errno;
    if (!failed) return rc;
    Buf b = {0};
    buf_printf(&b, "writing to standard output: %s", strerror(err ? err : EIO));
    diag_emit("error", buf_cstr(&b));
    return 1;
}
