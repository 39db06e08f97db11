/* playground.c: the playground's operations (playground.h). Each request gets a private
 * directory, DIR, laid out as the repository is around a lesson, so that a lesson's
 * `import ../../modules/lib` works from the editor too:
 *
 *     DIR/examples/lessons/play.nix   the program (or configuration) from the editor
 *     DIR/modules -> nixel's modules
 *     DIR/out/                        what a render writes
 *
 * The child runs nixel's own command line on it, restricted (`--option restrict-eval true`
 * for evaluations, render's default restrictions, `--restrict-eval` for why and options):
 * it may read the program, nixel's modules, the lessons and the seed modules, nothing else.
 * Output names DIR as /playground, so that it does not depend on the request. */
#include "cli/playground.h"
#include "cli/sandbox.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

enum {
    PROGRAM_MAX = 200 * 1024,       /* bytes of a program */
    OPTION_MAX = 512,               /* bytes of an option path */
    FILE_MAX = 256 * 1024,          /* bytes of one rendered file sent back */
    FILES_MAX = 2 * 1024 * 1024,    /* bytes of all of them */
    FILES_COUNT_MAX = 1000,         /* rendered files sent back */
    DEPTH_MAX = 32,                 /* directories deep */
    STEPS_MAX = 3000,               /* steps of a --steps trace */
};

#define SHOWN_DIR "/playground"
#define PROGRAM_REL "examples/lessons/play.nix"

#ifdef __SANITIZE_ADDRESS__
/* AddressSanitizer's build reserves terabytes of shadow memory: its own RSS cap stands in
 * (sandbox.c). */
#define ADDRESS_SPACE_MAX RLIM_INFINITY
#else
#define ADDRESS_SPACE_MAX ((size_t)1 << 30)     /* room for nixel's 256 MiB stack and the heap */
#endif

static const SandboxJob caps = {
    .cpu_seconds = 5,
    .address_space = ADDRESS_SPACE_MAX,
    .file_size = (size_t)4 << 20,      /* a rendered file; /etc files are small */
    .wall_ms = 8000,
    .output_max = (size_t)1 << 20,
};

/* ---- the request ------------------------------------------------------------------------ */

typedef struct {
    const char *op, *mode, *program, *module, *option;
} Request;

static const char *field(const cJSON *req, const char *name)
{
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(req, name);
    return cJSON_IsString(f) ? f->valuestring : NULL;
}

/* A seed module's file name: letters, digits, '-', '_', '.', ending in .nix, no leading dot. */
static bool is_module_name(const char *s)
{
    size_t n = strlen(s);
    if (n < 5 || n > 100 || s[0] == '.' || strcmp(s + n - 4, ".nix")) return false;
    for (const char *p = s; *p; p++)
        if (!(*p == '-' || *p == '_' || *p == '.' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
              (*p >= '0' && *p <= '9'))) return false;
    return true;
}

static bool one_of(const char *s, const char *const *names)
{
    for (; *names; names++) if (!strcmp(s, *names)) return true;
    return false;
}

/* NULL if the request is well formed, otherwise what is wrong with it. */
static const char *check_request(const PlayEnv *env, Request *r)
{
    static const char *const ops[] = { "eval", "parse", "steps", "why", "options", "render", NULL };
    static const char *const modes[] = { "strict", "lazy", "json", NULL };
    if (!r->op || !one_of(r->op, ops)) return "\"op\" must be one of eval, parse, steps, why, options, render";
    if (!r->program) return "\"program\" must be a string";
    if (strlen(r->program) > PROGRAM_MAX) return "the program is too long";
    if (!r->mode) r->mode = "strict";
    if (!one_of(r->mode, modes)) return "\"mode\" must be strict, lazy or json";
    if (r->module && *r->module) {
        if (!env->seed_dir || !is_module_name(r->module)) return "no such module";
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", env->seed_dir, r->module);
        if (access(path, R_OK) != 0) return "no such module";
    } else r->module = NULL;
    if (!strcmp(r->op, "why")) {
        if (!r->option || !*r->option || strlen(r->option) > OPTION_MAX) return "\"option\" must name an option";
        if (r->option[0] == '-') return "an option path cannot start with '-'";
    }
    return NULL;
}

