/* base_env.c: creating the evaluator state: interned names, the base environment and the
 * `builtins` set, bound from the prim_*.c tables by name. It is the builtins' layer that
 * makes a State, since a State without its builtins cannot evaluate anything. */
#include "builtins/builtins.h"
#include "eval/eval.h"
#include "parser/base_names.h"
#include "base/mem.h"
#include "builtins/prim.h"
#include "builtins/restrict.h"
#include "store/store.h"
#include "store/write.h"
#include "parser/source.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static const PrimDef *const prim_tables[] = {
    prim_core_defs, prim_attrs_defs, prim_list_defs, prim_string_defs, prim_format_defs,
    prim_store_defs, prim_derivation_defs, prim_context_defs, prim_file_defs, prim_fetch_defs, prim_git_defs,
    prim_flake_defs,
};

static const PrimDef *find_prim(const char *name)
{
    for (size_t t = 0; t < sizeof prim_tables / sizeof prim_tables[0]; t++)
        for (const PrimDef *d = prim_tables[t]; d->name; d++)
            if (!strcmp(d->name, name)) return d;
    return NULL;
}

static void prim_missing(State *st, Pos pos, Value **args, Value *out)
{
    (void)args; (void)out;
    eval_error(st, ERR_EVAL, pos, "this builtin is not implemented in nixel yet");
}

/* Builtins that force every argument before anything else (so a call may evaluate
 * the arguments itself, without making thunks for them), in order, and keep none of them
 * (they get values on the C stack). */
static bool is_strict_prim(const char *name)
{
    static const char *const strict[] = {
        "__add", "__sub", "__mul", "__div", "__lessThan", "__bitAnd", "__bitOr", "__bitXor",
        /* one argument, forced first */
        "isNull", "__isFunction", "__isInt", "__isFloat", "__isString", "__isBool", "__isPath",
        "__isAttrs", "__isList", "__typeOf", "__length", "__attrNames", "__attrValues", "__head",
        "__tail", "__stringLength", "__functionArgs",
        /* both forced, in order, before anything else */
        "__seq",
    };
    for (size_t i = 0; i < sizeof strict / sizeof strict[0]; i++)
        if (!strcmp(name, strict[i])) return true;
    return false;
}

static Value *make_primop(const char *name, uint8_t arity, PrimFn *fn)
{
    PrimOp *p = mem_alloc(sizeof *p);
    p->name = name[0] == '_' && name[1] == '_' ? name + 2 : name;
    p->arity = arity;
    p->strict = is_strict_prim(name);
    p->fn = fn;
    Value *v = val_alloc();
    v->type = T_PRIMOP;
    v->primop = p;
    return v;
}

static void intern_symbols(State *st)
{
    st->s_outPath = sym_cstr("outPath");
    st->s_drvPath = sym_cstr("drvPath");
    st->s_type = sym_cstr("type");
    st->s_name = sym_cstr("name");
    st->s_value = sym_cstr("value");
    st->s_file = sym_cstr("file");
    st->s_line = sym_cstr("line");
    st->s_column = sym_cstr("column");
    st->s_functor = sym_cstr("__functor");
    st->s_toString = sym_cstr("__toString");
    st->s_right = sym_cstr("right");
    st->s_wrong = sym_cstr("wrong");
    st->s_outputs = sym_cstr("outputs");
    st->s_outputName = sym_cstr("outputName");
    st->s_all = sym_cstr("all");
    st->s_drvAttrs = sym_cstr("drvAttrs");
    st->s_key = sym_cstr("key");
    st->s_operator = sym_cstr("operator");
    st->s_startSet = sym_cstr("startSet");
    st->s_path = sym_cstr("path");
    st->s_prefix = sym_cstr("prefix");
    st->s_body = sym_cstr("body");
    st->s_ignoreNulls = sym_cstr("__ignoreNulls");
    st->s_structuredAttrs = sym_cstr("__structuredAttrs");
    st->s_builder = sym_cstr("builder");
    st->s_args = sym_cstr("args");
    st->s_system = sym_cstr("system");
    st->s_overrides = sym_cstr("__overrides");
    st->s_meta = sym_cstr("meta");
    st->s_success = sym_cstr("success");
    st->s_description = sym_cstr("description");
}

