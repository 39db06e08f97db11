/* error.c: raising and catching evaluation errors, trace frames, and printing errors as
 * Nix 2.8 prints them. An error longjmps to the innermost handler; black-holed thunks
 * above that handler are restored so that a later force evaluates them again. */
#include "eval/eval.h"
#include "base/diag.h"
#include "base/mem.h"
#include "base/suggest.h"
#include "parser/show.h"
#include "base/grow.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/asan_interface.h>
#endif

void eval_grow_frames(State *st)
{
    GROW(mem_alloc, st->frames, st->nframes, st->cap_frames, 256);
}

void eval_push_handler(State *st, Handler *h)
{
    h->prev = st->handler;
    h->nforcing = st->nforcing;
    h->nframes = st->nframes;
    h->depth = st->depth;
    st->handler = h;
}

void eval_pop_handler(State *st, Handler *h) { st->handler = h->prev; }

void eval_unwind_to(State *st, Handler *h)
{
#ifdef __SANITIZE_ADDRESS__
    /* AddressSanitizer gives up clearing the frames a longjmp skips when the stack is as big
     * as nixel's (hundreds of MiB); left poisoned, they would be reported when reused */
    if (stack_floor) {
        const char *here = __builtin_frame_address(0);
        ASAN_UNPOISON_MEMORY_REGION(stack_floor, (size_t)(here - stack_floor));
    }
#endif
    for (size_t i = st->nforcing; i > h->nforcing; i--) {
        Value *v = st->forcing[i - 1];
        if (v->type == T_BLACKHOLE) v->type = v->was;
    }
    st->nforcing = h->nforcing;
    st->nframes = h->nframes;
    st->depth = h->depth;
    st->handler = h->prev;
}

static TraceLine *add_line(TraceLine *t, size_t *n, size_t *cap, char *msg, Pos pos, size_t depth)
{
    GROW(mem_alloc, t, *n, *cap, 16);
    t[(*n)++] = (TraceLine){ msg, pos, depth, NULL };
    return t;
}

void eval_add_trace(State *st, const Handler *h, char *shown, Pos pos)
{
    Buf plain = {0}; /* shown carries its own colours */
    diag_strip_colours(&plain, shown);
    char *msg = (char *)buf_cstr(&plain);
    EvalError *err = &st->err;
    size_t inner = 0;
    while (inner < err->ntrace && err->trace[inner].depth >= h->nframes) inner++;
    TraceLine *t = mem_alloc((err->ntrace + 1) * sizeof *t);
    if (inner) memcpy(t, err->trace, inner * sizeof *t);
    t[inner] = (TraceLine){ msg, pos, h->nframes, shown };
    if (err->ntrace > inner) memcpy(t + inner + 1, err->trace + inner, (err->ntrace - inner) * sizeof *t);
    err->trace = t;
    err->ntrace++;
}

/* A frame's line, plain (returned) and as Nix prints it (*shown): hintfmt puts each
 * argument in ANSI_WARNING colour. */
static char *frame_text(State *st, const Frame *f, const char **shown)
{
    const char *before = NULL, *arg = NULL, *after = "'";
    switch ((FrameKind)f->kind) {
    case FR_ATTR:
        before = "while evaluating the attribute '", arg = eval_select_path_text(st, f);
        break;
    case FR_ATTR_SYM: /* CppNix passes the name as a string here, so it is not quoted */
        before = "while evaluating the attribute '", arg = sym_str((Sym)(uintptr_t)f->a);
        break;
    case FR_FILE: before = "while evaluating the file '", arg = f->a, after = "':"; break;
    case FR_CALL: { /* Nix: hintfmt("while evaluating %s", "'f'" or "anonymous lambda") */
        const ExprLambda *l = f->a;
        before = "while evaluating ", after = "";
        if (l->name == SYM_NONE) { arg = "anonymous lambda"; break; }
        Buf name = {0};
        buf_printf(&name, "'%s'", sym_str(l->name));
        arg = buf_cstr(&name);
        break;
    }
    case FR_TEXT: { /* the text carries its own colours */
        Buf plain = {0};
        diag_strip_colours(&plain, f->a);
        *shown = f->a;
        return (char *)buf_cstr(&plain);
    }
    case FR_DRV_ATTR: { /* two arguments, formatted only now that an error reads them */
        const char *attr = sym_str((Sym)(uintptr_t)f->a), *drv = (const char *)f->b;
        Buf plain = {0}, colour = {0};
        buf_printf(&plain, "while evaluating the attribute '%s' of the derivation '%s'", attr, drv);
        buf_printf(&colour, "while evaluating the attribute '" DIAG_ARG "%s" DIAG_NORMAL
                   "' of the derivation '" DIAG_ARG "%s" DIAG_NORMAL "'", attr, drv);
        *shown = buf_cstr(&colour);
        return (char *)buf_cstr(&plain);
    }
    }
    Buf plain = {0}, colour = {0};
    if (arg) {
        buf_printf(&plain, "%s%s%s", before, arg, after);
        buf_printf(&colour, "%s" DIAG_ARG "%s" DIAG_NORMAL "%s", before, arg, after);
        *shown = buf_cstr(&colour);
    } else {
        buf_adds(&plain, before);
        *shown = NULL;
    }
    return (char *)buf_cstr(&plain);
}