/* ---- the private directory --------------------------------------------------------------- */


static bool write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (!f) return false;
    bool ok = fputs(text, f) >= 0;
    return fclose(f) == 0 && ok;
}

static int remove_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb; (void)flag; (void)ftw;
    remove(path);
    return 0;
}

static void remove_dir(const char *dir)
{
    nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* Makes DIR and its layout; NULL on failure. */
static const char *make_dir(const PlayEnv *env, const char *program)
{
    char *dir = (char *)buf_format("%s/nixel-play-XXXXXX", env->tmp_dir);
    if (!mkdtemp(dir)) return NULL;
    bool ok = mkdir(buf_format("%s/examples", dir), 0700) == 0 && mkdir(buf_format("%s/examples/lessons", dir), 0700) == 0 &&
              symlink(env->modules_dir, buf_format("%s/modules", dir)) == 0 &&
              write_file(buf_format("%s/" PROGRAM_REL, dir), program);
    if (!ok) { remove_dir(dir); return NULL; }
    return dir;
}

/* ---- the command line -------------------------------------------------------------------- */

typedef struct { const char *v[32]; int n; } Argv;

static void arg(Argv *a, const char *s)
{
    if (a->n < 31) a->v[a->n++] = s;
    a->v[a->n] = NULL;
}

/* What nixel is asked, as on its command line; the program is DIR/PROGRAM_REL. */
static void command_line(const PlayEnv *env, const Request *r, const char *dir, Argv *a)
{
    const char *program = buf_format("%s/" PROGRAM_REL, dir);
    arg(a, env->nixel);
    const char *op = r->op;
    bool host = !strcmp(op, "why") || !strcmp(op, "options") || !strcmp(op, "render");
    if (host) {
        arg(a, op);
        if (strcmp(op, "render")) arg(a, "--restrict-eval");   /* render is restricted already */
        if (r->module) { arg(a, "--module"); arg(a, buf_format("%s/%s", env->seed_dir, r->module)); }
        arg(a, "-I"); arg(a, buf_format("lessons=%s", env->lessons_dir));
        arg(a, program);
        if (!strcmp(op, "why")) arg(a, r->option);
        if (!strcmp(op, "options")) arg(a, "--json");
        if (!strcmp(op, "render")) { arg(a, "-o"); arg(a, buf_format("%s/out", dir)); }
        return;
    }
    if (!strcmp(op, "steps")) { arg(a, "eval"); arg(a, buf_format("--steps=%d", STEPS_MAX)); }
    else if (!strcmp(op, "parse")) arg(a, "--parse");
    else {
        arg(a, "--eval");
        if (strcmp(r->mode, "lazy")) arg(a, "--strict");
        if (!strcmp(r->mode, "json")) arg(a, "--json");
    }
    arg(a, "--option"); arg(a, "restrict-eval"); arg(a, "true");
    arg(a, "-I"); arg(a, buf_format("nixpkgs=%s", env->modules_dir));
    arg(a, "-I"); arg(a, buf_format("lessons=%s", env->lessons_dir));
    arg(a, "-I"); arg(a, buf_format("playground=%s", dir));    /* the program's own directory */
    if (!strcmp(op, "steps")) arg(a, "-f");
    arg(a, program);
}

/* ---- the response ------------------------------------------------------------------------ */

/* s with every occurrence of dir replaced by SHOWN_DIR. */
static const char *shown(const char *s, const char *dir)
{
    Buf b = {0};
    size_t n = strlen(dir);
    for (const char *p; (p = strstr(s, dir)); s = p + n) {
        buf_add(&b, s, (size_t)(p - s));
        buf_adds(&b, SHOWN_DIR);
    }
    buf_adds(&b, s);
    return buf_cstr(&b);
}

/* The command line as a person would type it: `nixel` for the executable, DIR as SHOWN_DIR,
 * single quotes around what the shell would split. */
static const char *shell_line(const Argv *a, const char *dir)
{
    Buf b = {0};
    buf_adds(&b, "nixel");
    for (int i = 1; i < a->n; i++) {
        const char *s = shown(a->v[i], dir);
        bool plain = *s && strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+") == strlen(s);
        buf_addc(&b, ' ');
        if (plain) { buf_adds(&b, s); continue; }
        buf_addc(&b, '\'');
        for (; *s; s++) {
            if (*s == '\'') buf_adds(&b, "'\\''");
            else buf_addc(&b, *s);
        }
        buf_addc(&b, '\'');
    }
    return buf_cstr(&b);
}

/* The first position in the program that the error output names (`play.nix:LINE:COL`). */
static cJSON *error_position(const char *err)
{
    const char *needle = SHOWN_DIR "/" PROGRAM_REL ":";
    for (const char *p = err; (p = strstr(p, needle)); p++) {
        int line, col, used = 0;
        if (sscanf(p + strlen(needle), "%d:%d%n", &line, &col, &used) == 2 && used > 0) {
            cJSON *pos = cJSON_CreateObject();
            cJSON_AddStringToObject(pos, "file", "play.nix");
            cJSON_AddNumberToObject(pos, "line", line);
            cJSON_AddNumberToObject(pos, "column", col);
            return pos;
        }
    }
    return cJSON_CreateNull();
}

/* Reads what a render wrote into files[]: regular files (at most FILE_MAX bytes each, FILES_MAX
 * in all, FILES_COUNT_MAX files, DEPTH_MAX deep) and symbolic links (their target), never following a link. */
static void add_files(cJSON *files, const char *root, const char *rel, size_t *total, int depth)
{
    if (depth > DEPTH_MAX) return;
    DIR *d = opendir(rel[0] ? buf_format("%s/%s", root, rel) : root);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d)) && cJSON_GetArraySize(files) < FILES_COUNT_MAX) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        const char *name = rel[0] ? buf_format("%s/%s", rel, e->d_name) : e->d_name;
        const char *path = buf_format("%s/%s", root, name);
        struct stat sb;
        if (lstat(path, &sb) != 0) continue;
        if (S_ISDIR(sb.st_mode)) { add_files(files, root, name, total, depth + 1); continue; }
        Buf text = {0};
        if (S_ISLNK(sb.st_mode)) {
            char target[4096];
            ssize_t n = readlink(path, target, sizeof target - 1);
            buf_printf(&text, "-> %.*s", n > 0 ? (int)n : 0, target);
        } else if (S_ISREG(sb.st_mode)) {
            int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
            if (fd < 0) continue;
            char chunk[8192];
            ssize_t n;
            while ((n = read(fd, chunk, sizeof chunk)) > 0 && text.len < FILE_MAX && *total + text.len < FILES_MAX)
                buf_add(&text, chunk, (size_t)n);
            close(fd);
        } else continue;
        *total += text.len;
        cJSON *f = cJSON_CreateObject();
        cJSON_AddStringToObject(f, "path", name);
        cJSON_AddNumberToObject(f, "mode", sb.st_mode & 07777);
        cJSON_AddStringToObject(f, "content", buf_cstr(&text));
        cJSON_AddItemToArray(files, f);
    }
    closedir(d);
}

