/* settings.c: Nix 2.8's settings, their types, how they are read and checked (settings.h). */
#include "cli/settings.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <grp.h>
#include <unistd.h>

#include "base/diag.h"
#include "base/file.h"
#include "base/grow.h"
#include "base/mem.h"

/* How Nix 2.8 reads a value (BaseSetting<T>::set and its specialisations). */
typedef enum {
    K_BOOL,         /* true/yes/1, false/no/0 */
    K_STR,          /* any string */
    K_PATH,         /* PathSetting: empty or absolute */
    K_LIST,         /* Strings, StringSet, StringMap, Paths: blank-separated, appendable */
    K_FEATURES,     /* experimental features: a list whose unknown names are warned about */
    K_UINT,         /* unsigned: digits with an optional '+', at most max */
    K_INT,          /* signed (time_t, off_t): an optional sign */
    K_SANDBOX,      /* true, false or relaxed */
    K_JOBS,         /* 'auto' or an unsigned int */
} Kind;

/* Where a setting that changes an evaluation is kept. */
typedef enum {
    F_NONE, F_SYSTEM, F_NIX_PATH, F_ALLOWED_URIS, F_PLUGIN_FILES, F_STORE,
    F_RESTRICT, F_PURE, F_SHOW_TRACE, F_NATIVE, F_TRACE_CALLS, F_USERS_GROUP, F_ALLOW_DIRTY, F_WARN_DIRTY,
} Field;

typedef struct {
    const char *name;
    Kind kind;
    uint64_t max;       /* K_UINT */
    Field field;
} SettingDef;

#define U32 UINT32_MAX
#define U64 UINT64_MAX

