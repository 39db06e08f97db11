/* write.h: writing what an evaluation adds to its store to the store directory on disk,
 * when NIXEL_WRITE_STORE=1 asks for it (write.c). By default nixel writes nothing. */
#ifndef NIXEL_STORE_WRITE_H
#define NIXEL_STORE_WRITE_H

#include "eval/eval.h"

/* Is NIXEL_WRITE_STORE=1 in the environment? Read once per State (st->write_store). */
bool store_write_wanted(void);
/* Writes the store path path, just added to st->store, to the store directory (unless it
 * is there already), read through st->store. A failure is an evaluation error. */
void store_write_path(State *st, const char *path);
/* The same for a path with no root in st->store: its contents are those of source (a
 * temporary directory about to go, such as a fetched revision's). */
void store_write_from(State *st, const char *path, const char *source);

#endif