static int by_path(const void *a, const void *b)
{
    const cJSON *x = *(const cJSON *const *)a, *y = *(const cJSON *const *)b;
    return strcmp(cJSON_GetObjectItem(x, "path")->valuestring, cJSON_GetObjectItem(y, "path")->valuestring);
}

/* The rendered files, sorted by path so that the answer does not depend on readdir's order. */
static cJSON *rendered_files(const char *dir)
{
    cJSON *files = cJSON_CreateArray();
    size_t total = 0;
    add_files(files, buf_format("%s/out", dir), "", &total, 0);
    int n = cJSON_GetArraySize(files);
    if (n < 2) return files;
    cJSON **items = malloc((size_t)n * sizeof *items);
    if (!items) return files;
    for (int i = 0; i < n; i++) items[i] = cJSON_DetachItemFromArray(files, 0);
    qsort(items, (size_t)n, sizeof *items, by_path);
    for (int i = 0; i < n; i++) cJSON_AddItemToArray(files, items[i]);
    free(items);
    return files;
}

/* The names of the options of `nixel options --json`'s output, for the page's picker. */
static cJSON *option_names(const char *json)
{
    cJSON *names = cJSON_CreateArray();
    cJSON *all = cJSON_Parse(json);
    const cJSON *o;
    cJSON_ArrayForEach(o, all) {
        const char *name = field(o, "name");
        if (name) cJSON_AddItemToArray(names, cJSON_CreateString(name));
    }
    cJSON_Delete(all);
    return names;
}

