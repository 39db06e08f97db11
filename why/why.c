/* why.c: the command `nixel why`:
 *
 *   nixel why [--module FILE]... CONFIG.nix OPTION.PATH [--json] [-I PATH]... [--show-trace]
 *
 * modules/nixos/why.nix evaluates the host with nixel's lib in its explaining mode and
 * describes the option as plain data; this file turns that record into one JSON object
 * (--json, cJSON) or into text for people: the value, the type and its merge, the
 * declarations, then every definition aligned, the winner marked, each loser with the
 * reason it lost, and the source line of each. */
#include "parser/show.h"
#include "why/why.h"
#include "why/host.h"

#include "base/buf.h"
#include "base/diag.h"
#include "base/mem.h"
#include "base/suggest.h"
#include "eval/print.h"
#include "render/render.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *USAGE =
    "usage: nixel why [--module FILE]... CONFIG.nix OPTION.PATH [--json] [-I PATH]... [--show-trace]";

/* How deep values are shown (a container's nested system is a whole configuration). */
#define VALUE_DEPTH 6

/* ---- the option path ---------------------------------------------------------------------- */

/* "a.b.\"c/d\".e" as a list of names; NULL if a quote is not closed or a name is empty. */
static Value *option_path(const char *text)
{
    size_t n = 0, cap = 8;
    Value **names = mem_alloc(cap * sizeof *names);
    const char *p = text;
    for (;;) {
        Buf name = {0};
        if (*p == '"') {
            for (p++; *p && *p != '"'; p++) {
                if (*p == '\\' && p[1]) p++;
                buf_addc(&name, *p);
            }
            if (*p++ != '"') return NULL;
        } else {
            for (; *p && *p != '.'; p++) buf_addc(&name, *p);
            if (!name.len) return NULL;
        }
        if (n == cap) names = mem_realloc(names, (cap *= 2) * sizeof *names);
        names[n++] = val_cstring(buf_cstr(&name));
        if (!*p) break;
        if (*p++ != '.') return NULL;
    }
    Value **list = list_alloc((uint32_t)n);
    memcpy(list, names, n * sizeof *names);
    Value *v = val_alloc();
    set_list(v, list, (uint32_t)n);
    return v;
}

/* ---- the record as JSON ------------------------------------------------------------------- */

static const char *str_attr(State *st, Value *set, const char *name)
{
    Value *v = host_attr(st, set, name);
    return v ? host_string(st, v) : NULL;
}

static long int_attr(State *st, Value *set, const char *name)
{
    Value *v = host_attr(st, set, name);
    return v ? (long)force_int(st, v, NO_POS) : 0;
}

/* file, line, column of a position record ({ file, line, column } or null); the file alone
 * when there is no position. */
static void add_position(State *st, cJSON *o, Value *pos, const char *file)
{
    if (pos) force(st, pos, NO_POS);
    if (pos && pos->type == T_ATTRS) {
        cJSON_AddStringToObject(o, "file", str_attr(st, pos, "file"));
        cJSON_AddNumberToObject(o, "line", (double)int_attr(st, pos, "line"));
        cJSON_AddNumberToObject(o, "column", (double)int_attr(st, pos, "column"));
    } else if (file) {
        cJSON_AddStringToObject(o, "file", file);
    }
}

static Value **list_attr(State *st, Value *set, const char *name, uint32_t *n)
{
    Value *v = host_attr(st, set, name);
    *n = 0;
    return v ? force_list(st, v, NO_POS, n) : NULL;
}

static cJSON *positions_json(State *st, Value *rec, const char *name)
{
    cJSON *arr = cJSON_CreateArray();
    uint32_t n;
    Value **items = list_attr(st, rec, name, &n);
    for (uint32_t i = 0; i < n; i++) {
        cJSON *o = cJSON_CreateObject();
        Value *file = host_attr(st, items[i], "file");
        add_position(st, o, host_attr(st, items[i], "pos"), file ? host_string(st, file) : NULL);
        cJSON_AddItemToArray(arr, o);
    }
    return arr;
}

