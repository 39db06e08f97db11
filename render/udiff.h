/* udiff.h: a unified diff of two texts, line by line, laid out as `diff -u` lays it out
 * (three lines of context, "\ No newline at end of file"). `nixel compare` shows with it
 * how a rendered file differs from the golden one. */
#ifndef NIXEL_UDIFF_H
#define NIXEL_UDIFF_H

#include <stddef.h>

#include "base/buf.h"

/* Appends the diff from a to b (nothing if they are equal), headed by
 * "--- a_name" / "+++ b_name". */
void udiff(Buf *out, const char *a, size_t alen, const char *b, size_t blen,
           const char *a_name, const char *b_name);

#endif
