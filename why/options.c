/* options.c: the command `nixel options`:
 *
 *   nixel options [--module FILE]... [CONFIG.nix] [PREFIX] [--json | --md | --names] [-I PATH]...
 *
 * The documentation of the options of the loaded modules, as the NixOS manual lists them
 * (modules/nixos/options.nix computes it): name, type, default, example, description,
 * where declared, read-only. A word ending in .nix is the configuration; the other one is
 * the prefix (`virtualisation.containers`). Plain text, JSON (one array) or Markdown; --names
 * prints only the names, one a line, for shell completion. */
#include "why/why.h"
#include "why/host.h"

#include "base/buf.h"
#include "base/mem.h"
#include "render/render.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *USAGE =
    "usage: nixel options [--module FILE]... [CONFIG.nix] [PREFIX] [--json | --md | --names] [-I PATH]... [--show-trace]";

#define VALUE_DEPTH 4

/* ---- the documentation as JSON ---------------------------------------------------------------- */

/* a literalExample / literalExpression as its text, other values as themselves */
static cJSON *shown_value(State *st, Value *v)
{
    Handler h;
    if (EVAL_TRY(st, &h)) {
        force(st, v, NO_POS);
        Value *type = v->type == T_ATTRS ? host_attr(st, v, "_type") : NULL;
        const char *kind = type ? host_string(st, type) : "";
        Value *text = host_attr(st, v, "text");
        eval_pop_handler(st, &h);
        if (text && (!strcmp(kind, "literalExample") || !strcmp(kind, "literalExpression"))) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "_type", kind);
            cJSON_AddItemToObject(o, "text", host_json(st, text, 1));
            return o;
        }
    } else {
        eval_unwind_to(st, &h);
    }
    return host_json(st, v, VALUE_DEPTH);
}

static const char *field_string(State *st, Value *doc, const char *name)
{
    Value *v = host_attr(st, doc, name);
    if (!v) return NULL;
    force(st, v, NO_POS);
    return v->type == T_NULL ? NULL : host_string(st, v);
}

static cJSON *declarations_json(State *st, Value *doc)
{
    cJSON *arr = cJSON_CreateArray();
    uint32_t n;
    Value **items = force_list(st, host_attr(st, doc, "declarations"), NO_POS, &n);
    for (uint32_t i = 0; i < n; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "file", host_string(st, host_attr(st, items[i], "file")));
        Value *pos = host_attr(st, items[i], "pos");
        force(st, pos, NO_POS);
        if (pos->type == T_ATTRS) {
            cJSON_AddNumberToObject(o, "line", (double)force_int(st, host_attr(st, pos, "line"), NO_POS));
            cJSON_AddNumberToObject(o, "column", (double)force_int(st, host_attr(st, pos, "column"), NO_POS));
        }
        cJSON_AddItemToArray(arr, o);
    }
    return arr;
}

static cJSON *doc_json(State *st, Value *doc)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "name", field_string(st, doc, "name"));
    cJSON_AddStringToObject(o, "type", field_string(st, doc, "type"));
    const char *description = field_string(st, doc, "description");
    if (description) cJSON_AddStringToObject(o, "description", description);
    else cJSON_AddNullToObject(o, "description");
    Value *v = host_attr(st, doc, "default");
    if (v) cJSON_AddItemToObject(o, "default", shown_value(st, v));
    v = host_attr(st, doc, "example");
    if (v) cJSON_AddItemToObject(o, "example", shown_value(st, v));
    cJSON_AddItemToObject(o, "declarations", declarations_json(st, doc));
    cJSON_AddBoolToObject(o, "readOnly", force_bool(st, host_attr(st, doc, "readOnly"), NO_POS));
    return o;
}

/* ---- text and Markdown ------------------------------------------------------------------------ */

static const char *jstr(const cJSON *o, const char *name)
{
    const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, name);
    return cJSON_IsString(x) ? x->valuestring : NULL;
}

