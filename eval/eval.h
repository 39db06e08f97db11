/* eval.h: the evaluator's interface: state, forcing, calling, errors. Builtins
 * (prim_*.c) and printers use only what is declared here and in value.h. */
#ifndef NIXEL_EVAL_H
#define NIXEL_EVAL_H

#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>

#include "base/buf.h"
#include "base/stack.h"
#include "base/memfs.h"
#include "base/strtab.h"
#include "eval/value.h"
#include "parser/parse.h"
#include "parser/resolve.h"

/* What went wrong. tryEval catches ERR_THROW and ERR_ASSERT only. */
typedef enum {
    ERR_EVAL, ERR_TYPE, ERR_THROW, ERR_ASSERT, ERR_ABORT, ERR_UNDEFINED_VAR,
    ERR_MISSING_ARG, ERR_INFINITE_RECURSION, ERR_STACK_OVERFLOW, ERR_PARSE, ERR_OTHER,
    ERR_USAGE   /* CppNix's UsageError: followed by "Try '... --help'" instead of traces */
} ErrKind;

/* A trace frame: where the evaluation was and what it was doing. The message is made
 * only if an error actually happens, from kind and the two data words. */
typedef enum {
    FR_ATTR,          /* while evaluating the attribute '<path>' (a: ExprSelect*, b: its Env*) */
    FR_ATTR_SYM,      /* while evaluating the attribute '<sym>' (a: symbol) */
    FR_FILE,          /* while evaluating the file '<path>': (a: path) */
    FR_CALL,          /* while evaluating '<name>' / anonymous lambda, then "from call site" */
    FR_TEXT,          /* a: message text (addErrorContext and builtins) */
    FR_DRV_ATTR,      /* while evaluating the attribute '<sym>' of the derivation '<name>'
                         (a: symbol, b: the name): derivationStrict pushes one per attribute
                         of every derivation, and only an error reads it */
} FrameKind;

typedef struct {
    uint8_t kind;
    Pos pos, pos2;
    const void *a;
    uintptr_t b;
} Frame;

typedef struct {
    char *msg;
    Pos pos;
    size_t depth; /* index of the frame it came from: where a handler's context line goes */
    const char *shown; /* msg as printed, with Nix's colours (base/diag.h); NULL: msg */
} TraceLine;

typedef struct EvalError {
    ErrKind kind;
    char *msg;          /* plain text, for matching; `shown' is what is printed */
    Pos pos;
    const char *suggestion; /* shown as "Did you mean ...?" */
    TraceLine *trace;   /* innermost first */
    size_t ntrace;
    /* ERR_INFINITE_RECURSION: the expressions of the thunks being forced from the first
     * forcing of the black-holed one to the repeat, outermost first (eval/teach.c names
     * them); recorded only when the error is raised */
    const Expr **cycle;
    size_t ncycle;
    /* msg as Nix 2.8 prints it: its arguments in colour (diag.h drops colours where Nix
     * does); NULL: msg */
    const char *shown;
} EvalError;

typedef struct Handler {
    jmp_buf jb;
    struct Handler *prev;
    size_t nforcing, nframes, depth;
} Handler;

/* A value being forced: black-holed, its payload still in place. */
typedef Value *Forcing;

typedef struct SearchPathEntry {
    const char *prefix;  /* "" for entries without name= */
    const char *path;
} SearchPathEntry;

struct Observer;

/* What an evaluation may read (builtins/restrict.c): everything, Nix 2.8's restrict-eval or
 * pure-eval, or nixel render's default (files under the given directories only; no
 * environment, clock or network). */
typedef enum { ACCESS_IMPURE, ACCESS_RESTRICTED, ACCESS_PURE, ACCESS_RENDER } AccessMode;

/* Whose semantics an evaluation follows (eval/compat.c): Nix 2.8's, byte for byte (the
 * default), or today's Nix's where they differ (NIXEL_COMPAT=current, --compat current:
 * integer overflow, NUL bytes and duplicate dynamic attributes are errors, and so on). */
