/* diag.h: messages shown to people, laid out exactly as Nix 2.8 lays them out:
 * "error: MSG", a blank line, "at FILE:L:C:", the source lines around it with a caret,
 * then trace frames. */
#ifndef NIXEL_DIAG_H
#define NIXEL_DIAG_H

#include "base/buf.h"
#include "base/pos.h"

/* Appends the "at ..." block and source excerpt for p (nothing if p has no source). */
void diag_add_excerpt(Buf *out, Pos p);
/* Appends one trace frame: "… MSG" and its excerpt. */
void diag_add_frame(Buf *out, const char *msg, Pos p);
/* Writes "LEVEL: " + body to stderr, indenting continuation lines and chomping
 * trailing blanks as Nix does. body is the message, excerpt and frames. */
void diag_emit(const char *level, const char *body);

/* Writes one log line (a "\n" is added) to stderr the way Nix's logger does: ANSI escape
 * sequences are dropped (kept, colours only, when stderr is a terminal), tabs expand to
 * 8-column stops counted from the start of the text, CR and BEL are dropped. */
void diag_log(const char *text, size_t len);

/* Replaces the flush of stdout that precedes every message (fn NULL: the flush again). */
void diag_set_before_log(void (*fn)(void *data), void *data);

#endif