/* A default or example: the text of a literal, else the value as JSON. */
static const char *value_text(const cJSON *v)
{
    if (cJSON_IsObject(v) && jstr(v, "_type") && jstr(v, "text")) return jstr(v, "text");
    char *s = cJSON_PrintUnformatted(v);
    const char *out = mem_strndup(s, strlen(s));
    free(s);
    return out;
}

static const char *declared_in(const cJSON *decl)
{
    const cJSON *line = cJSON_GetObjectItemCaseSensitive(decl, "line");
    Buf b = {0};
    buf_adds(&b, jstr(decl, "file"));
    if (cJSON_IsNumber(line)) buf_printf(&b, ":%d", line->valueint);
    return buf_cstr(&b);
}

/* The description with its lines indented (DocBook tags are left as they are). */
static void print_indented(const char *indent, const char *text)
{
    while (*text == '\n' || *text == ' ') text++;
    const char *p = text;
    while (*p) {
        const char *end = strchr(p, '\n');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        while (n && (p[n - 1] == ' ')) n--;
        if (n || end) printf("%s%.*s\n", n ? indent : "", (int)n, p);
        if (!end) break;
        p = end + 1;
    }
}

/* A default or example on its line, or below it, indented, when it has several lines. */
static void print_field(const char *label, const cJSON *v)
{
    if (!v) return;
    const char *text = value_text(v);
    if (!strchr(text, '\n')) {
        printf("    %s%s\n", label, text);
        return;
    }
    printf("    %.*s\n", (int)strcspn(label, " "), label);
    print_indented("        ", text);
}

static void print_doc_plain(const cJSON *o)
{
    printf("%s\n", jstr(o, "name"));
    printf("    type:        %s%s\n", jstr(o, "type"),
           cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "readOnly")) ? " (read-only)" : "");
    print_field("default:     ", cJSON_GetObjectItemCaseSensitive(o, "default"));
    print_field("example:     ", cJSON_GetObjectItemCaseSensitive(o, "example"));
    const cJSON *d;
    cJSON_ArrayForEach(d, cJSON_GetObjectItemCaseSensitive(o, "declarations"))
        printf("    declared in: %s\n", declared_in(d));
    const char *description = jstr(o, "description");
    if (description) print_indented("    ", description);
    printf("\n");
}

/* `value` inline, or a fenced block when it has several lines. */
static void print_md_field(const char *label, const cJSON *v)
{
    if (!v) return;
    const char *text = value_text(v);
    if (!strchr(text, '\n')) printf("*%s:* `%s`\n\n", label, text);
    else printf("*%s:*\n\n```nix\n%s%s```\n\n", label, text, text[strlen(text) - 1] == '\n' ? "" : "\n");
}

static void print_doc_md(const cJSON *o)
{
    printf("## `%s`\n\n", jstr(o, "name"));
    const char *description = jstr(o, "description");
    if (description) {
        print_indented("", description);
        printf("\n");
    }
    printf("*Type:* %s%s\n\n", jstr(o, "type"),
           cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "readOnly")) ? " (read only)" : "");
    print_md_field("Default", cJSON_GetObjectItemCaseSensitive(o, "default"));
    print_md_field("Example", cJSON_GetObjectItemCaseSensitive(o, "example"));
    const cJSON *d;
    printf("*Declared by:*\n");
    cJSON_ArrayForEach(d, cJSON_GetObjectItemCaseSensitive(o, "declarations"))
        printf("- `%s`\n", declared_in(d));
    printf("\n");
}

/* ---- running ---------------------------------------------------------------------------------- */

static Value *prefix_list(const char *prefix)
{
    size_t n = 0;
    Value **names = mem_alloc((strlen(prefix) + 1) * sizeof *names);
    for (const char *p = prefix; *p;) {
        const char *dot = strchr(p, '.');
        size_t len = dot ? (size_t)(dot - p) : strlen(p);
        names[n++] = val_string(mem_strndup(p, len), len, NULL);
        p += len + (dot != NULL);
    }
    Value **list = list_alloc((uint32_t)n);
    memcpy(list, names, n * sizeof *names);
    Value *v = val_alloc();
    set_list(v, list, (uint32_t)n);
    return v;
}