typedef enum { COMPAT_2_8, COMPAT_CURRENT } Compat;

struct State {
    Env *base_env;
    Value *builtins;
    const Scope *base_scope;
    Handler *handler;
    EvalError err;              /* the error being raised */
    Forcing *forcing;
    size_t nforcing, cap_forcing;
    Frame *frames;
    size_t nframes, cap_frames;
    size_t depth;
    bool show_trace;
    struct Observer *observer;  /* watching the evaluation (observe.h), or NULL */
    bool in_snapshot;           /* taking an error's trace (which may evaluate names) */
    bool read_write;            /* the store is writable: what is added to it is kept (store) */
    const char *store_dir;      /* Nix's store directory (store_dir_from_env), canonical */
    size_t store_dir_len;
    bool write_store;           /* NIXEL_WRITE_STORE=1: what is kept is written there too */
    /* the builtins newer than Nix 2.8 are in `builtins` (compat current, and nixel's own
     * commands); set before eval_init_base_env */
    bool newer_builtins;
    bool native_code;        /* allow-unsafe-native-code-during-evaluation: exec, importNative */
    bool trace_calls;        /* trace-function-calls: a line as each call starts and ends */
    bool abort_on_warn;         /* --option abort-on-warn true: builtins.warn raises an error */
    bool git_dirty_refused;     /* allow-dirty false: fetchGit of a tree with changes fails */
    bool git_dirty_quiet;       /* warn-dirty false: ... without a warning */
    bool toml_timestamps;       /* experimental feature parse-toml-timestamps (compat current) */
    AccessMode access;
    /* From Nix's settings (cli/settings.h): builtins.currentSystem (NULL: x86_64-linux); the
     * nix-path setting, entries separated by blanks (NULL: $NIX_PATH); Nix's verbosity
     * (0 errors only, 1 and up warnings, 3 the default, 4 (-v) each file evaluated). */
    const char *system, *nix_path;
    int verbosity;
    bool search_path_only;      /* the drop-in: no <nixpkgs/lib> or <nixel> fallback (Nix has none) */
    /* Set by SIGINT, SIGTERM or SIGHUP in the drop-in (NULL elsewhere). Nix 2.8 notes such a
     * signal and goes on evaluating; it stops where it checks (eval_check_interrupt). */
    const volatile sig_atomic_t *interrupted;
    Compat compat;              /* read where the semantics differ: eval_compat_current */
    ParseOptions parse;         /* how sources are parsed: the level's rules, today's lints */
    const char **allowed_paths;     /* unless ACCESS_IMPURE: the directories that may be read */
    size_t nallowed_paths;
    SearchPathEntry *search_path;
    size_t nsearch_path;
    StrTab file_cache;          /* imported files' values, by resolved path */
    /* The other caches of one evaluation, here so that a fresh State is a fresh start. */
    StrTab drv_hashes;          /* store/drv.c: hashes modulo of derivations, by .drv path */
    const struct ArchiveApi *archive;   /* builtins/libarchive.c: libarchive once loaded */
    Buf drv_text;               /* store/drv.c: the .drv text, reused (the store keeps a copy) */
    struct DrvDraft *drv_draft; /* store/drv.c: the last derivation printed for hashing */
    StrTab store_copies;        /* builtins/prim_store.c: store paths, by source path */
    /* What this evaluation added to the store (toFile, copied sources, .drv files), so that
     * it can be read back: filled only when the store is writable (read_write). */
    MemFs store;
    StrTab dir_cache;           /* builtins/prim_file.c: readDir's directories, by path */
    StrTab regexes;             /* builtins/prim_regex.c: compiled expressions, by pattern */
    StrTab resolved_search_path;  /* eval/import.c: entry -> its absolute path, "" if missing */
    Value *nix_path_value;
    /* installed by the builtins (see eval_copy_path_to_store) */
    const char *(*copy_path_to_store)(State *st, const char *path, Pos pos, Context **ctx);
    const Source *derivation_src;   /* the Nix code of `derivation`, once parsed */
    /* commonly used symbols */
    Sym s_outPath, s_drvPath, s_type, s_name, s_value, s_file, s_line, s_column, s_functor,
        s_toString, s_right, s_wrong, s_outputs, s_outputName, s_all, s_drvAttrs, s_key,
        s_operator, s_startSet, s_path, s_prefix, s_body, s_ignoreNulls, s_structuredAttrs,
        s_builder, s_args, s_system, s_overrides, s_meta, s_success, s_description;
};