/* The active frames become the error's trace, innermost first. */
static void snapshot_trace(State *st, EvalError *err)
{
    TraceLine *t = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = st->nframes; i > 0; i--) {
        Frame f = st->frames[i - 1]; /* a copy: frame_text may evaluate, which moves frames */
        const char *shown;
        t = add_line(t, &n, &cap, frame_text(st, &f, &shown), f.pos, i - 1);
        t[n - 1].shown = shown;
        if (f.kind == FR_CALL) { /* Nix's hintfmt("from call site%s", "") */
            t = add_line(t, &n, &cap, "from call site", f.pos2, i - 1);
            t[n - 1].shown = "from call site" DIAG_ARG DIAG_NORMAL;
        }
    }
    err->trace = t;
    err->ntrace = n;
}

/* The message as Nix shows it (each argument coloured, except in a message formatted
 * beforehand, "%s", which is Nix's hintfmt(string) and carries its own colours if any), and
 * the same without colours, for matching. */
static void make_error(State *st, ErrKind kind, Pos pos, const char *fmt, va_list ap)
{
    Buf shown = {0}, plain = {0};
    buf_vprintf(&shown, strcmp(fmt, "%s") ? diag_colour_format(fmt) : fmt, ap);
    diag_strip_colours(&plain, buf_cstr(&shown));
    EvalError err = { kind, (char *)buf_cstr(&plain), pos, NULL, NULL, 0, NULL, 0, buf_cstr(&shown) };
    /* Nix 2.8 notices a stack overflow in its SIGSEGV handler, which prints the bare message
     * and exits: no excerpt, no trace, no hint. Otherwise the trace is taken first, since
     * showing a selection's path may evaluate (and fail, which sets st->err). */
    if (kind == ERR_STACK_OVERFLOW) err.pos = NO_POS;
    else if (!st->in_snapshot) { /* an error while taking a trace only says that a name failed */
        st->in_snapshot = true;
        snapshot_trace(st, &err);
        st->in_snapshot = false;
    }
    st->err = err;
}

static void make_error_args(State *st, ErrKind kind, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    make_error(st, kind, pos, fmt, ap);
    va_end(ap);
}

_Noreturn void eval_verror(State *st, ErrKind kind, Pos pos, const char *fmt, va_list ap)
{
    make_error(st, kind, pos, fmt, ap);
    eval_rethrow(st);
}

void eval_check_interrupt(State *st)
{
    if (st->interrupted && *st->interrupted) eval_error(st, ERR_OTHER, NO_POS, "interrupted by the user");
}

_Noreturn void eval_error(State *st, ErrKind kind, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    eval_verror(st, kind, pos, fmt, ap);
}

_Noreturn void eval_error_suggest(State *st, ErrKind kind, Pos pos, const char *query,
                                  const char *const *names, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    make_error(st, kind, pos, fmt, ap);
    va_end(ap);
    st->err.suggestion = suggest(query, names, n);
    eval_rethrow(st);
}

_Noreturn void eval_infinite_recursion(State *st, const Value *v, Pos pos)
{
    size_t first = st->nforcing;
    while (first > 0 && st->forcing[first - 1] != v) first--;
    size_t n = first ? st->nforcing - (first - 1) : 0;
    const Expr **cycle = mem_alloc((n ? n : 1) * sizeof *cycle);
    for (size_t i = 0; i < n; i++) cycle[i] = st->forcing[first - 1 + i]->thunk.expr;
    make_error_args(st, ERR_INFINITE_RECURSION, pos, "infinite recursion encountered");
    st->err.cycle = cycle;
    st->err.ncycle = n;
    eval_rethrow(st);
}

const char **attr_name_list(const Attrs *a)
{
    const char **list = mem_alloc((a->n ? a->n : 1) * sizeof *list);
    for (uint32_t i = 0; i < a->n; i++) list[i] = sym_str(a->a[i].name);
    return list;
}

_Noreturn void eval_rethrow(State *st)
{
    if (!st->handler) {
        eval_print_error(st, &st->err);
        exit(1);
    }
    longjmp(st->handler->jb, 1);
}

const char *eval_trace_shown(const TraceLine *t) { return t->shown ? t->shown : t->msg; }

void eval_format_message(Buf *b, const EvalError *err)
{
    buf_adds(b, err->shown ? err->shown : err->msg);
    buf_addc(b, '\n');
    if (pos_source(err->pos)) diag_add_excerpt(b, err->pos);
    if (err->suggestion) buf_printf(b, "Did you mean %s?\n", err->suggestion);
}

void eval_print_error(State *st, const EvalError *err)
{
    if (err->kind == ERR_STACK_OVERFLOW) { /* Nix's SIGSEGV handler: one line, no colours */
        Buf line = {0};
        buf_printf(&line, "error: %s", err->msg);
        diag_log_plain(line.s, line.len);
        return;
    }
    Buf b = {0};
    eval_format_message(&b, err);
    size_t nframes = st->show_trace ? err->ntrace : 0;
    DiagFrame *frames = mem_alloc((nframes ? nframes : 1) * sizeof *frames);
    for (size_t i = 0; i < nframes; i++) {
        frames[i] = (DiagFrame){ eval_trace_shown(&err->trace[i]), err->trace[i].pos };
        diag_add_frame(&b, frames[i].msg, frames[i].pos);
    }
    diag_emit_info("error", err->shown ? err->shown : err->msg, buf_cstr(&b), err->pos, frames, nframes);
    if (err->kind == ERR_USAGE) {
        diag_log("Try 'nix-instantiate --help' for more information.", 50);
        return;
    }
    if (err->ntrace && !st->show_trace)
        diag_log("(use '--show-trace' to show detailed location information)", 58);
}