/* Every setting nix-instantiate 2.8 registers on Linux (`nix show-config` lists them). */
static const SettingDef settings_table[] = {
    { "accept-flake-config", K_BOOL, 0, F_NONE },
    { "access-tokens", K_LIST, 0, F_NONE },
    { "allow-dirty", K_BOOL, 0, F_ALLOW_DIRTY },
    { "allow-import-from-derivation", K_BOOL, 0, F_NONE },
    { "allow-new-privileges", K_BOOL, 0, F_NONE },
    { "allow-symlinked-store", K_BOOL, 0, F_NONE },
    { "allow-unsafe-native-code-during-evaluation", K_BOOL, 0, F_NATIVE },
    { "allowed-impure-host-deps", K_LIST, 0, F_NONE },
    { "allowed-uris", K_LIST, 0, F_ALLOWED_URIS },
    { "allowed-users", K_LIST, 0, F_NONE },
    { "auto-optimise-store", K_BOOL, 0, F_NONE },
    { "bash-prompt", K_STR, 0, F_NONE },
    { "bash-prompt-suffix", K_STR, 0, F_NONE },
    { "build-hook", K_PATH, 0, F_NONE },
    { "build-poll-interval", K_UINT, U32, F_NONE },
    { "build-users-group", K_STR, 0, F_USERS_GROUP },
    { "builders", K_STR, 0, F_NONE },
    { "builders-use-substitutes", K_BOOL, 0, F_NONE },
    { "commit-lockfile-summary", K_STR, 0, F_NONE },
    { "compress-build-log", K_BOOL, 0, F_NONE },
    { "connect-timeout", K_UINT, U64, F_NONE },
    { "cores", K_UINT, U32, F_NONE },
    { "diff-hook", K_PATH, 0, F_NONE },
    { "download-attempts", K_UINT, U32, F_NONE },
    { "enforce-determinism", K_BOOL, 0, F_NONE },
    { "eval-cache", K_BOOL, 0, F_NONE },
    { "experimental-features", K_FEATURES, 0, F_NONE },
    { "extra-platforms", K_LIST, 0, F_NONE },
    { "fallback", K_BOOL, 0, F_NONE },
    { "filter-syscalls", K_BOOL, 0, F_NONE },
    { "flake-registry", K_STR, 0, F_NONE },
    { "fsync-metadata", K_BOOL, 0, F_NONE },
    { "gc-reserved-space", K_INT, 0, F_NONE },
    { "hashed-mirrors", K_LIST, 0, F_NONE },
    { "http-connections", K_UINT, U64, F_NONE },
    { "http2", K_BOOL, 0, F_NONE },
    { "ignored-acls", K_LIST, 0, F_NONE },
    { "impersonate-linux-26", K_BOOL, 0, F_NONE },
    { "keep-build-log", K_BOOL, 0, F_NONE },
    { "keep-derivations", K_BOOL, 0, F_NONE },
    { "keep-env-derivations", K_BOOL, 0, F_NONE },
    { "keep-failed", K_BOOL, 0, F_NONE },
    { "keep-going", K_BOOL, 0, F_NONE },
    { "keep-outputs", K_BOOL, 0, F_NONE },
    { "log-lines", K_UINT, U64, F_NONE },
    { "max-build-log-size", K_UINT, U64, F_NONE },
    { "max-free", K_UINT, U64, F_NONE },
    { "max-jobs", K_JOBS, 0, F_NONE },
    { "max-silent-time", K_INT, 0, F_NONE },
    { "min-free", K_UINT, U64, F_NONE },
    { "min-free-check-interval", K_UINT, U64, F_NONE },
    { "nar-buffer-size", K_UINT, U64, F_NONE },
    { "narinfo-cache-negative-ttl", K_UINT, U32, F_NONE },
    { "narinfo-cache-positive-ttl", K_UINT, U32, F_NONE },
    { "netrc-file", K_STR, 0, F_NONE },
    { "nix-path", K_LIST, 0, F_NIX_PATH },
    { "plugin-files", K_LIST, 0, F_PLUGIN_FILES },
    { "post-build-hook", K_STR, 0, F_NONE },
    { "pre-build-hook", K_STR, 0, F_NONE },
    { "preallocate-contents", K_BOOL, 0, F_NONE },
    { "print-missing", K_BOOL, 0, F_NONE },
    { "pure-eval", K_BOOL, 0, F_PURE },
    { "repeat", K_UINT, U64, F_NONE },
    { "require-sigs", K_BOOL, 0, F_NONE },
    { "restrict-eval", K_BOOL, 0, F_RESTRICT },
    { "run-diff-hook", K_BOOL, 0, F_NONE },
    { "sandbox", K_SANDBOX, 0, F_NONE },
    { "sandbox-build-dir", K_STR, 0, F_NONE },
    { "sandbox-dev-shm-size", K_STR, 0, F_NONE },
    { "sandbox-fallback", K_BOOL, 0, F_NONE },
    { "sandbox-paths", K_LIST, 0, F_NONE },
    { "secret-key-files", K_LIST, 0, F_NONE },
    { "show-trace", K_BOOL, 0, F_SHOW_TRACE },
    { "stalled-download-timeout", K_UINT, U64, F_NONE },
    { "store", K_STR, 0, F_STORE },
    { "substitute", K_BOOL, 0, F_NONE },
    { "substituters", K_LIST, 0, F_NONE },
    { "sync-before-registering", K_BOOL, 0, F_NONE },
    { "system", K_STR, 0, F_SYSTEM },
    { "system-features", K_LIST, 0, F_NONE },
    { "tarball-ttl", K_UINT, U32, F_NONE },
    { "timeout", K_INT, 0, F_NONE },
    { "trace-function-calls", K_BOOL, 0, F_TRACE_CALLS },
    { "trusted-public-keys", K_LIST, 0, F_NONE },
    { "trusted-substituters", K_LIST, 0, F_NONE },
    { "trusted-users", K_LIST, 0, F_NONE },
    { "use-case-hack", K_BOOL, 0, F_NONE },
    { "use-registries", K_BOOL, 0, F_NONE },
    { "use-sqlite-wal", K_BOOL, 0, F_NONE },
    { "user-agent-suffix", K_STR, 0, F_NONE },
    { "warn-dirty", K_BOOL, 0, F_WARN_DIRTY },
};