/* ---- the compatibility level (compat.c) ---- */
/* True when the evaluation follows today's Nix rather than Nix 2.8. Every difference of
 * semantics is gated on this one test (a field read, so it costs nothing measurable). */
static inline bool eval_compat_current(const State *st) { return st->compat == COMPAT_CURRENT; }
/* Reads a level's name, "2.8" or "current"; false for anything else. NULL is the default. */
bool eval_compat_parse(const char *name, Compat *out);
/* The level NIXEL_COMPAT asks for (the default if it is unset); false if it names none. */
bool eval_compat_from_env(Compat *out);
/* Sets the level, for the evaluation and for the parsing of its sources. */
void eval_set_compat(State *st, Compat level);
/* Today's Nix's forceNoNullByte: in current mode, a string that would hold a NUL byte is an
 * error ("PREFIXinput string 'a␀b' cannot be represented..."); Nix 2.8 cuts it there. */
void eval_forbid_nul(State *st, Pos pos, const char *prefix, const char *s, size_t n);

/* ---- arithmetic and comparison (arith.c) ---- */
/* CppNix's CompareValues (used by lessThan and sort): true if a < b. */
bool eval_less_than(State *st, Value *a, Value *b, Pos pos);
/* These builtins themselves (eval/arith.c), so that callers can recognise them (sort; the
 * evaluator's shortcut for integer arithmetic). */
void eval_lessThan(State *st, Pos pos, Value **args, Value *out);
void eval_add(State *st, Pos pos, Value **args, Value *out);
void eval_sub(State *st, Pos pos, Value **args, Value *out);
void eval_mul(State *st, Pos pos, Value **args, Value *out);
/* "integer overflow in adding A + B" (verb "adding", op '+'), today's Nix's error. */
_Noreturn void eval_int_overflow(State *st, Pos pos, const char *verb, char op, int64_t a, int64_t b);
/* Looks up a required attribute for a builtin: "attribute 'x' missing for call to 'f'". */
Attr *eval_require_attr(State *st, const char *fn, Sym name, Attrs *a, Pos pos);

/* ---- top level (toplevel.c): CppNix's autoCallFunction, findAlongAttrPath, getDerivations ---- */
/* The automatic arguments of --arg NAME EXPR (value "E" EXPR, parsed in the base scope) and
 * --argstr NAME STR (value "S" STR). */
Attrs *eval_make_auto_args(State *st, const char *const *names, const char *const *values, int n);
/* Calls a function with formals with the automatic arguments it accepts; other values as they are. */
void eval_auto_call(State *st, Attrs *args, Value *fn, Value *out);
/* The value at a -A selection path ("a.b.0", "\"x.y\"" quoted), auto-calling along the way. */
Value *eval_find_attr_path(State *st, const char *path, Attrs *auto_args, Value *root);
/* The derivations a value yields, in CppNix's order (recurseForDerivations honoured). */
typedef struct { Value **items; size_t n, cap; Attrs **done; size_t ndone; } DrvList;
void eval_get_derivations(State *st, Value *in, Attrs *auto_args, DrvList *l);

/* ---- setting up (a State is made by builtins/builtins.h) ---- */
void eval_add_search_path(State *st, const char *entry);

/* ---- errors ---- */
/* Nix 2.8's checkInterrupt, where it calls it (printing a value, reading a file): "error:
 * interrupted by the user" once a signal came. */