static void print_json(cJSON *j, Buf *out)
{
    char *s = cJSON_PrintUnformatted(j);
    buf_adds(out, s ? s : "{}");
    buf_addc(out, '\n');
    free(s);
    cJSON_Delete(j);
}

static int bad_request(const char *why, Buf *out)
{
    cJSON *j = cJSON_CreateObject();
    cJSON_AddStringToObject(j, "error", why);
    print_json(j, out);
    return 400;
}

/* ---- one request ------------------------------------------------------------------------- */

static cJSON *run(const PlayEnv *env, const Request *r, const char *dir)
{
    Argv a = { .n = 0 };
    command_line(env, r, dir, &a);
    SandboxJob job = caps;
    job.argv = a.v;
    job.cwd = dir;
    SandboxResult res;
    bool started = sandbox_run(&job, &res);
    const char *out = shown(buf_cstr(&res.out), dir), *err = shown(buf_cstr(&res.err), dir);
    if (res.timed_out) err = buf_format("%snixel serve: stopped after %d seconds\n", err, caps.wall_ms / 1000);
    else if (res.status == 128 + 9 || res.status == 128 + 24)
        err = buf_format("%snixel serve: stopped: it used more than %d seconds of CPU time\n", err, caps.cpu_seconds);
    if (res.truncated) err = buf_format("%snixel serve: output cut at %zu bytes\n", err, caps.output_max);
    cJSON *j = cJSON_CreateObject();
    cJSON_AddStringToObject(j, "command", shell_line(&a, dir));
    cJSON_AddStringToObject(j, "stdout", out);
    cJSON_AddStringToObject(j, "stderr", err);
    cJSON_AddNumberToObject(j, "status", started ? res.status : -1);
    cJSON_AddBoolToObject(j, "timedOut", res.timed_out);
    cJSON_AddItemToObject(j, "error", error_position(err));
    if (!strcmp(r->op, "render")) cJSON_AddItemToObject(j, "files", rendered_files(dir));
    if (!strcmp(r->op, "options")) cJSON_AddItemToObject(j, "options", option_names(buf_cstr(&res.out)));
    return j;
}

int play_handle(const PlayEnv *env, const char *body, size_t len, Buf *out)
{
    cJSON *req = cJSON_ParseWithLength(body, len);
    if (!cJSON_IsObject(req)) { cJSON_Delete(req); return bad_request("the body must be a JSON object", out); }
    Request r = { field(req, "op"), field(req, "mode"), field(req, "program"), field(req, "module"), field(req, "option") };
    const char *why = check_request(env, &r);
    if (why) { cJSON_Delete(req); return bad_request(why, out); }
    const char *dir = make_dir(env, r.program);
    if (!dir) { cJSON_Delete(req); return bad_request("cannot make a private directory", out); }
    cJSON *answer = run(env, &r, dir);
    remove_dir(dir);
    cJSON_Delete(req);
    print_json(answer, out);
    return 200;
}

void play_info(const PlayEnv *env, Buf *out)
{
    cJSON *j = cJSON_CreateObject();
    cJSON *mods = cJSON_AddArrayToObject(j, "modules");
    DIR *d = env->seed_dir ? opendir(env->seed_dir) : NULL;
    for (struct dirent *e; d && (e = readdir(d));)
        if (is_module_name(e->d_name)) cJSON_AddItemToArray(mods, cJSON_CreateString(e->d_name));
    if (d) closedir(d);
    print_json(j, out);
}