/* The old names Nix 2.8 still reads (in nix.conf and --option, not as flags). */
static const struct { const char *alias, *name; } settings_aliases[] = {
    { "binary-cache-public-keys", "trusted-public-keys" },
    { "binary-caches", "substituters" },
    { "binary-caches-parallel-connections", "http-connections" },
    { "build-chroot-dirs", "sandbox-paths" },
    { "build-compress-log", "compress-build-log" },
    { "build-cores", "cores" },
    { "build-fallback", "fallback" },
    { "build-impersonate-linux-26", "impersonate-linux-26" },
    { "build-keep-log", "keep-build-log" },
    { "build-max-jobs", "max-jobs" },
    { "build-max-log-size", "max-build-log-size" },
    { "build-max-silent-time", "max-silent-time" },
    { "build-repeat", "repeat" },
    { "build-sandbox-paths", "sandbox-paths" },
    { "build-timeout", "timeout" },
    { "build-use-chroot", "sandbox" },
    { "build-use-sandbox", "sandbox" },
    { "build-use-substitutes", "substitute" },
    { "env-keep-derivations", "keep-env-derivations" },
    { "gc-keep-derivations", "keep-derivations" },
    { "gc-keep-outputs", "keep-outputs" },
    { "trusted-binary-caches", "trusted-substituters" },
};

static const char *const experimental_features[] = {
    "ca-derivations", "impure-derivations", "flakes", "nix-command", "recursive-nix",
    "no-url-literals", "fetch-closure",
};

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

static const SettingDef *find_setting(const char *name)
{
    for (size_t i = 0; i < COUNT(settings_table); i++)
        if (!strcmp(settings_table[i].name, name)) return &settings_table[i];
    return NULL;
}

static const SettingDef *find_setting_or_alias(const char *name)
{
    for (size_t i = 0; i < COUNT(settings_aliases); i++)
        if (!strcmp(settings_aliases[i].alias, name)) return find_setting(settings_aliases[i].name);
    return find_setting(name);
}

static bool appendable(const SettingDef *d)
{
    return d->kind == K_LIST || d->kind == K_FEATURES;
}

void settings_init(Settings *s)
{
    memset(s, 0, sizeof *s);
}

/* ---- values ---- */

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The blank-separated words of a list value, joined by one space (tokenizeString). */
static const char *list_words(const char *old, const char *value, bool append)
{
    Buf b = {0};
    if (append && old && *old) buf_adds(&b, old);
    for (const char *p = value; *p;) {
        while (is_blank(*p)) p++;
        size_t n = 0;
        while (p[n] && !is_blank(p[n])) n++;
        if (!n) break;
        if (b.len) buf_addc(&b, ' ');
        buf_add(&b, p, n);
        p += n;
    }
    return buf_cstr(&b);
}

/* string2Int as boost::lexical_cast reads it: an optional sign ('-' only when signed), then
 * decimal digits, within the type's range. */
static bool parse_int(const char *s, size_t len, bool is_signed, uint64_t max, uint64_t *out)
{
    bool neg = false;
    if (len && (*s == '+' || (*s == '-' && is_signed))) { neg = *s == '-'; s++; len--; }
    if (!len) return false;
    uint64_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9' || n > (max - (uint64_t)(s[i] - '0')) / 10) return false;
        n = n * 10 + (uint64_t)(s[i] - '0');
    }
    if (neg && n > (uint64_t)INT64_MAX + 1) return false;
    *out = neg ? (uint64_t)0 - n : n;
    return true;
}

/* Nix's UsageError: the arguments in colour, as its hintfmt shows them */
static SettingStatus usage(Buf *err, const char *fmt, const char *a, const char *b)
{
    buf_printf(err, diag_colour_format(fmt), a, b);
    return SETTING_USAGE_ERROR;
}