static cJSON *conditions_json(State *st, Value *def)
{
    cJSON *arr = cJSON_CreateArray();
    uint32_t n;
    Value **items = list_attr(st, def, "conditions", &n);
    for (uint32_t i = 0; i < n; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemToObject(o, "value", host_json(st, host_attr(st, items[i], "value"), 1));
        add_position(st, o, host_attr(st, items[i], "pos"), NULL);
        cJSON_AddItemToArray(arr, o);
    }
    return arr;
}

static const char *origin_name(long prio, const char *origin)
{
    Buf b = {0};
    buf_printf(&b, "priority %ld (%s)", prio, origin);
    return buf_cstr(&b);
}

static cJSON *definition_json(State *st, Value *def, long highest)
{
    cJSON *o = cJSON_CreateObject();
    add_position(st, o, host_attr(st, def, "pos"), str_attr(st, def, "file"));
    long prio = int_attr(st, def, "priority");
    const char *origin = str_attr(st, def, "origin");
    const char *status = str_attr(st, def, "status");
    cJSON_AddNumberToObject(o, "priority", (double)prio);
    cJSON_AddStringToObject(o, "origin", origin);
    cJSON_AddStringToObject(o, "status", status);
    cJSON_AddItemToObject(o, "value", host_json(st, host_attr(st, def, "value"), VALUE_DEPTH));
    cJSON_AddItemToObject(o, "conditions", conditions_json(st, def));
    Value *order = host_attr(st, def, "order");
    if (order) {
        cJSON_AddNumberToObject(o, "order", (double)force_int(st, order, NO_POS));
        cJSON_AddStringToObject(o, "orderOrigin", str_attr(st, def, "orderOrigin"));
    }
    const char *enclosing = str_attr(st, def, "enclosing");
    Buf reason = {0};
    if (enclosing) {
        cJSON_AddStringToObject(o, "enclosing", enclosing);
        buf_printf(&reason, "the definition of `%s' that holds it ", enclosing);
        highest = int_attr(st, def, "lostTo");
    }
    if (!strcmp(status, "overridden"))
        buf_printf(&reason, "%s%s lost to %ld", enclosing ? "(" : "", origin_name(prio, origin), highest);
    else if (!strcmp(status, "disabled"))
        buf_adds(&reason, enclosing ? "(a mkIf condition is false)" : "a mkIf condition is false");
    if (enclosing && !strcmp(status, "overridden")) buf_addc(&reason, ')');
    if (reason.len) cJSON_AddStringToObject(o, "reason", buf_cstr(&reason));
    return o;
}

static cJSON *definitions_json(State *st, Value *rec)
{
    cJSON *arr = cJSON_CreateArray();
    long highest = int_attr(st, rec, "highestPrio");
    uint32_t n;
    Value **items = list_attr(st, rec, "definitions", &n);
    for (uint32_t i = 0; i < n; i++) cJSON_AddItemToArray(arr, definition_json(st, items[i], highest));
    return arr;
}

/* elements / attributes: where each part of the value came from */
static cJSON *parts_json(State *st, Value *rec, const char *name)
{
    uint32_t n;
    Value **items = list_attr(st, rec, name, &n);
    if (!items) return NULL;
    cJSON *arr = cJSON_CreateArray();
    for (uint32_t i = 0; i < n; i++) {
        cJSON *o = cJSON_CreateObject();
        Value *attr = host_attr(st, items[i], "name");
        if (attr) {
            cJSON_AddStringToObject(o, "name", host_string(st, attr));
            cJSON_AddItemToObject(o, "definitions", positions_json(st, items[i], "definitions"));
        } else {
            cJSON_AddItemToObject(o, "value", host_json(st, host_attr(st, items[i], "value"), VALUE_DEPTH));
            add_position(st, o, host_attr(st, items[i], "pos"), str_attr(st, items[i], "file"));
        }
        cJSON_AddItemToArray(arr, o);
    }
    return arr;
}

