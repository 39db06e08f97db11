/* file.h: the one way to read a whole file (or standard input) into memory. */
#ifndef NIXEL_FILE_H
#define NIXEL_FILE_H

#include "base/buf.h"

#include <stdbool.h>

typedef enum {
    FILE_OK,
    FILE_OPEN_FAILED,   /* errno tells why */
    FILE_READ_FAILED,   /* errno tells why; out holds what was read before */
} FileStatus;

/* Appends everything up to the end of fd to out. False with errno set when a read fails
 * (an interrupted read is retried). */
bool file_read_fd(int fd, Buf *out);
/* Opens path read-only and appends the whole file to out. */
FileStatus file_read(const char *path, Buf *out);

#endif