static void warn_features(const char *value)
{
    for (const char *p = list_words(NULL, value, false); *p;) {
        size_t n = strcspn(p, " ");
        bool known = false;
        for (size_t i = 0; i < COUNT(experimental_features); i++)
            known |= strlen(experimental_features[i]) == n && !strncmp(experimental_features[i], p, n);
        if (!known) {
            Buf b = {0};
            buf_printf(&b, "unknown experimental feature '%.*s'", (int)n, p);
            diag_emit("warning", buf_cstr(&b));
        }
        p += n;
        if (*p) p++;
    }
}

/* The experimental features: Nix 2.8 warns about those it does not know; in current mode
 * nixel acts on today's parse-toml-timestamps and warns about none. */
static void features(Settings *s, const char *value)
{
    if (!s->current) { warn_features(value); return; }
    for (const char *p = list_words(NULL, value, false); *p;) {
        size_t n = strcspn(p, " ");
        if (n == strlen("parse-toml-timestamps") && !strncmp(p, "parse-toml-timestamps", n)) s->toml_timestamps = true;
        p += n;
        if (*p) p++;
    }
}

/* Checks value as Nix reads a setting of d's kind; returns the value to keep. */
static SettingStatus check_value(Settings *s, const SettingDef *d, const char *value, Buf *err)
{
    uint64_t n;
    switch (d->kind) {
    case K_BOOL:
        if (!strcmp(value, "true") || !strcmp(value, "yes") || !strcmp(value, "1") ||
            !strcmp(value, "false") || !strcmp(value, "no") || !strcmp(value, "0")) return SETTING_OK;
        return usage(err, "Boolean setting '%s' has invalid value '%s'", d->name, value);
    case K_UINT:
    case K_INT:
        if (parse_int(value, strlen(value), d->kind == K_INT, d->kind == K_INT ? INT64_MAX : d->max, &n))
            return SETTING_OK;
        return usage(err, "setting '%s' has invalid value '%s'", d->name, value);
    case K_SANDBOX:
        if (!strcmp(value, "true") || !strcmp(value, "false") || !strcmp(value, "relaxed")) return SETTING_OK;
        return usage(err, "option '%s' has invalid value '%s'", d->name, value);
    case K_JOBS:
        if (!strcmp(value, "auto") || parse_int(value, strlen(value), false, UINT32_MAX, &n)) return SETTING_OK;
        return usage(err, "configuration setting '%s' should be 'auto' or an integer", d->name, NULL);
    case K_FEATURES:
        features(s, value);
        return SETTING_OK;
    case K_PATH:
        if (*value && *value != '/') {
            buf_printf(err, "not an absolute path: '%s'", value);
            return SETTING_ERROR;
        }
        return SETTING_OK;
    case K_STR:
    case K_LIST:
        return SETTING_OK;
    }
    return SETTING_OK;
}

static bool true_value(const char *v)
{
    return !strcmp(v, "true") || !strcmp(v, "yes") || !strcmp(v, "1");
}

static void keep(Settings *s, const SettingDef *d, const char *value, bool append)
{
    switch (d->field) {
    case F_NONE: break;
    case F_SYSTEM: s->system = value; break;
    case F_STORE: s->store = value; break;
    case F_USERS_GROUP: s->build_users_group = value; break;
    case F_NIX_PATH: s->nix_path = list_words(s->nix_path, value, append); break;
    case F_ALLOWED_URIS: s->allowed_uris = list_words(s->allowed_uris, value, append); break;
    case F_PLUGIN_FILES: s->plugin_files = list_words(s->plugin_files, value, append); break;
    case F_RESTRICT: s->restrict_eval = true_value(value); s->restrict_eval_set = true; break;
    case F_PURE: s->pure_eval = true_value(value); s->pure_eval_set = true; break;
    case F_SHOW_TRACE: s->show_trace = true_value(value); break;
    case F_NATIVE: s->native_code = true_value(value); break;
    case F_TRACE_CALLS: s->trace_calls = true_value(value); break;
    case F_ALLOW_DIRTY: s->dirty_refused = !true_value(value); break;
    case F_WARN_DIRTY: s->dirty_quiet = !true_value(value); break;
    }
}