static cJSON *record_json(State *st, Value *rec)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "option", str_attr(st, rec, "option"));
    cJSON_AddItemToObject(o, "value", host_json(st, host_attr(st, rec, "value"), VALUE_DEPTH));
    cJSON_AddStringToObject(o, "type", str_attr(st, rec, "type"));
    cJSON_AddStringToObject(o, "merge", str_attr(st, rec, "merge"));
    cJSON_AddBoolToObject(o, "apply", force_bool(st, host_attr(st, rec, "apply"), NO_POS));
    cJSON_AddBoolToObject(o, "readOnly", force_bool(st, host_attr(st, rec, "readOnly"), NO_POS));
    cJSON_AddNumberToObject(o, "highestPriority", (double)int_attr(st, rec, "highestPrio"));
    cJSON_AddItemToObject(o, "declarations", positions_json(st, rec, "declarations"));
    cJSON_AddItemToObject(o, "definitions", definitions_json(st, rec));
    cJSON *elements = parts_json(st, rec, "elements");
    if (elements) cJSON_AddItemToObject(o, "elements", elements);
    cJSON *attributes = parts_json(st, rec, "attributes");
    if (attributes) cJSON_AddItemToObject(o, "attributes", attributes);
    cJSON_AddBoolToObject(o, "complete", force_bool(st, host_attr(st, rec, "complete"), NO_POS));
    cJSON *notes = cJSON_CreateArray();
    uint32_t n;
    Value **items = list_attr(st, rec, "notes", &n);
    for (uint32_t i = 0; i < n; i++) cJSON_AddItemToArray(notes, cJSON_CreateString(host_string(st, items[i])));
    const char *note = str_attr(st, rec, "note");
    if (note) cJSON_AddItemToArray(notes, cJSON_CreateString(note));
    cJSON_AddItemToObject(o, "notes", notes);
    return o;
}

/* ---- text for people ----------------------------------------------------------------------- */

static const char *jstr(const cJSON *o, const char *name)
{
    const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, name);
    return cJSON_IsString(x) ? x->valuestring : NULL;
}

static long jint(const cJSON *o, const char *name)
{
    const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, name);
    return cJSON_IsNumber(x) ? (long)x->valuedouble : 0;
}

/* "FILE:L:C", or FILE when the position is unknown. */
static const char *where(const cJSON *o)
{
    const char *file = jstr(o, "file");
    if (!file) return "(unknown position)";
    long line = jint(o, "line");
    if (!line) return file;
    Buf b = {0};
    buf_printf(&b, "%s:%ld:%ld", file, line, jint(o, "column"));
    return buf_cstr(&b);
}

static void add_value_text(Buf *b, const cJSON *v);

/* mkIf, mkOverride, mkOrder and mkMerge inside a definition as people write them:
 * «mkDefault false» rather than {"_type":"override","content":false,"priority":1000}. */
static bool add_property_text(Buf *b, const cJSON *v)
{
    const char *type = jstr(v, "_type");
    const cJSON *content = cJSON_GetObjectItemCaseSensitive(v, "content");
    long prio = jint(v, "priority");
    if (!type) return false;
    if (!strcmp(type, "if") && content) {
        buf_adds(b, "«mkIf ");
        add_value_text(b, cJSON_GetObjectItemCaseSensitive(v, "condition"));
    } else if (!strcmp(type, "override") && content) {
        if (prio == 1000) buf_adds(b, "«mkDefault");
        else if (prio == 50) buf_adds(b, "«mkForce");
        else buf_printf(b, "«mkOverride %ld", prio);
    } else if (!strcmp(type, "order") && content) {
        if (prio == 500) buf_adds(b, "«mkBefore");
        else if (prio == 1500) buf_adds(b, "«mkAfter");
        else buf_printf(b, "«mkOrder %ld", prio);
    } else if (!strcmp(type, "merge") && (content = cJSON_GetObjectItemCaseSensitive(v, "contents"))) {
        buf_adds(b, "«mkMerge");
    } else {
        return false;
    }
    buf_addc(b, ' ');
    add_value_text(b, content);
    buf_adds(b, "»");
    return true;
}

/* A value in Nix's syntax: `{ a = 1; "b.c" = [ true null ]; }`. Strings of the form «...»
 * stand for values the JSON cannot hold (functions: «lambda @ F:L:C») and print as they are. */
