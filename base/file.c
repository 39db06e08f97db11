/* file.c: reading a whole file into a buffer, in 64 KiB reads. */
#include "base/file.h"

#include <errno.h>
#include <fcntl.h>
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