/* CppNix's parseNixPath: entries separated by ':', except inside a URI value. */
static void add_nix_path_env(State *st, const char *s)
{
    const char *p = s;
    while (*p) {
        const char *start = p, *start2 = p;
        while (*p && *p != ':') {
            if (*p == '=') start2 = p + 1;
            p++;
        }
        if (!*p) {
            if (p != start) eval_add_search_path(st, mem_strndup(start, (size_t)(p - start)));
            break;
        }
        /* a URI value such as https://... keeps its first ':' */
        const char *q = start2;
        bool uri = false;
        if ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')) {
            while ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') || *q == '+' || *q == '-' || *q == '.') q++;
            uri = *q == ':' && q == p && q[1] != 0;
        }
        if (uri) {
            p++;
            while (*p && *p != ':') p++;
        }
        eval_add_search_path(st, mem_strndup(start, (size_t)(p - start)));
        if (!*p) break;
        p++;
    }
}

/* The nix-path setting: one entry per word, colons and all. */
static void add_nix_path_setting(State *st, const char *s)
{
    for (const char *p = s; *p;) {
        size_t n = strcspn(p, " \t\n\r");
        if (n) eval_add_search_path(st, mem_strndup(p, n));
        p += n;
        if (*p) p++;
    }
}

State *eval_new_state(void)
{
    State *st = mem_alloc(sizeof *st);
    intern_symbols(st);
    st->base_scope = src_base_scope();
    st->copy_path_to_store = prim_copy_path_to_store;
    st->verbosity = 3;
    Compat level = COMPAT_2_8;
    eval_compat_from_env(&level);   /* cli/main.c has rejected a level it does not name */
    eval_set_compat(st, level);
    st->newer_builtins = eval_compat_current(st);
    const char *err;
    st->store_dir = store_dir_from_env(&err);   /* cli/main.c has rejected a relative one */
    if (!st->store_dir) st->store_dir = STORE_DEFAULT_DIR;
    st->store_dir_len = strlen(st->store_dir);
    st->write_store = store_write_wanted();
    return st;
}

static Value *nix_path_value(State *st)
{
    Value **l = list_alloc((uint32_t)st->nsearch_path);
    for (size_t i = 0; i < st->nsearch_path; i++) {
        Attrs *a = attrs_alloc(2);
        a->a[a->n++] = (Attr){ st->s_path, NO_POS, val_cstring(st->search_path[i].path) };
        a->a[a->n++] = (Attr){ st->s_prefix, NO_POS, val_cstring(st->search_path[i].prefix) };
        attrs_sort(a);
        Value *v = val_alloc();
        set_attrs(v, a);
        l[i] = v;
    }
    Value *v = val_alloc();
    set_list(v, l, (uint32_t)st->nsearch_path);
    return v;
}

static Value *constant(State *st, const char *name)
{
    if (!strcmp(name, "true")) return val_bool(true);
    if (!strcmp(name, "false")) return val_bool(false);
    if (!strcmp(name, "null")) return val_null();
    if (!strcmp(name, "__currentSystem")) return val_cstring(st->system ? st->system : "x86_64-linux");
    if (!strcmp(name, "__currentTime")) return val_int((int64_t)time(NULL));
    /* current mode: the version of the Nix whose language suite it follows (NixOS/nix
     * master's .version), which today's lib/minfeatures.nix accepts (it asks for 2.18) */
    if (!strcmp(name, "__nixVersion")) return val_cstring(eval_compat_current(st) ? "2.36.0" : "2.8.0");
    if (!strcmp(name, "__storeDir")) return val_cstring(st->store_dir);
    if (!strcmp(name, "__langVersion")) return val_int(6);
    if (!strcmp(name, "__nixPath")) return nix_path_value(st);
    return NULL;
}

/* What stands for a constant the access mode hides, when it is read: pure-eval leaves
 * currentTime and currentSystem out of builtins, as Nix 2.8 does; a render hides the clock
 * only, and says which flag shows it. */
static void prim_hidden_clock(State *st, Pos pos, Value **args, Value *out)
{
    (void)args; (void)out;
    eval_error(st, ERR_EVAL, pos, "reading the clock (builtins.currentTime) is forbidden in nixel render (use '--impure' to allow it)");
}

static void prim_hidden_in_pure_mode(State *st, Pos pos, Value **args, Value *out)
{
    (void)out;
    eval_error(st, ERR_EVAL, pos, "undefined variable '%s'", force_string_noctx(st, args[0], pos, NULL));
}

