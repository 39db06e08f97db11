/* diag.h: messages shown to people, laid out exactly as Nix 2.8 lays them out:
 * "error: MSG", a blank line, "at FILE:L:C:", the source lines around it with a caret,
 * then trace frames. */
#ifndef NIXEL_DIAG_H
#define NIXEL_DIAG_H

#include "base/buf.h"
#include "base/pos.h"

#include <stdbool.h>

/* Nix 2.8's colours (ansicolor.hh). Messages carry them always; diag_log drops them unless
 * diag_colours(), as Nix's logger does. DIAG_ARG is hintfmt's colour for its arguments. */
#define DIAG_NORMAL "\x1b[0m"
#define DIAG_RED "\x1b[31;1m"
#define DIAG_BLUE "\x1b[34;1m"
#define DIAG_ARG "\x1b[35;1m"

/* Whether stderr shows colours: Nix 2.8's shouldANSI(), i.e. stderr is a terminal, TERM is
 * set and not "dumb", and NO_COLOR is not set. */
bool diag_colours(void);
/* fmt with each conversion in DIAG_ARG colour, as Nix's hintfmt shows its arguments. */
const char *diag_colour_format(const char *fmt);
/* Appends s without its ANSI escape sequences. */
void diag_strip_colours(Buf *out, const char *s);
/* "FILE:L:C" as Nix 2.8 prints a position inside a message: the file in bold, a string's
 * as "(string)". */
void diag_pos_in_message(char *buf, size_t n, Pos p);
#define DIAG_BOLD "\x1b[1m"

/* Appends the "at ..." block and source excerpt for p (nothing if p has no source). */
void diag_add_excerpt(Buf *out, Pos p);
/* Appends one trace frame: "… MSG" and its excerpt. */
void diag_add_frame(Buf *out, const char *msg, Pos p);
/* Writes "LEVEL: " + body to stderr (LEVEL in colour for error and warning), indenting continuation lines and chomping
 * trailing blanks as Nix does. body is the message, excerpt and frames. */
void diag_emit(const char *level, const char *body);

/* Writes one log line (a "\n" is added) to stderr the way Nix's logger does: ANSI escape
 * sequences are dropped (kept, colours only, when stderr is a terminal), tabs expand to
 * 8-column stops counted from the start of the text, CR and BEL are dropped. With the
 * JSON log, one `@nix {"action":"msg","level":0,...}` line instead. */
void diag_log(const char *text, size_t len);
/* The same at Nix's verbosity level (0 error, 1 warn, 3 info, 4 talkative, 5 chatty,
 * 6 debug), which only the JSON log shows; callers decide whether to log at all. */
void diag_log_level(int level, const char *text, size_t len);
/* Always the plain line, even with the JSON log (Nix's stack overflow handler writes to
 * stderr directly). */
void diag_log_plain(const char *text, size_t len);

/* --log-format internal-json: messages become Nix's JSONLogger lines on stderr. */
void diag_set_json_log(bool on);

/* One frame of an error's trace, for the JSON log. */
typedef struct { const char *msg; Pos pos; } DiagFrame;
/* A message as Nix's logEI writes it: plain, diag_emit(level, body); with the JSON log,
 * Nix's object of the laid-out body ("msg"), raw_msg, pos (null without one) and, if
 * nframes, the frames ("trace"). */
void diag_emit_info(const char *level, const char *raw_msg, const char *body, Pos pos, const DiagFrame *frames, size_t nframes);

/* Replaces the flush of stdout that precedes every message (fn NULL: the flush again). */
void diag_set_before_log(void (*fn)(void *data), void *data);

#endif