static SettingStatus set_def(Settings *s, const SettingDef *d, const char *value, bool append, Buf *err)
{
    SettingStatus st = check_value(s, d, value, err);
    if (st == SETTING_OK) keep(s, d, value, append);
    return st;
}

static void remember_unknown(Settings *s, const char *name)
{
    for (size_t i = 0; i < s->nunknown; i++)
        if (!strcmp(s->unknown[i], name)) return;
    GROW(mem_alloc, s->unknown, s->nunknown, s->cap_unknown, 8);
    s->unknown[s->nunknown++] = mem_strndup(name, strlen(name));
}

SettingStatus settings_set(Settings *s, const char *name, const char *value, Buf *err)
{
    const SettingDef *d = find_setting_or_alias(name);
    if (d) return set_def(s, d, value, false, err);
    if (!strncmp(name, "extra-", 6) && (d = find_setting(name + 6)) && appendable(d))
        return set_def(s, d, value, true, err);
    if (s->current && !strcmp(name, "abort-on-warn")) {   /* today's Nix: builtins.warn aborts */
        static const SettingDef abort_on_warn = { "abort-on-warn", K_BOOL, 0, F_NONE };
        SettingStatus st = check_value(s, &abort_on_warn, value, err);
        if (st == SETTING_OK) s->abort_on_warn = true_value(value);
        return st;
    }
    remember_unknown(s, name);
    return SETTING_UNKNOWN;
}

/* ---- flags ---- */

/* The setting behind --NAME, --no-NAME (Booleans and sandbox), --relaxed-sandbox or
 * --extra-NAME (lists); *value_out is the value a flag without one stands for. */
static const SettingDef *flag_setting(const char *flag, const char **fixed, bool *append)
{
    const SettingDef *d;
    *fixed = NULL;
    *append = false;
    if (strncmp(flag, "--", 2)) return NULL;
    const char *name = flag + 2;
    if ((d = find_setting(name))) {
        if (d->kind == K_BOOL || d->kind == K_SANDBOX) *fixed = "true";
        return d;
    }
    if (!strncmp(name, "no-", 3) && (d = find_setting(name + 3)) && (d->kind == K_BOOL || d->kind == K_SANDBOX)) {
        *fixed = "false";
        return d;
    }
    if (!strcmp(name, "relaxed-sandbox")) {
        *fixed = "relaxed";
        return find_setting("sandbox");
    }
    if (!strncmp(name, "extra-", 6) && (d = find_setting(name + 6)) && appendable(d)) {
        *append = true;
        return d;
    }
    return NULL;
}

int settings_flag_arity(const char *flag)
{
    const char *fixed;
    bool append;
    const SettingDef *d = flag_setting(flag, &fixed, &append);
    return d ? (fixed ? 0 : 1) : -1;
}

SettingStatus settings_apply_flag(Settings *s, const char *flag, const char *value, Buf *err)
{
    const char *fixed;
    bool append;
    const SettingDef *d = flag_setting(flag, &fixed, &append);
    if (!d) return SETTING_UNKNOWN;
    return set_def(s, d, fixed ? fixed : value, append, err);
}

/* ---- nix.conf and NIX_CONFIG (AbstractConfig::applyConfig) ---- */

static SettingStatus apply_config(Settings *s, const char *contents, const char *path, Buf *err);

static const char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash) return ".";
    return slash == path ? "/" : mem_strndup(path, (size_t)(slash - path));
}