static bool hidden(const State *st, const char *name)
{
    bool clock = !strcmp(name, "__currentTime");
    if (st->access == ACCESS_PURE) return clock || !strcmp(name, "__currentSystem");
    return st->access == ACCESS_RENDER && clock;
}

static Value *hidden_constant(State *st, const char *name)
{
    if (st->access == ACCESS_RENDER) return val_app(make_primop(name, 1, prim_hidden_clock), val_null());
    return val_app(make_primop(name, 1, prim_hidden_in_pure_mode), val_cstring(name));
}

static bool is_base_name(const char *name)
{
    for (unsigned i = 0; i < base_names_count; i++)
        if (!strcmp(base_names[i], name)) return true;
    return false;
}

/* The builtins of today's Nix that Nix 2.8 lacks: those of the prim tables that are not
 * base names. Bound as Nix binds them (`__warn` in the base scope and `warn` in builtins;
 * `break` global), after Nix 2.8's names. */
static const PrimDef **newer_builtins(unsigned *n)
{
    const PrimDef **v = NULL;
    unsigned k = 0;
    for (int pass = 0; pass < 2; pass++) {
        k = 0;
        for (size_t t = 0; t < sizeof prim_tables / sizeof prim_tables[0]; t++)
            for (const PrimDef *d = prim_tables[t]; d->name; d++)
                if (!is_base_name(d->name)) { if (v) v[k] = d; k++; }
        if (!v) v = mem_alloc((k ? k : 1) * sizeof *v);
    }
    *n = k;
    return v;
}

/* allow-unsafe-native-code-during-evaluation: exec and importNative after the others. */
static const PrimDef **add_native_builtins(const PrimDef **v, unsigned *n)
{
    unsigned k = 0;
    while (prim_native_defs[k].name) k++;
    const PrimDef **all = mem_alloc((*n + k) * sizeof *all);
    for (unsigned i = 0; i < *n; i++) all[i] = v[i];
    for (unsigned i = 0; i < k; i++) all[*n + i] = &prim_native_defs[i];
    *n += k;
    return all;
}

/* Called once the search path is known (-I and NIX_PATH). */
void eval_init_base_env(State *st)
{
    const char *np = getenv("NIX_PATH");
    if (st->access == ACCESS_PURE) {}                   /* pure-eval has no search path */
    else if (st->nix_path) add_nix_path_setting(st, st->nix_path);
    else if (np) add_nix_path_env(st, np);
    if (st->access != ACCESS_IMPURE) {
        restrict_allow_search_path(st);
        const char *own = eval_modules_dir();
        if (own) restrict_allow_path(st, own);
    }
    unsigned nnewer = 0;
    const PrimDef **newer = st->newer_builtins ? newer_builtins(&nnewer) : NULL;
    if (st->native_code) newer = add_native_builtins(newer, &nnewer);
    if (nnewer) {
        const char **names = mem_alloc(nnewer * sizeof *names);
        for (unsigned i = 0; i < nnewer; i++) names[i] = newer[i]->name;
        st->base_scope = src_base_scope_with(names, nnewer);
    }
    Env *env = env_alloc(NULL, base_names_count + nnewer);
    AttrsBuilder b;
    ab_init(&b, base_names_count + nnewer);
    Value *builtins = val_alloc();
    for (unsigned i = 0; i < base_names_count; i++) {
        const char *name = base_names[i];
        Value *v;
        if (!strcmp(name, "builtins")) v = builtins;
        else if (hidden(st, name)) {
            v = hidden_constant(st, name);
            if (st->access == ACCESS_PURE) {   /* absent from builtins */
                env->slots[i] = v;
                continue;
            }
        } else if (!(v = constant(st, name))) {
            const PrimDef *d = find_prim(name);
            v = d ? make_primop(name, d->arity, d->fn) : make_primop(name, 1, prim_missing);
        }
        env->slots[i] = v;
        const char *short_name = name[0] == '_' && name[1] == '_' ? name + 2 : name;
        ab_add(&b, sym_cstr(short_name), v, NO_POS);
    }
    for (unsigned i = 0; i < nnewer; i++) {
        const char *name = newer[i]->name;
        Value *v = make_primop(name, newer[i]->arity, newer[i]->fn);
        env->slots[base_names_count + i] = v;
        ab_add(&b, sym_cstr(name[0] == '_' && name[1] == '_' ? name + 2 : name), v, NO_POS);
    }
    set_attrs(builtins, ab_finish(&b, true));
    st->builtins = builtins;
    st->base_env = env;
    prim_derivation_init(st);
}