static void add_value_text(Buf *b, const cJSON *v)
{
    if (cJSON_IsObject(v) && add_property_text(b, v)) return;
    if (cJSON_IsString(v)) {
        const char *s = v->valuestring;
        size_t n = strlen(s);
        if (n >= 4 && !strncmp(s, "«", 2) && !strcmp(s + n - 2, "»")) buf_adds(b, s);
        else print_string_lit(b, s, n);
        return;
    }
    if (!cJSON_IsObject(v) && !cJSON_IsArray(v)) {
        char *s = cJSON_PrintUnformatted(v);
        buf_adds(b, s);
        free(s);
        return;
    }
    bool object = cJSON_IsObject(v);
    buf_adds(b, object ? "{ " : "[ ");
    const cJSON *x;
    cJSON_ArrayForEach(x, v) {
        if (object) {
            show_id(b, sym_cstr(x->string));
            buf_adds(b, " = ");
        }
        add_value_text(b, x);
        buf_adds(b, object ? "; " : " ");
    }
    buf_addc(b, object ? '}' : ']');
}

/* A value for people: Nix syntax, properties as written (see add_property_text). */
static const char *value_text(const cJSON *v)
{
    Buf b = {0};
    add_value_text(&b, v);
    return buf_cstr(&b);
}

/* The source line of a position, with its number, as diag's excerpts show it. */
static void print_excerpt(const cJSON *o, const char *indent)
{
    const char *file = jstr(o, "file");
    long line = jint(o, "line");
    const char *text = file && line ? host_source_line(file, line) : NULL;
    if (!text) return;
    while (*text == ' ' || *text == '\t') text++;
    printf("%s%5ld| %s\n", indent, line, text);
}

static void print_conditions(const cJSON *def)
{
    const cJSON *c;
    cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(def, "conditions")) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(c, "value");
        printf("         mkIf %s", value_text(v));
        if (jstr(c, "file")) printf(" (condition at %s)", where(c));
        else printf(" (where the condition is written is not known: a literal or an evaluated value)");
        printf("\n");
        if (jstr(c, "file")) print_excerpt(c, "           ");
    }
}

static void print_definition(const cJSON *def)
{
    const char *status = jstr(def, "status");
    bool used = !strcmp(status, "used");
    Buf prio = {0};
    buf_printf(&prio, "%ld (%s)", jint(def, "priority"), jstr(def, "origin"));
    printf("  %s %-10s priority %-28s %s\n", used ? "*" : " ", status, buf_cstr(&prio), where(def));
    print_excerpt(def, "       ");
    printf("         value: %s\n", value_text(cJSON_GetObjectItemCaseSensitive(def, "value")));
    if (jstr(def, "orderOrigin")) printf("         order: %ld (%s)\n", jint(def, "order"), jstr(def, "orderOrigin"));
    print_conditions(def);
    if (jstr(def, "reason")) printf("         why not: %s\n", jstr(def, "reason"));
}

static void print_parts(const cJSON *o)
{
    const cJSON *parts = cJSON_GetObjectItemCaseSensitive(o, "elements"), *p;
    if (cJSON_GetArraySize(parts)) printf("\nelements, in order, and the definition each came from:\n");
    int i = 0;
    cJSON_ArrayForEach(p, parts)
        printf("  [%d] %-30s %s\n", i++, value_text(cJSON_GetObjectItemCaseSensitive(p, "value")), where(p));
    parts = cJSON_GetObjectItemCaseSensitive(o, "attributes");
    if (cJSON_GetArraySize(parts)) printf("\nattributes and the definitions that set them:\n");
    cJSON_ArrayForEach(p, parts) {
        Buf from = {0};
        const cJSON *d;
        cJSON_ArrayForEach(d, cJSON_GetObjectItemCaseSensitive(p, "definitions"))
            buf_printf(&from, "%s%s", from.len ? ", " : "", where(d));
        printf("  %-30s %s\n", jstr(p, "name"), buf_cstr(&from));
    }
}

