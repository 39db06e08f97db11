/* steps.h: watching an evaluation step by step (`nixel eval --steps`, the REPL's :steps).
 * The trace shows each thunk forced (with its binding's name and source), each function
 * called (with its arguments, shallowly: nothing unevaluated is forced to show it) and
 * its result, lookups through `with`, `//` merges and attributes selected, nested as they
 * happen; thunks never forced never appear. A summary ends it: thunks made, forced, and
 * the bindings never needed. */
#ifndef NIXEL_STEPS_H
#define NIXEL_STEPS_H

#include <stdio.h>

#include "eval/eval.h"

/* Evaluates e in env, then deeply (as `nixel eval` does), writing the trace of the first
 * `limit` steps (all if limit < 0) and the summary to out. Returns the value; errors
 * propagate as from eval_expr, after the trace and summary are written. */
Value *steps_eval(State *st, Env *env, Expr *e, int limit, FILE *out);

#endif
