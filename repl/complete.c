/* complete.c: Tab completion for the REPL through libedit's readline interface. A word is
 * completed as a command (`:d` -> `:doc`), an attribute path (`lib.strings.conc`: everything
 * before the last dot is evaluated, its attribute names are the candidates) or a variable
 * (the session's bindings, the base environment's names and the keywords). Evaluation errors
 * while completing just mean no candidates. */
#include "repl/repl.h"
#include "base/mem.h"
#include "parser/base_names.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <editline/readline.h>

static Repl *completing;
/* after :doc or :pos, `lib.x` means nixpkgs' lib even without a `lib` in scope, as they read it */
static bool after_doc_command;

/* The candidates of the current word, made once per Tab by make_candidates. */
static char **cands;
static size_t ncands, cap_cands;

static void add_candidate(const char *prefix, size_t plen, const char *name, const char *word)
{
    size_t wlen = strlen(word);
    if (strncmp(name, word + plen, wlen - plen)) return;
    for (size_t i = 0; i < ncands; i++)
        if (!strncmp(cands[i], prefix, plen) && !strcmp(cands[i] + plen, name)) return;
    if (ncands == cap_cands) {
        cap_cands = cap_cands ? cap_cands * 2 : 64;
        cands = realloc(cands, cap_cands * sizeof *cands);
    }
    char *c = malloc(plen + strlen(name) + 1);
    memcpy(c, prefix, plen);
    strcpy(c + plen, name);
    cands[ncands++] = c;
}

static void complete_attr_path(const char *word, const char *dot)
{
    Repl *r = completing;
    size_t plen = (size_t)(dot - word) + 1;
    char *base = mem_strndup(word, plen - 1);
    State *st = r->st;
    Handler h;
    if (!EVAL_TRY(st, &h)) { eval_unwind_to(st, &h); return; }
    Value v;
    repl_eval(r, after_doc_command ? doc_with_lib(r, base) : base, &v);
    if (v.type == T_ATTRS)
        for (uint32_t i = 0; i < v.attrs->n; i++)
            add_candidate(word, plen, sym_str(v.attrs->a[i].name), word);
    eval_pop_handler(st, &h);
}

static void complete_variable(const char *word)
{
    static const char *const keywords[] = { "assert", "else", "if", "in", "inherit", "let", "or", "rec", "then", "with" };
    for (uint32_t i = 0; i < completing->n; i++) add_candidate("", 0, sym_str(completing->names[i]), word);
    for (unsigned i = 0; i < base_names_count; i++)
        if (base_names[i][0] != '_') add_candidate("", 0, base_names[i], word);
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) add_candidate("", 0, keywords[i], word);
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void make_candidates(const char *word, bool at_line_start)
{
    for (size_t i = 0; i < ncands; i++) free(cands[i]);
    ncands = 0;
    const char *dot = strrchr(word, '.');
    if (at_line_start && word[0] == ':') {
        const char *name;
        for (size_t i = 0; (name = repl_command_name(i)); i++) add_candidate(":", 1, name, word);
    } else if (dot) complete_attr_path(word, dot);
    else complete_variable(word);
    if (ncands) qsort(cands, ncands, sizeof *cands, by_name);
}

/* readline's generator: called with state 0 first, then for each next candidate. */
static char *next_candidate(const char *word, int state)
{
    static size_t next;
    if (state == 0) next = 0;
    if (next >= ncands) return NULL;
    return strdup(cands[next++]);
}

static char **complete(const char *word, int start, int end)
{
    int i = 0;
    while (i < start && (rl_line_buffer[i] == ' ' || rl_line_buffer[i] == '\t')) i++;
    after_doc_command = !strncmp(rl_line_buffer + i, ":doc ", 5) || !strncmp(rl_line_buffer + i, ":pos ", 5);
    make_candidates(word, i == start);
    rl_attempted_completion_over = 1;   /* no file name completion instead */
    return rl_completion_matches(word, next_candidate);
}

void repl_complete_init(Repl *r)
{
    completing = r;
    /* a dot, a colon and a quote belong to the word: attribute paths and commands */
    rl_basic_word_break_characters = " \t\n\"\\`@$><=;|&{(";
    rl_attempted_completion_function = complete;
}
