/* help.h: help for people. `nixel --help` and `nixel help` list the commands
 * (commands.h); `nixel help COMMAND` and `nixel COMMAND --help` show one: what it does,
 * its arguments and an example, taken from its manual page (help_pages is generated from
 * the pages in man/ by scripts/man2help.awk). `--version` gives nixel's version and the Nix it
 * follows, or, called as nix-instantiate, exactly Nix 2.8's line. */
#ifndef NIXEL_HELP_H
#define NIXEL_HELP_H

#include <stdbool.h>

typedef struct {
    const char *command;        /* "render" for nixel-render.1, "" for nixel.1 */
    const char *summary;        /* NAME's description */
    const char *usage, *description, *options, *examples;   /* plain text */
    const char *flags;          /* the option names of OPTIONS, one a line */
} HelpPage;

/* Ends with an entry whose command is NULL (build/gen/help_pages.c). */
extern const HelpPage help_pages[];

/* `nixel help [COMMAND]`; `nixel help --complete [COMMAND]` prints the command names, or
 * the command's option names, one a line (for the completion scripts). */
int help_main(int argc, char **argv);

/* Prints the help of command ("" for nixel itself) on stdout. Returns the exit status. */
int help_show(const char *command);

/* Whether --help is among argv[1..argc). */
bool help_asked(int argc, char **argv);

/* Whether nixel was started through a link named nix-instantiate (then it answers
 * --help and --version as Nix does). */
bool help_called_as_nix_instantiate(const char *argv0);

/* --version and --help as nix-instantiate's options: they print (or run man) and exit. */
_Noreturn void help_version(const char *argv0);
_Noreturn void help_usage(const char *argv0);

#endif