static SettingStatus apply_config_file(Settings *s, const char *path, Buf *err)
{
    Buf b = {0};
    if (file_read(path, &b) != FILE_OK) return SETTING_OK;     /* a missing file is no error */
    return apply_config(s, buf_cstr(&b), path, err);
}

static SettingStatus include(Settings *s, const char *file, bool ignore_missing, const char *from, Buf *err)
{
    Buf p = {0};
    if (file[0] != '/') buf_printf(&p, "%s/", dir_of(from));
    buf_adds(&p, file);
    struct stat sb;
    if (stat(buf_cstr(&p), &sb) == 0) return apply_config_file(s, buf_cstr(&p), err);
    if (ignore_missing) return SETTING_OK;
    buf_printf(err, "file '%s' included from '%s' not found", buf_cstr(&p), from);
    return SETTING_ERROR;
}

/* One line, comment removed: NAME = VALUE... or [!]include FILE. */
static SettingStatus apply_line(Settings *s, const char *line, const char *path, Buf *err)
{
    const char *tok[4];
    size_t ntok = 0;
    Buf words = {0};
    const char *rest = NULL;    /* the words after '=' */
    const char *w = list_words(NULL, line, false);
    if (!*w) return SETTING_OK;
    for (const char *p = w; *p && ntok < 4;) {
        size_t n = strcspn(p, " ");
        if (ntok == 2) rest = p;
        tok[ntok++] = mem_strndup(p, n);
        p += n;
        if (*p) p++;
    }
    (void)words;
    if (ntok < 2) return usage(err, "illegal configuration line '%s' in '%s'", line, path);
    bool inc = !strcmp(tok[0], "include"), bang = !strcmp(tok[0], "!include");
    if (inc || bang) {
        if (ntok != 2) return usage(err, "illegal configuration line '%s' in '%s'", line, path);
        return include(s, tok[1], bang, path, err);
    }
    if (strcmp(tok[1], "=")) return usage(err, "illegal configuration line '%s' in '%s'", line, path);
    SettingStatus st = settings_set(s, tok[0], rest ? rest : "", err);
    return st == SETTING_UNKNOWN ? SETTING_OK : st;
}

static SettingStatus apply_config(Settings *s, const char *contents, const char *path, Buf *err)
{
    for (const char *p = contents; *p;) {
        size_t n = strcspn(p, "\n");
        size_t hash = strcspn(p, "#\n");
        const char *line = mem_strndup(p, hash < n ? hash : n);
        SettingStatus st = apply_line(s, line, path, err);
        if (st != SETTING_OK) return st;
        p += n;
        if (*p) p++;
    }
    return SETTING_OK;
}

/* getUserConfigFiles: NIX_USER_CONF_FILES, else nix/nix.conf in the XDG config
 * directories. Applied last first, so that the first one wins. */
static SettingStatus apply_user_files(Settings *s, Buf *err)
{
    Buf list = {0};
    const char *files = getenv("NIX_USER_CONF_FILES");
    if (files) buf_adds(&list, files);
    else {
        const char *home = getenv("XDG_CONFIG_HOME"), *dirs = getenv("XDG_CONFIG_DIRS");
        if (home) buf_printf(&list, "%s/nix/nix.conf", home);
        else buf_printf(&list, "%s/.config/nix/nix.conf", getenv("HOME") ? getenv("HOME") : "");
        for (const char *p = dirs ? dirs : "/etc/xdg"; *p;) {
            size_t n = strcspn(p, ":");
            if (n) buf_printf(&list, ":%.*s/nix/nix.conf", (int)n, p);
            p += n;
            if (*p) p++;
        }
    }
    const char *l = buf_cstr(&list);
    for (size_t end = strlen(l); end > 0;) {
        size_t start = end;
        while (start > 0 && l[start - 1] != ':') start--;
        if (end > start) {
            SettingStatus st = apply_config_file(s, mem_strndup(l + start, end - start), err);
            if (st != SETTING_OK) return st;
        }
        end = start ? start - 1 : 0;
    }
    return SETTING_OK;
}

