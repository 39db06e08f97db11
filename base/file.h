/* file.h: the one way to read a whole file (or standard input) into memory, and the one
 * way to finish writing standard output. */
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

/* Makes stdout a stream that remembers why its first write failed (glibc drops the reason,
 * and the buffered bytes, with the failed write). For nixel's own commands; the drop-in
 * ignores such failures as Nix 2.8's std::cout does. Call before anything is written. */
void file_watch_stdout(void);
/* Flushes and closes stdout, so that a failed write (a full disk, a closed descriptor) is not
 * lost at exit: then it reports "error: writing to standard output: REASON" and returns 1,
 * else rc. */
int file_finish_stdout(int rc);

#endif
