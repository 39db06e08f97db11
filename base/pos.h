/* pos.h: source positions. A position is a 32-bit offset into the space of all loaded
 * sources (each source gets its own range); line and column are worked out only when a
 * message needs them. Position 0 means "no position". */
#ifndef NIXEL_POS_H
#define NIXEL_POS_H

#include <stdint.h>
#include <stddef.h>

typedef uint32_t Pos;
#define NO_POS ((Pos)0)

typedef enum { ORIGIN_FILE, ORIGIN_STRING, ORIGIN_STDIN } Origin;

typedef struct Source {
    Origin origin;
    const char *path;   /* file path (ORIGIN_FILE), else NULL */
    const char *dir;    /* directory relative paths in it resolve against */
    const char *text;   /* NUL-terminated contents */
    uint32_t len;
    Pos base;           /* position of text[0] */
} Source;

typedef struct {
    const Source *src;
    uint32_t line, col; /* 1-based; col counts bytes */
} LineCol;

/* Registers a source; text must stay alive (arena). Returns NULL if the position space
 * is exhausted. */
Source *pos_add_source(Origin origin, const char *path, const char *dir, const char *text,
                       uint32_t len);
const Source *pos_source(Pos p);
/* The i-th source registered (in order), or NULL past the last: for searches after an error. */
const Source *pos_source_at(uint32_t i);
LineCol pos_linecol(Pos p);
/* "FILE:L:C" or "«string»:L:C" as Nix shows positions in `at` lines. */
void pos_format_at(char *buf, size_t n, Pos p);
/* "FILE:L:C" or "(string):L:C" as Nix prints a position inside a message. */
void pos_format_plain(char *buf, size_t n, Pos p);

/* The source table as it is, to go back to (the fuzzer forgets each input's source, or
 * the 4 GiB position space would run out). Rolling back frees nothing. */
typedef struct {
    Source **sources;
    uint32_t nsources, cap_sources;
    Pos next_base;
} PosCheckpoint;
PosCheckpoint pos_checkpoint(void);
void pos_rollback(const PosCheckpoint *c);

#endif
