/* unloaded.c: which nixpkgs module declares an option that nixel render's host lacks, for
 * the hint after "The option `services.openssh' defined in `F' does not exist.". The host
 * (modules/nixos/modules/module-list.nix) has a handful of NixOS's modules; a configuration
 * written for NixOS often defines options of others. The table is short on purpose: only
 * options people commonly set, each with the file that declares it in nixpkgs of April 2020
 * (the host's date), so the hint is never a guess. */
#include "render/unloaded.h"

#include "base/buf.h"

#include <stdbool.h>
#include <string.h>

static const struct { const char *option, *file; } known[] = {
    { "services.openssh", "nixos/modules/services/networking/ssh/sshd.nix" },
    { "services.nginx", "nixos/modules/services/web-servers/nginx/default.nix" },
    { "services.httpd", "nixos/modules/services/web-servers/apache-httpd/default.nix" },
    { "services.postgresql", "nixos/modules/services/databases/postgresql.nix" },
    { "services.mysql", "nixos/modules/services/databases/mysql.nix" },
    { "services.xserver", "nixos/modules/services/x11/xserver.nix" },
    { "services.cron", "nixos/modules/services/scheduling/cron.nix" },
    { "services.avahi", "nixos/modules/services/networking/avahi-daemon.nix" },
    { "networking.firewall", "nixos/modules/services/networking/firewall.nix" },
    { "fileSystems", "nixos/modules/tasks/filesystems.nix" },
    { "boot.loader.grub", "nixos/modules/system/boot/loader/grub/grub.nix" },
    { "time.timeZone", "nixos/modules/config/locale.nix" },
    { "i18n", "nixos/modules/config/i18n.nix" },
    { "programs.zsh", "nixos/modules/programs/zsh/zsh.nix" },
    { "security.sudo", "nixos/modules/security/sudo.nix" },
    { "virtualisation.docker", "nixos/modules/virtualisation/docker.nix" },
    { "system.stateVersion", "nixos/modules/misc/version.nix" },
};

/* a is b, or a path below b */
static bool at_or_below(const char *a, const char *b)
{
    size_t n = strlen(b);
    return !strncmp(a, b, n) && (a[n] == 0 || a[n] == '.');
}

/* The entry for OPTION: the one it is at or below, else the only one below it (the lib
 * names the first undeclared level: `services.openssh' for services.openssh.enable, `time'
 * for time.timeZone). -1 if none, or if several are below it. */
static int known_entry(const char *option)
{
    int below = -1, nbelow = 0;
    for (int i = 0; i < (int)(sizeof known / sizeof known[0]); i++) {
        if (at_or_below(option, known[i].option)) return i;
        if (at_or_below(known[i].option, option)) below = i, nbelow++;
    }
    return nbelow == 1 ? below : -1;
}

const char *unloaded_module_hint(const char *option, void *data)
{
    (void)data;
    int i = known_entry(option);
    if (i < 0) return NULL;
    Buf b = {0};
    buf_printf(&b, "`%s' is declared by %s in nixpkgs, which nixel render does not load\n"
                   "(its host has only the modules listed in modules/nixos/README.md).",
               known[i].option, known[i].file);
    return buf_cstr(&b);
}