static void print_plain(const cJSON *o)
{
    const char *value = jstr(o, "value");
    if (value && !strncmp(value, "«error: ", strlen("«error: ")))  /* what host_json makes of a failure */
        printf("%s cannot be evaluated: %s\n\n", jstr(o, "option"), value);
    else
        printf("%s = %s\n\n", jstr(o, "option"), value_text(cJSON_GetObjectItemCaseSensitive(o, "value")));
    printf("type:        %s\n", jstr(o, "type"));
    printf("merge:       %s\n", jstr(o, "merge"));
    if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "apply")))
        printf("apply:       the option has an apply function: the value is apply (merged definitions)\n");
    if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "readOnly"))) printf("read-only:   yes\n");
    const cJSON *d;
    cJSON_ArrayForEach(d, cJSON_GetObjectItemCaseSensitive(o, "declarations"))
        printf("declared in: %s\n", where(d));
    const cJSON *defs = cJSON_GetObjectItemCaseSensitive(o, "definitions");
    printf("\ndefinitions (%d; * = part of the value; the best priority is the lowest number, here %ld):\n",
           cJSON_GetArraySize(defs), jint(o, "highestPriority"));
    cJSON_ArrayForEach(d, defs) print_definition(d);
    if (!cJSON_GetArraySize(defs)) printf("  (none: the option is not defined)\n");
    print_parts(o);
    cJSON_ArrayForEach(d, cJSON_GetObjectItemCaseSensitive(o, "notes")) printf("\nnote: %s\n", d->valuestring);
}

/* ---- running -------------------------------------------------------------------------------- */

static int not_found(State *st, Value *rec, const char *option)
{
    Buf b = {0};
    buf_printf(&b, "nixel why: %s", str_attr(st, rec, "error"));
    uint32_t n;
    Value **known = list_attr(st, rec, "known", &n);
    const char **names = mem_alloc((n + 1) * sizeof *names);
    for (uint32_t i = 0; i < n; i++) names[i] = host_string(st, known[i]);
    const char *missing = str_attr(st, rec, "missing");
    bool is_set = !missing && !strcmp(str_attr(st, rec, "at"), option);
    const char *hint = n && missing ? suggest(missing, names, n) : NULL;
    if (hint) buf_printf(&b, "\nDid you mean %s?", hint);
    if (is_set) {
        buf_adds(&b, "\noptions and sets of options in it:");
        for (uint32_t i = 0; i < n; i++) buf_printf(&b, "%s %s", i ? "," : "", names[i]);
    }
    diag_emit("error", buf_cstr(&b));
    return 1;
}

static Value *call_why(State *st, const char *modules_dir, Value *args)
{
    return render_call_nix_file(st, modules_dir, "why.nix", args);
}

Value *why_load_host(State *st, const char *modules_dir, const char *const *modules, int nmodules,
                     const char *config)
{
    AttrsBuilder b;
    render_host_args(st, &b, modules, nmodules, config, modules_dir);
    host_add_hooks(&b);
    ab_add(&b, sym_cstr("path"), val_null(), NO_POS);
    Value *v = val_alloc();
    set_attrs(v, ab_finish(&b, false));
    return call_why(st, modules_dir, v);
}

int why_explain(State *st, const char *modules_dir, Value *evaluated, const char *option, bool json)
{
    Value *path = option_path(option);
    if (!path) {
        Buf b = {0};
        buf_printf(&b, "nixel why: '%s' is not an option path (names separated by dots, \"quoted\" where they hold dots)", option);
        return host_fail(buf_cstr(&b), NULL);
    }
    AttrsBuilder b;
    ab_init(&b, 4);
    ab_add(&b, sym_cstr("evaluated"), evaluated, NO_POS);
    host_add_hooks(&b);
    ab_add(&b, sym_cstr("path"), path, NO_POS);
    Value *args = val_alloc();
    set_attrs(args, ab_finish(&b, false));
    Value *rec = call_why(st, modules_dir, args);
    if (host_attr(st, rec, "error")) return not_found(st, rec, option);
    cJSON *o = record_json(st, rec);
    if (json) {
        char *s = cJSON_Print(o);
        printf("%s\n", s);
        free(s);
    } else {
        print_plain(o);
    }
    cJSON_Delete(o);
    return 0;
}

static int explain_option(State *st, const char *modules_dir, Value *evaluated, const HostArgs *a,
                          const char *option)
{
    return why_explain(st, modules_dir, evaluated, option, a->json);
}

int why_main(int argc, char **argv)
{
    HostArgs a;
    int status = host_parse_args(&a, argc, argv, USAGE);
    if (status) return status;
    if (a.md) return host_fail("nixel why: --md is for nixel options", USAGE);
    if (a.nwords != 2) return host_fail("nixel why takes a configuration file and an option", USAGE);
    return host_run(&a, a.words[0], explain_option, a.words[1]);
}
