/* observe.h: watching the evaluator. An Observer (steps.c prints a trace, profile.c
 * measures functions) is told when a thunk is forced, a function is called, and so on.
 * The evaluator tests st->observer once at each hook point, a branch that is never taken
 * when nothing watches: tracing off costs (almost) nothing.
 *
 * Observers only look: they must not force, call or allocate values the evaluation could
 * see, so that watching never changes what is evaluated.
 *
 * Begin and end events pair up, except where an error unwinds past the end (tryEval,
 * a failing assertion caught further up). Each begin event happens at st->depth d (before
 * the evaluator's eval_enter) and its end at the same d; so an observer that keeps a stack
 * of open events drops those with d >= st->depth at the next begin (d > st->depth at the
 * next end): observe_stale tells which. */
#ifndef NIXEL_OBSERVE_H
#define NIXEL_OBSERVE_H

#include "eval/eval.h"

#define unlikely(x) __builtin_expect(!!(x), 0)

typedef struct Observer Observer;
struct Observer {
    /* a thunk (env, e) is about to be evaluated into v */
    void (*force_begin)(State *st, Observer *o, Value *v, Env *env, Expr *e);
    void (*force_end)(State *st, Observer *o, Value *v);
    /* fn (a lambda given its one argument, or a builtin given all of them) is called */
    void (*call_begin)(State *st, Observer *o, const Value *fn, uint32_t nargs, Value **args, Pos pos);
    void (*call_end)(State *st, Observer *o, const Value *result);
    /* a variable was found in the set of a `with` */
    void (*with_found)(State *st, Observer *o, const ExprVar *var, const Value *v);
    /* a // b = r */
    void (*update)(State *st, Observer *o, const ExprBin *e, const Value *a, const Value *b, const Value *r);
    /* e selected v (not forced yet) */
    void (*select)(State *st, Observer *o, const ExprSelect *e, const Value *v);
    /* a thunk was made */
    void (*thunk_made)(State *st, Observer *o, Value *thunk);
    /* a file was parsed into root */
    void (*parsed)(State *st, Observer *o, Expr *root);
};

/* Thunks are made where no State is at hand (val_thunk): while a State is observed, this is
 * it (one at a time). */
extern State *val_thunk_watcher;

/* Is an open event that began at depth d stale at the next begin (end) event? */
static inline bool observe_stale(const State *st, size_t d, bool at_end)
{
    return at_end ? d > st->depth : d >= st->depth;
}

/* Appends "FILE:L:C", the file relative to the working directory when below it. */
void observe_pos(Buf *b, Pos p);
/* Appends a path, as ./REST when below the working directory. */
void observe_path(Buf *b, const char *path);

/* a, an array of n elements of the given size, with room for one more (*cap grows). */
void *observe_grow(void *a, size_t n, size_t *cap, size_t size);

/* The hooks, called by the evaluator after it tested st->observer. */
static inline void observe_force_begin(State *st, Value *v, Env *env, Expr *e)
{
    if (st->observer->force_begin) st->observer->force_begin(st, st->observer, v, env, e);
}
static inline void observe_force_end(State *st, Value *v)
{
    if (st->observer->force_end) st->observer->force_end(st, st->observer, v);
}
static inline void observe_call_begin(State *st, const Value *fn, uint32_t nargs, Value **args, Pos pos)
{
    if (st->observer->call_begin) st->observer->call_begin(st, st->observer, fn, nargs, args, pos);
}
static inline void observe_call_end(State *st, const Value *result)
{
    if (st->observer->call_end) st->observer->call_end(st, st->observer, result);
}
static inline void observe_with_found(State *st, const ExprVar *var, const Value *v)
{
    if (st->observer->with_found) st->observer->with_found(st, st->observer, var, v);
}
static inline void observe_update(State *st, const ExprBin *e, const Value *a, const Value *b, const Value *r)
{
    if (st->observer->update) st->observer->update(st, st->observer, e, a, b, r);
}
static inline void observe_select(State *st, const ExprSelect *e, const Value *v)
{
    if (st->observer->select) st->observer->select(st, st->observer, e, v);
}
static inline void observe_thunk_made(State *st, Value *thunk)
{
    if (st->observer->thunk_made) st->observer->thunk_made(st, st->observer, thunk);
}
static inline void observe_parsed(State *st, Expr *root)
{
    if (st->observer && st->observer->parsed) st->observer->parsed(st, st->observer, root);
}

#endif
