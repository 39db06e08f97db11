/* commands.h: nixel's own commands, `nixel COMMAND ARGUMENTS...`. Each is one line of
 * commands.c's table: its name, the function that runs it, and the summary `nixel help`
 * lists. Its help (`nixel COMMAND --help`, `nixel help COMMAND`) and shell completion come
 * from its manual page, man/nixel-COMMAND.1 (cli/help.h). */
#ifndef NIXEL_COMMANDS_H
#define NIXEL_COMMANDS_H

/* argv[0] is the command's name. Returns the exit status. */
typedef int (*CommandFn)(int argc, char **argv);

typedef struct {
    const char *name;
    CommandFn run;
    const char *summary;        /* the description of the manual page's NAME line */
} Command;

/* Ends with an entry whose name is NULL. */
extern const Command commands[];

/* NULL if there is no such command. */
const Command *command_find(const char *name);

/* `nixel eval`, in main.c (it shares nix-instantiate's options and evaluation). */
int eval_main(int argc, char **argv);

#endif
