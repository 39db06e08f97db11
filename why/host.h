/* host.h: what `nixel why` and `nixel options` share: their command line (seed modules,
 * configuration, -I), the state, the hook that lets nixel's lib learn where mkIf
 * conditions are written, and values turned into JSON for people (functions and errors
 * as «...» strings instead of failures). */
#ifndef NIXEL_WHY_HOST_H
#define NIXEL_WHY_HOST_H

#include "eval/eval.h"

#include <cjson/cJSON.h>
#include <stdbool.h>

typedef struct {
    const char **modules;
    int nmodules;
    const char **includes;
    int nincludes;
    const char **words;     /* the positional arguments, in order */
    int nwords;
    bool json, md, show_trace;
    bool restricted;        /* --restrict-eval: read only what nixel render may (render.h) */
} HostArgs;

/* Parses [--module FILE]... [-I PATH]... [--json] [--md] [--show-trace] WORDS...; prints a
 * usage error (with `usage`) and returns non-zero on a bad flag. */
int host_parse_args(HostArgs *a, int argc, char **argv, const char *usage);
/* Prints "error: nixel CMD: MESSAGE" (and usage when given); returns 1. */
int host_fail(const char *message, const char *usage);

/* A state for the host commands; NULL (after a message) when nixel's modules are missing. */
State *host_new_state(const HostArgs *a, const char *config, const char **modules_dir);
/* Adds why.nix's exprPos and conditionPos (the primops that put nixel's lib in its
 * explaining mode) to b. */
void host_add_hooks(AttrsBuilder *b);

/* What a command does with the evaluated host (why_load_host) and its word. */
typedef int HostCommand(State *st, const char *modules_dir, Value *evaluated, const HostArgs *a,
                        const char *word);
/* Evaluates the host of the seed modules and the configuration (or none), runs the command,
 * and prints an evaluation error as nixel prints errors. Returns the exit status. */
int host_run(const HostArgs *a, const char *config, HostCommand *command, const char *word);

/* The value as JSON: sets (derivations as «derivation NAME»), lists and scalars, at most
 * max_depth levels deep; functions as «lambda @ FILE:L:C», what fails to evaluate as
 * «error: MESSAGE». Never raises. */
cJSON *host_json(State *st, Value *v, int max_depth);
/* The attribute name of a set, or NULL when missing (forcing the set). */
Value *host_attr(State *st, Value *set, const char *name);
/* A string (or path) of a result record, forced; "" for NULL. */
const char *host_string(State *st, Value *v);
/* Line `line` of a file, without its newline, or NULL. */
const char *host_source_line(const char *file, long line);

#endif
