/* profile.h: where evaluation time goes, by function (`nixel eval --profile`). Every call
 * of a Nix function or builtin is a frame; time is wall-clock time (CLOCK_MONOTONIC),
 * charged to the innermost frame running. A thunk's work counts in the function that
 * forced it, as laziness has it. */
#ifndef NIXEL_PROFILE_H
#define NIXEL_PROFILE_H

#include <stdio.h>

#include "eval/eval.h"

typedef struct Profile Profile;

/* Starts measuring st's evaluation. */
Profile *profile_start(State *st);
/* Stops measuring (the frames still open end now). */
void profile_stop(Profile *p);
/* Folded stacks, one line per distinct stack: "frame;frame;frame COUNT", frames such as
 * `name@file:line:col` (a function), `builtins.map`, the outermost `<toplevel>`. COUNT is
 * the stack's own time in microseconds (calls false; stacks under 1 µs left out) or its
 * number of calls (calls true). flamegraph.pl, inferno and speedscope read it. */
void profile_write_folded(const Profile *p, FILE *out, bool calls);
/* The n functions with the most time of their own: self and total time, calls. */
void profile_write_summary(const Profile *p, FILE *out, int n);

#endif
