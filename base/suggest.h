/* suggest.h: spelling suggestions for error messages. */
#ifndef NIXEL_SUGGEST_H
#define NIXEL_SUGGEST_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"

/* "c" or "one of a, b or c" (the text after "Did you mean "), or NULL if nothing is close. */
const char *suggest(const char *query, const char *const *names, size_t n);

#endif