void eval_check_interrupt(State *st);
_Noreturn void eval_error(State *st, ErrKind kind, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
_Noreturn void eval_verror(State *st, ErrKind kind, Pos pos, const char *fmt, va_list ap);
/* "infinite recursion encountered" on forcing the black-holed v, its cycle recorded. */
_Noreturn void eval_infinite_recursion(State *st, const Value *v, Pos pos);
/* Raises st->err again (after a handler caught it and decided not to keep it). */
_Noreturn void eval_rethrow(State *st);
/* Raises an error with a spelling suggestion for `query` among names[0..n). */
_Noreturn void eval_error_suggest(State *st, ErrKind kind, Pos pos, const char *query,
                                  const char *const *names, size_t n, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
/* The names of a set's attributes, for eval_error_suggest. */
const char **attr_name_list(const Attrs *a);
void eval_push_handler(State *st, Handler *h);
/* Pops the handler after a normal return. */
void eval_pop_handler(State *st, Handler *h);
/* After a longjmp landed: restores black-holed thunks and pops the handler. */
void eval_unwind_to(State *st, Handler *h);
/* Adds a line to the trace of the error being raised, as a catch handler at h does: after the
 * lines of frames inside h, before those outside (addErrorContext, CppNix's addTrace). */
void eval_add_trace(State *st, const Handler *h, char *msg, Pos pos); /* msg may carry colours (base/diag.h) */
/* The attribute path of a selection's trace frame, dynamic names evaluated again as CppNix's
 * showAttrPath does when it catches an error ("${expr}" where that fails). */
char *eval_select_path_text(State *st, const Frame *f);
/* Runs body; on error, control returns from setjmp with non-zero. Usage:
 *   Handler h; if (EVAL_TRY(st, &h)) { ...; eval_pop_handler(st, &h); } else { eval_unwind_to(st, &h); ... } */
#define EVAL_TRY(st, h) (eval_push_handler((st), (h)), setjmp((h)->jb) == 0)

/* Trace frames pushed around work that may fail. */
static inline void eval_push_frame(State *st, Frame f);
static inline void eval_pop_frame(State *st) { st->nframes--; }
void eval_grow_frames(State *st);
static inline void eval_push_frame(State *st, Frame f)
{
    if (st->nframes == st->cap_frames) eval_grow_frames(st);
    st->frames[st->nframes++] = f;
}

/* Appends an error's message block as Nix 2.8 shows it: message, excerpt, "Did you mean". */
void eval_format_message(Buf *b, const EvalError *err);
/* A trace line as printed (with its colours). */
const char *eval_trace_shown(const TraceLine *t);
/* Prints an error as Nix 2.8 does (with or without --show-trace). */
void eval_print_error(State *st, const EvalError *err);

/* ---- values ---- */
Value *val_alloc(void);
Value *val_int(int64_t n);
Value *val_float(double f);
Value *val_bool(bool b);
Value *val_null(void);
Value *val_string(const char *s, size_t len, const Context *ctx);
Value *val_cstring(const char *s);
Value *val_path(const char *s, size_t len);
/* The setters write the whole value. A forced thunk keeps its old payload in the words
 * a short result does not cover; the collector, which scans conservatively, would take a
 * stale pointer there for a live one (a fold's accumulators once kept each other alive). */
static inline void set_int(Value *v, int64_t n) { *v = (Value){ .type = T_INT, .i = n }; }
static inline void set_float(Value *v, double f) { *v = (Value){ .type = T_FLOAT, .f = f }; }
static inline void set_bool(Value *v, bool b) { *v = (Value){ .type = T_BOOL, .b = b }; }
static inline void set_null(Value *v) { *v = (Value){ .type = T_NULL }; }
static inline void set_string(Value *v, const char *s, size_t len, const Context *ctx)
{
    *v = (Value){ .type = T_STRING, .len = (uint32_t)len,
                  .str = { .s = s, .ctx = ctx && ctx->n ? ctx : NULL } };
}
static inline void set_path(Value *v, const char *s, size_t len)
{
    *v = (Value){ .type = T_PATH, .len = (uint32_t)len, .str = { .s = s, .ctx = NULL } };
}
static inline void set_list(Value *v, Value **elems, uint32_t n)
{
    *v = (Value){ .type = T_LIST, .len = n, .list = elems };
}
Value **list_alloc(uint32_t n);
/* A fresh lazy application fn arg. */
Value *val_app(Value *fn, Value *arg);
/* Arguments may be values on the C stack (an evaluated integer or accumulator a builtin
 * passes to a function); they are never lazy, so a copy is as good as the original. What
 * may outlive the call (anything on the heap) takes v through here: v itself, or its copy
 * on the heap. */
static inline Value *val_keep(Value *v)
{
    if (!on_c_stack(v)) return v;
    Value *h = val_alloc();
    *h = *v;
    return h;
}
Value *val_app_int(Value *fn, int64_t arg);
Value *val_thunk(Env *env, Expr *e);
/* A fresh environment on the heap below up (kept, see env_keep). */
Env *env_alloc(Env *up, uint32_t n);
Env *env_promote(Env *env);
/* An environment on the C stack is preceded by the pointer to its copy on the heap (NULL
 * until env_promote makes one). */
static inline Env **stack_env_copy(Env *env) { return (Env **)env - 1; }
/* env itself, or, for an environment on the C stack, its copy on the heap: what anything
 * that may outlive the current call (a thunk, a closure, an inner environment) points to. */
static inline Env *env_keep(Env *env) { return env->on_stack ? env_promote(env) : env; }

/* Attribute sets */
Attrs *attrs_alloc(uint32_t n);
Attr *attrs_find(const Attrs *a, Sym name);
Value *attrs_get(const Attrs *a, Sym name);
/* Sorts by symbol id (stable) and rejects nothing: callers check duplicates. */
void attrs_sort(Attrs *a);
static inline void set_attrs(Value *v, Attrs *a) { *v = (Value){ .type = T_ATTRS, .attrs = a }; }
/* Groups (name, value) pairs by name: a set of lists, values in their original order.
 * Sorts pairs in place. */
Attrs *attrs_group(Attrs *pairs);
/* { file, line, column } of a position, or null (__curPos, unsafeGetAttrPos). */
void set_pos_attrs(State *st, Pos p, Value *out);
/* Attribute indices in the order Nix shows them (bytewise by name). */
uint32_t *attrs_by_name(const Attrs *a);

/* Builds a set incrementally. */
typedef struct { Attrs *a; uint32_t cap; } AttrsBuilder;
void ab_init(AttrsBuilder *b, uint32_t cap);
void ab_add(AttrsBuilder *b, Sym name, Value *v, Pos pos);
/* Finishes: sorts; later duplicates are dropped if keep_first, else earlier ones. */
Attrs *ab_finish(AttrsBuilder *b, bool keep_first);

/* ---- forcing and calling ---- */
void eval_force_slow(State *st, Value *v, Pos pos);
static inline void force(State *st, Value *v, Pos pos)
{
    if (v->type >= T_THUNK) eval_force_slow(st, v, pos);
}
void force_deep(State *st, Value *v);
void eval_expr(State *st, Env *env, Expr *e, Value *out);
void call_function(State *st, Value *fn, uint32_t nargs, Value **args, Value *out, Pos pos);
void call1(State *st, Value *fn, Value *arg, Value *out, Pos pos);
void call2(State *st, Value *fn, Value *a, Value *b, Value *out, Pos pos);

int64_t force_int(State *st, Value *v, Pos pos);
double force_float(State *st, Value *v, Pos pos);   /* ints promote */
bool force_bool(State *st, Value *v, Pos pos);
Attrs *force_attrs(State *st, Value *v, Pos pos);
Value **force_list(State *st, Value *v, Pos pos, uint32_t *n);
void force_function(State *st, Value *v, Pos pos);
const char *force_string(State *st, Value *v, Pos pos, size_t *len);
const char *force_string_ctx(State *st, Value *v, Pos pos, size_t *len, Context **ctx);
const char *force_string_noctx(State *st, Value *v, Pos pos, size_t *len);

/* "an integer", "a set", "the built-in function 'map'"... */
const char *show_type(const Value *v);
bool is_derivation(State *st, Value *v);
bool eq_values(State *st, Value *a, Value *b, Pos pos);
/* The position a value points back to (sets: where written; lambdas: definition). */
Pos val_pos(const Value *v, Pos dflt);

/* Coercion to string as Nix does it (coerceToString). ctx accumulates context. */
typedef struct { bool coerce_more, copy_to_store, canonicalize_path; } CoerceOpts;
const char *coerce_to_string(State *st, Pos pos, Value *v, Context **ctx,
                             CoerceOpts o, size_t *len);
/* Coerces to an absolute path string. */
const char *coerce_to_path(State *st, Pos pos, Value *v, Context **ctx);

/* Contexts */
Context *ctx_add(Context *c, const char *item);
Context *ctx_union(Context *a, const Context *b);
/* The contexts of many strings (a list's elements) gathered at once, sorted and merged at
 * the end: adding them one by one to the sorted array copies it each time, which made
 * 20,000 derivations in one list quadratic. Start with {0}. */
typedef struct { const Context *first; const char **items; size_t n, cap; } CtxGather;
void ctx_gather(CtxGather *g, const Context *c);
/* into with everything gathered added. */
Context *ctx_gather_end(CtxGather *g, Context *into);

/* Files */
void eval_file(State *st, const char *path, Value *out, Pos pos);
Expr *eval_parse_file(State *st, const char *path, Pos pos);
/* One entry of a search path given to findFile, forced. */
typedef struct { const char *prefix, *path; size_t plen, len; Context *ctx; } SearchEntry;
/* Forces every entry of a findFile search path (list of { prefix, path }), as Nix 2.8 does
 * before it looks anything up. */
SearchEntry *eval_search_entries(State *st, Value *search_path, Pos pos, uint32_t *n);
/* The file name is found at through the entries, or an error (<name> not found). */
const char *eval_find_in(State *st, const SearchEntry *entries, uint32_t n, const char *name, Pos pos);
/* Both: eval_search_entries, then eval_find_in. */
const char *eval_find_file(State *st, Value *search_path, const char *name, Pos pos);
/* Whether a search path entry exists; warns once about each one that does not, as Nix does. */
bool eval_search_entry_exists(State *st, const char *path);
/* Where nixel's own Nix code is (modules/: lib/, nixos/), or NULL. */
const char *eval_modules_dir(void);
/* Copies a path to the (virtual) store: the store path Nix would give it. The store is a
 * layer above the evaluator, so the builtins install the function (st->copy_path_to_store)
 * when they build the base environment. */
static inline const char *eval_copy_path_to_store(State *st, const char *path, Pos pos, Context **ctx)
{
    return st->copy_path_to_store(st, path, pos, ctx);
}
/* Is p inside the Nix code of `derivation` (builtins/prim_derivation.c)? CppNix adds no
 * "while evaluating the attribute" frame for attributes defined there. A range check: it
 * runs on every attribute selection. */
static inline bool eval_in_derivation_nix(const State *st, Pos p)
{
    const Source *s = st->derivation_src;
    return s && p >= s->base && p <= s->base + s->len;
}

/* The guard around every recursion in C (evaluation, printing, equality, deepSeq...):
 * deep recursion becomes a clean error before the C stack runs out. */
static inline void eval_enter(State *st, Pos pos)
{
    st->depth++;
    if (stack_low(0))
        eval_error(st, ERR_STACK_OVERFLOW, NO_POS, "stack overflow (possible infinite recursion)");
}
static inline void eval_leave(State *st) { st->depth--; }

/* Registering builtins (prim_*.c). */
typedef struct {
    const char *name;     /* as in the base environment: "__add" or "map" */
    uint8_t arity;
    PrimFn *fn;
} PrimDef;

#endif
