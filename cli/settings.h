/* settings.h: Nix 2.8's configuration settings as nix-instantiate takes them: nix.conf
 * (NIX_CONF_DIR, then NIX_USER_CONF_FILES or the XDG directories), NIX_CONFIG,
 * `--option NAME VALUE`, and the flag each setting gives (`--NAME VALUE`; `--NAME` and
 * `--no-NAME` for a Boolean; `--extra-NAME VALUE` for a list). Every setting Nix 2.8 knows
 * (globals.hh, EvalSettings, fetch, file transfer and logger settings, and their old
 * aliases) is accepted and its value checked as Nix checks it; the ones that change an
 * evaluation are kept here. Names Nix does not know are kept to be warned about as Nix
 * warns ("unknown setting 'x'"), once each, by name, when the initial flags are read. */
#ifndef NIXEL_SETTINGS_H
#define NIXEL_SETTINGS_H

#include "base/buf.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char *system;         /* builtins.currentSystem */
    const char *nix_path;       /* entries separated by blanks; NULL: from $NIX_PATH */
    const char *allowed_uris;   /* prefixes separated by blanks */
    const char *plugin_files;
    bool restrict_eval, pure_eval, show_trace, native_code, trace_calls;
    bool dirty_refused, dirty_quiet;    /* allow-dirty false, warn-dirty false (fetchGit) */
    bool restrict_eval_set, pure_eval_set;  /* given at all (else the caller's default) */
    const char *store;          /* store URIs, checked as Nix opens them */
    const char *build_users_group;  /* NULL: Nix's default (nixbld for root) */
    /* NIXEL_COMPAT=current (set by the caller before the settings are read): today's
     * abort-on-warn and parse-toml-timestamps are known, and no feature is warned about */
    bool current, abort_on_warn, toml_timestamps;
    const char **unknown;       /* names Nix does not know, in the order given */
    size_t nunknown, cap_unknown;
} Settings;

typedef enum {
    SETTING_OK,
    SETTING_UNKNOWN,        /* kept for the warning */
    SETTING_USAGE_ERROR,    /* a bad value: Nix's UsageError, message in err */
    SETTING_ERROR,          /* another error (a missing include), message in err */
} SettingStatus;

void settings_init(Settings *s);
/* Reads nix.conf and NIX_CONFIG as Nix 2.8 does at startup. */
SettingStatus settings_load(Settings *s, Buf *err);
/* Config::set: NAME or an alias, or extra-NAME for a list. */
SettingStatus settings_set(Settings *s, const char *name, const char *value, Buf *err);
/* The flags the settings give. argv[i] is a flag starting with "--"; returns how many
 * arguments it takes (0 or 1) and sets *status, or -1 when it is none of them. The caller
 * checks that the value is there, then calls settings_apply_flag. */
int settings_flag_arity(const char *flag);
SettingStatus settings_apply_flag(Settings *s, const char *flag, const char *value, Buf *err);
/* After the initial flags: the plugin files (none can be loaded) and the warnings. Returns
 * SETTING_OK or an error in err. */
SettingStatus settings_initial_flags_done(const Settings *s, bool warn, Buf *err);
/* Opens the store as openStore does: SETTING_ERROR with the message if Nix has no such
 * store; a local store warns about a build-users-group that does not exist. */
SettingStatus settings_open_store(const Settings *s, const char *uri, Buf *err);

#endif
