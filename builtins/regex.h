/* regex.h: the regular expressions of builtins.match and builtins.split. Nix 2.8 uses
 * C++ std::regex with the POSIX `extended` grammar as libstdc++ implements it, whose
 * results differ from a POSIX leftmost-longest matcher (alternatives are explored in
 * order, repetitions greedily, and the first full match wins), so this is a port of
 * libstdc++'s NFA compiler and backtracking executor, with an explicit stack instead of
 * recursion, memoized so that patterns on which Nix's search is exponential take
 * polynomial time with the same results; a match still needing more than a step limit
 * gives up (RX_TOO_COMPLEX). Independent of the evaluator: plain malloc memory, no
 * longjmp. */
#ifndef NIXEL_REGEX_H
#define NIXEL_REGEX_H

#include <stdbool.h>
#include <stddef.h>

typedef struct Regex Regex;

typedef enum {
    RX_OK,
    RX_ERR_SYNTAX,   /* any std::regex_error but error_space */
    RX_ERR_SPACE,    /* more NFA states than libstdc++'s _GLIBCXX_REGEX_STATE_LIMIT */
    RX_ERR_DEPTH,    /* groups nested too deep for our C stack */
} RxError;

/* Compiles pat (len bytes). Compiled expressions are never freed: callers keep them
 * (builtins.match and split, by pattern, in the evaluation state). */
RxError rx_compile(const char *pat, size_t len, const Regex **out);

/* Frees a compiled expression (the fuzzing harnesses free what each input compiled). */
void rx_free(const Regex *re);

/* Number of groups, the whole match (group 0) included. */
unsigned rx_groups(const Regex *re);

/* Offsets of group i are caps[2i], caps[2i+1]; -1 for a group that did not take part.
 * caps must hold 2 * rx_groups(re) entries. */

typedef enum { RX_NO_MATCH, RX_MATCHED, RX_TOO_COMPLEX } RxResult;

/* std::regex_match: does the whole of s match? (caps set when RX_MATCHED) */
RxResult rx_match(const Regex *re, const char *s, size_t len, long *caps);

/* std::cregex_iterator over s: call rx_iter_init, then rx_iter_next until it returns
 * false; each true leaves the match in caps and the start of the text before it (just
 * after the previous match) in *prefix. After false, gave_up tells whether the step limit
 * ended the iteration rather than the end of matches. */
typedef struct {
    const Regex *re;
    const char *s;
    size_t len;
    unsigned flags;
    bool started, done, gave_up;
} RxIter;
void rx_iter_init(RxIter *it, const Regex *re, const char *s, size_t len);
bool rx_iter_next(RxIter *it, long *caps, size_t *prefix);

#endif
