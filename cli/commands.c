/* commands.c: the table of nixel's own commands (commands.h). A new command is one line
 * here (and its manual page, man/nixel-NAME.1, which gives its help). */
#include "cli/commands.h"
#include "cli/help.h"
#include "cli/serve.h"
#include "render/compare.h"
#include "render/render.h"
#include "why/why.h"
#include "repl/repl.h"

#include <string.h>

const Command commands[] = {
    { "eval",    eval_main,    "evaluate a Nix expression or file and print the result" },
    { "render",  render_main,  "write the /etc tree of a NixOS-style configuration" },
    { "compare", compare_main, "compare a render with a golden render" },
    { "why",     why_main,     "explain why an option of a configuration has its value" },
    { "options", options_main, "list the documentation of a configuration's options" },
    { "repl",    repl_main,    "evaluate Nix interactively, with documentation and completion" },
    { "doc",     doc_main,     "show the documentation of a builtin or lib function" },
    { "serve",   serve_main,   "serve the playground page, a browser's editor for nixel, on localhost" },
    { "help",    help_main,    "show nixel's commands, or the help of one" },
    { NULL, NULL, NULL }
};

const Command *command_find(const char *name)
{
    for (const Command *c = commands; c->name; c++)
        if (!strcmp(c->name, name)) return c;
    return NULL;
}