SettingStatus settings_load(Settings *s, Buf *err)
{
    const char *dir = getenv("NIX_CONF_DIR");
    Buf conf = {0};
    buf_printf(&conf, "%s/nix.conf", dir ? dir : "/etc/nix");
    SettingStatus st = apply_config_file(s, buf_cstr(&conf), err);
    if (st == SETTING_OK) st = apply_user_files(s, err);
    const char *env = getenv("NIX_CONFIG");
    if (st == SETTING_OK && env) st = apply_config(s, env, "NIX_CONFIG", err);
    return st;
}

/* ---- after the initial flags (initPlugins, warnUnknownSettings) ---- */

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

SettingStatus settings_initial_flags_done(const Settings *s, bool warn, Buf *err)
{
    if (s->plugin_files && *s->plugin_files) {
        size_t n = strcspn(s->plugin_files, " ");
        buf_printf(err, "nixel loads no plugins: plugin-files is '%.*s'", (int)n, s->plugin_files);
        struct stat sb;
        if (stat(mem_strndup(s->plugin_files, n), &sb) != 0) {
            err->len = 0;
            buf_printf(err, "opening directory '%.*s': No such file or directory", (int)n, s->plugin_files);
        }
        return SETTING_ERROR;
    }
    if (!warn || !s->nunknown) return SETTING_OK;
    const char **names = mem_alloc(s->nunknown * sizeof *names);
    memcpy(names, s->unknown, s->nunknown * sizeof *names);
    qsort(names, s->nunknown, sizeof *names, cmp_names);
    for (size_t i = 0; i < s->nunknown; i++) {
        Buf b = {0};
        buf_printf(&b, "unknown setting '%s'", names[i]);
        diag_emit("warning", buf_cstr(&b));
    }
    return SETTING_OK;
}

/* openStore: "auto", "daemon", "local", a path, or an implemented URI scheme. */
static SettingStatus check_store(const char *uri, Buf *err)
{
    static const char *const schemes[] = { "dummy", "local", "unix", "file", "http", "https", "s3", "ssh", "ssh-ng" };
    size_t q = strcspn(uri, "?");
    if (q == 0 || uri[0] == '/') return SETTING_OK;
    const char *base = mem_strndup(uri, q);
    if (!strcmp(base, "auto") || !strcmp(base, "daemon") || !strcmp(base, "local")) return SETTING_OK;
    const char *sep = strstr(base, "://");
    for (size_t i = 0; sep && i < COUNT(schemes); i++)
        if (strlen(schemes[i]) == (size_t)(sep - base) && !strncmp(base, schemes[i], (size_t)(sep - base))) return SETTING_OK;
    buf_printf(err, "don't know how to open Nix store '%s'", uri);
    return SETTING_ERROR;
}

/* The store nix-instantiate opens is local: "local", a path, or "auto" for root. */
static bool local_store(const char *uri)
{
    size_t q = strcspn(uri, "?");
    if (uri[0] == '/' || (q == 5 && !strncmp(uri, "local", 5))) return true;
    return (q == 0 || (q == 4 && !strncmp(uri, "auto", 4))) && geteuid() == 0;
}

SettingStatus settings_open_store(const Settings *s, const char *uri, Buf *err)
{
    if (!uri) uri = "auto";
    SettingStatus st = check_store(uri, err);
    if (st != SETTING_OK || !local_store(uri)) return st;
    const char *group = s->build_users_group ? s->build_users_group : geteuid() == 0 ? "nixbld" : "";
    if (*group && !getgrnam(group)) {
        Buf b = {0};
        buf_printf(&b, "the group '%s' specified in 'build-users-group' does not exist", group);
        diag_emit("warning", buf_cstr(&b));
    }
    return SETTING_OK;
}
