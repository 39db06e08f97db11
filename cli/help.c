/* help.c: `nixel help`, `nixel COMMAND --help` and `--version` (help.h). The texts are the
 * manual pages' (help_pages), the list of commands is commands.c's table, so neither is
 * written twice. */
#include "cli/help.h"
#include "cli/commands.h"

#include "base/buf.h"
#include "base/diag.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NIXEL_VERSION "0.1.0"
/* The Nix whose nix-instantiate nixel reproduces; its --version line is what scripts test. */
#define NIX_VERSION "2.8.0"

static const HelpPage *find_page(const char *command)
{
    for (const HelpPage *p = help_pages; p->command; p++)
        if (!strcmp(p->command, command)) return p;
    return NULL;
}

static void section(Buf *b, const char *title, const char *text)
{
    if (!text || !*text) return;
    if (title) buf_printf(b, "%s:\n", title);
    buf_printf(b, "%s\n", text);
}

static void command_list(Buf *b)
{
    buf_adds(b, "Commands:\n");
    for (const Command *c = commands; c->name; c++) buf_printf(b, "  %-10s %s\n", c->name, c->summary);
    buf_addc(b, '\n');
}

int help_show(const char *command)
{
    const HelpPage *p = find_page(command);
    const Command *c = *command ? command_find(command) : NULL;
    if (*command && !c) {
        Buf m = {0};
        buf_printf(&m, "nixel has no command '%s' (see 'nixel help')", command);
        diag_emit("error", buf_cstr(&m));
        return 1;
    }
    Buf b = {0};
    buf_printf(&b, "nixel%s%s - %s\n\n", *command ? " " : "", command, p ? p->summary : c->summary);
    if (!p) {
        buf_adds(&b, "(no manual page yet)\n");
        fwrite(b.s, 1, b.len, stdout);
        return 0;
    }
    section(&b, "Usage", p->usage);
    if (!*command) command_list(&b);
    section(&b, NULL, p->description);
    section(&b, "Options", p->options);
    section(&b, "Examples", p->examples);
    if (*command) buf_printf(&b, "Manual: man nixel-%s\n", command);
    else buf_adds(&b, "'nixel help COMMAND' shows a command, 'man nixel-COMMAND' its manual.\n");
    fwrite(b.s, 1, b.len, stdout);
    return 0;
}

/* For the completion scripts: the commands, or a command's option names. */
static int complete(const char *command)
{
    if (!command) {
        for (const Command *c = commands; c->name; c++) printf("%s\n", c->name);
        command = "";
    }
    const HelpPage *p = find_page(command);
    if (p) fputs(p->flags, stdout);
    return 0;
}

int help_main(int argc, char **argv)
{
    if (argc >= 2 && !strcmp(argv[1], "--complete")) return complete(argc >= 3 ? argv[2] : NULL);
    if (argc > 2) {
        diag_emit("error", "nixel help takes at most one command\nusage: nixel help [COMMAND]");
        return 1;
    }
    return help_show(argc == 2 ? argv[1] : "");
}

bool help_asked(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--help")) return true;
    return false;
}

bool help_called_as_nix_instantiate(const char *argv0)
{
    const char *slash = strrchr(argv0, '/');
    return !strcmp(slash ? slash + 1 : argv0, "nix-instantiate");
}

_Noreturn void help_version(const char *argv0)
{
    if (help_called_as_nix_instantiate(argv0)) printf("nix-instantiate (Nix) %s\n", NIX_VERSION);
    else printf("nixel %s\nevaluates Nix as Nix %s does (nix-instantiate (Nix) %s as a drop-in)\n",
                NIXEL_VERSION, NIX_VERSION, NIX_VERSION);
    exit(0);
}

/* Through the link, as Nix 2.8: it runs `man nix-instantiate`. */
_Noreturn void help_usage(const char *argv0)
{
    if (!help_called_as_nix_instantiate(argv0)) exit(help_show(""));
    fflush(stdout);
    execlp("man", "man", "nix-instantiate", (char *)NULL);
    Buf m = {0};
    buf_printf(&m, "command 'man nix-instantiate' failed: %s", strerror(errno));
    diag_emit("error", buf_cstr(&m));
    exit(1);
}