/* options.nix's documentation of the options at or below prefix. */
static Value **option_docs(State *st, const char *modules_dir, Value *evaluated, const char *prefix, uint32_t *n)
{
    AttrsBuilder b;
    ab_init(&b, 2);
    ab_add(&b, sym_cstr("evaluated"), evaluated, NO_POS);
    ab_add(&b, sym_cstr("prefix"), prefix_list(prefix), NO_POS);
    Value *args = val_alloc();
    set_attrs(args, ab_finish(&b, false));
    Value *docs = render_call_nix_file(st, modules_dir, "options.nix", args);
    return force_list(st, docs, NO_POS, n);
}

static int no_such_prefix(const char *prefix)
{
    Buf e = {0};
    buf_printf(&e, "nixel options: no option is named '%s' or starts with '%s.' (is the module that declares it given with --module?)", prefix, prefix);
    return host_fail(buf_cstr(&e), NULL);
}

int options_list(State *st, const char *modules_dir, Value *evaluated, const char *prefix,
                 bool json, bool md)
{
    uint32_t n;
    Value **items = option_docs(st, modules_dir, evaluated, prefix, &n);
    if (!n && prefix[0]) return no_such_prefix(prefix);
    cJSON *arr = cJSON_CreateArray();
    for (uint32_t i = 0; i < n; i++) cJSON_AddItemToArray(arr, doc_json(st, items[i]));
    if (json) {
        char *s = cJSON_Print(arr);
        printf("%s\n", s);
        free(s);
    } else {
        const cJSON *o;
        cJSON_ArrayForEach(o, arr) (md ? print_doc_md : print_doc_plain)(o);
    }
    cJSON_Delete(arr);
    return 0;
}

/* --names: the options' names as nixel why takes them, one a line, for shell completion
 * (modules/nixos/option-names.nix; completion/); prefix keeps those at or below it. */
static int print_names(State *st, const char *modules_dir, Value *evaluated, const char *prefix)
{
    AttrsBuilder b;
    ab_init(&b, 1);
    ab_add(&b, sym_cstr("evaluated"), evaluated, NO_POS);
    Value *args = val_alloc();
    set_attrs(args, ab_finish(&b, false));
    uint32_t n;
    Value **names = force_list(st, render_call_nix_file(st, modules_dir, "option-names.nix", args), NO_POS, &n);
    size_t plen = strlen(prefix);
    for (uint32_t i = 0; i < n; i++) {
        const char *name = host_string(st, names[i]);
        if (!plen || (!strncmp(name, prefix, plen) && (name[plen] == 0 || name[plen] == '.'))) printf("%s\n", name);
    }
    return 0;
}

static int list_options(State *st, const char *modules_dir, Value *evaluated, const HostArgs *a,
                        const char *prefix)
{
    if (a->names) return print_names(st, modules_dir, evaluated, prefix);
    return options_list(st, modules_dir, evaluated, prefix, a->json, a->md);
}

static bool is_nix_file(const char *word)
{
    size_t n = strlen(word);
    return n > 4 && !strcmp(word + n - 4, ".nix");
}

int options_main(int argc, char **argv)
{
    HostArgs a;
    int status = host_parse_args(&a, argc, argv, USAGE);
    if (status) return status;
    const char *config = NULL, *prefix = "";
    for (int i = 0; i < a.nwords; i++) {
        const char **slot = is_nix_file(a.words[i]) ? &config : &prefix;
        if (*slot && **slot) return host_fail("nixel options takes at most one configuration and one prefix", USAGE);
        *slot = a.words[i];
    }
    return host_run(&a, config, list_options, prefix);
}
