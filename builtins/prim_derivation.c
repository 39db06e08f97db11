/* prim_derivation.c: derivationStrict, placeholder, and `derivation`, the lazy wrapper
 * around derivationStrict. The wrapper is Nix code (as in Nix 2.8) so that its result
 * has the same attributes, sharing, laziness and printing; it is parsed at startup under
 * the file name Nix 2.8 gives its own wrapper, and laid out so that every position Nix
 * reports from inside it (errors, unsafeGetAttrPos) is the same. */
#include "builtins/prim.h"
#include "base/grow.h"
#include "base/diag.h"
#include "store/drv.h"
#include "base/diag.h"
#include "base/mem.h"
#include "eval/print.h"
#include "parser/source.h"

#include <stdarg.h>
#include <string.h>

/* ---- derivationStrict ---- */

typedef struct {
    State *st;
    Derivation drv;
    Context *ctx;
    Pos pos, pos_name;
    bool structured;
    Buf json;
    bool have_hash, recursive;
    const char *output_hash, *output_hash_algo;
    PathSet outputs;
} DrvBuild;

/* Errors CppNix reports at the position of the name attribute. */
__attribute__((format(printf, 2, 3)))
_Noreturn static void at_name(DrvBuild *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    eval_verror(b->st, ERR_EVAL, b->pos_name, fmt, ap);
}

static void handle_hash_mode(DrvBuild *b, const char *s)
{
    if (!strcmp(s, "recursive")) b->recursive = true;
    else if (!strcmp(s, "flat")) b->recursive = false;
    else at_name(b, "invalid value '%s' for 'outputHashMode' attribute", s);
}

static void add_output_name(DrvBuild *b, const char *name, size_t len)
{
    const char *s = mem_strndup(name, len);
    for (size_t i = 0; i < b->outputs.n; i++)
        if (!strcmp(b->outputs.items[i], s)) at_name(b, "duplicate derivation output '%s'", s);
    /* the name an output may not have: Nix 2.8's check names 'drv'; today's Nix names the
     * attribute an output would clash with, 'drvPath' */
    /* the name is part of the format, as in Nix: not an argument, so not coloured */
    if (eval_compat_current(b->st)) {
        if (!strcmp(s, "drvPath")) at_name(b, "invalid derivation output name 'drvPath'");
    } else if (!strcmp(s, "drv")) {
        at_name(b, "invalid derivation output name 'drv'");
    }
    pathset_add(&b->outputs, s);
}

static void check_outputs_nonempty(DrvBuild *b)
{
    if (!b->outputs.n) at_name(b, "derivation cannot have an empty set of outputs");
}

/* CppNix's tokenizeString with the default separators. */
static void handle_outputs_string(DrvBuild *b, const char *s)
{
    b->outputs = (PathSet){ NULL, 0 };
    const char *sep = " \t\n\r";
    while (*s) {
        s += strspn(s, sep);
        size_t n = strcspn(s, sep);
        if (n) add_output_name(b, s, n);
        s += n;
    }
    check_outputs_nonempty(b);
}

static void handle_outputs_list(DrvBuild *b, Value *v)
{
    State *st = b->st;
    uint32_t n;
    Value **l = force_list(st, v, b->pos_name, &n);
    const char **names = mem_alloc((n + 1) * sizeof *names);
    size_t *lens = mem_alloc((n + 1) * sizeof *lens);
    for (uint32_t i = 0; i < n; i++) names[i] = force_string_noctx(st, l[i], b->pos_name, &lens[i]);
    b->outputs = (PathSet){ NULL, 0 };
    for (uint32_t i = 0; i < n; i++) add_output_name(b, names[i], lens[i]);
    check_outputs_nonempty(b);
}

_Noreturn static void experimental(State *st, const char *feature)
{
    eval_error(st, ERR_EVAL, NO_POS,
               "experimental Nix feature '%s' is disabled; use '--extra-experimental-features %s' to override",
               feature, feature);
}

static const char *coerce_drv(DrvBuild *b, Pos pos, Value *v)
{
    size_t len;
    CoerceOpts o = { true, true, true };
    return coerce_to_string(b->st, pos, v, &b->ctx, o, &len);
}

/* One attribute in JSON mode (__structuredAttrs). */
static void structured_attr(DrvBuild *b, Attr *x)
{
    State *st = b->st;
    if (x->name == st->s_structuredAttrs) return;
    if (b->json.len > 1) buf_addc(&b->json, ',');
    print_json_string(&b->json, sym_str(x->name), sym_len(x->name));
    buf_addc(&b->json, ':');
    print_json(st, &b->json, x->value, true, b->pos, &b->ctx);
    size_t len;
    const char *name = sym_str(x->name);
    if (x->name == st->s_builder) b->drv.builder = force_string_ctx(st, x->value, b->pos_name, &len, &b->ctx);
    else if (x->name == st->s_system) b->drv.platform = force_string_noctx(st, x->value, b->pos_name, &len);
    else if (!strcmp(name, "outputHash")) { b->output_hash = force_string_noctx(st, x->value, b->pos_name, &len); b->have_hash = true; }
    else if (!strcmp(name, "outputHashAlgo")) b->output_hash_algo = force_string_noctx(st, x->value, b->pos_name, &len);
    else if (!strcmp(name, "outputHashMode")) handle_hash_mode(b, force_string_noctx(st, x->value, b->pos_name, &len));
    else if (x->name == st->s_outputs) handle_outputs_list(b, x->value);
}

static void env_attr(DrvBuild *b, Attr *x)
{
    State *st = b->st;
    const char *s = coerce_drv(b, x->pos, x->value);
    const char *name = sym_str(x->name);
    drv_set_env(&b->drv, name, s);
    if (x->name == st->s_builder) b->drv.builder = s;
    else if (x->name == st->s_system) b->drv.platform = s;
    else if (!strcmp(name, "outputHash")) { b->output_hash = s; b->have_hash = true; }
    else if (!strcmp(name, "outputHashAlgo")) b->output_hash_algo = s;
    else if (!strcmp(name, "outputHashMode")) handle_hash_mode(b, s);
    else if (x->name == st->s_outputs) handle_outputs_string(b, s);
}

static void process_attr(DrvBuild *b, Attr *x, bool ignore_nulls)
{
    State *st = b->st;
    if (ignore_nulls) {
        force(st, x->value, b->pos);
        if (x->value->type == T_NULL) return;
    }
    const char *name = sym_str(x->name);
    if (!strcmp(name, "__contentAddressed")) {
        if (force_bool(st, x->value, b->pos)) experimental(st, "ca-derivations");
    } else if (!strcmp(name, "__impure")) {
        if (force_bool(st, x->value, b->pos)) experimental(st, "impure-derivations");
    } else if (x->name == st->s_args) {
        uint32_t n;
        Value **l = force_list(st, x->value, b->pos, &n);
        for (uint32_t i = 0; i < n; i++) drv_add_arg(&b->drv, coerce_drv(b, b->pos_name, l[i]));
    } else if (b->structured) {
        structured_attr(b, x);
    } else {
        env_attr(b, x);
    }
}

/* The inputs being gathered: sources, and (.drv, output) pairs, sorted once at the end
 * (adding them one by one to sorted arrays made a derivation of many inputs quadratic). */
typedef struct {
    const char **srcs, **paths, **outputs;
    size_t nsrc, capsrc, ndrv, capdrv, capout;
} Inputs;

static void inputs_add_src(Inputs *in, const char *path)
{
    GROW(mem_alloc, in->srcs, in->nsrc, in->capsrc, 16);
    in->srcs[in->nsrc++] = path;
}

static void inputs_add_drv(Inputs *in, const char *drv, const char *output)
{
    GROW(mem_alloc, in->paths, in->ndrv, in->capdrv, 16);
    GROW(mem_alloc, in->outputs, in->ndrv, in->capout, 16);
    in->paths[in->ndrv] = drv;
    in->outputs[in->ndrv++] = output;
}

/* A .drv's path in a string (drvPath) makes its closure inputs: every path as a source,
 * and every .drv in it with all its outputs, as CppNix's derivationStrict does. The .drv
 * must be valid: written by this evaluation with the store writable. */
static void add_closure(DrvBuild *b, Inputs *in, const char *drv)
{
    State *st = b->st;
    if (!memfs_has_root(&st->store, drv)) eval_error(st, ERR_EVAL, NO_POS, "path '%s' is not valid", drv);
    PathSet closure = { NULL, 0 };
    store_closure(st, drv, &closure);
    for (size_t i = 0; i < closure.n; i++) {
        const char *j = closure.items[i];
        inputs_add_src(in, j);
        if (!store_is_drv_name(j)) continue;
        size_t n;
        const char *const *outs = drv_output_names(st, j, &n);
        for (size_t k = 0; k < n; k++) inputs_add_drv(in, j, outs[k]);
    }
}

/* The inputs of the derivation, from the context of everything that went into it. */
static void add_inputs(DrvBuild *b)
{
    Inputs in = {0};
    for (size_t i = 0; b->ctx && i < b->ctx->n; i++) {
        const char *c = b->ctx->items[i];
        if (c[0] == '=') {
            add_closure(b, &in, c + 1);
        } else if (c[0] == '!') {
            const char *bang = strchr(c + 1, '!');
            inputs_add_drv(&in, bang + 1, mem_strndup(c + 1, (size_t)(bang - c - 1)));
        } else {
            inputs_add_src(&in, c);
        }
    }
    drv_set_inputs(&b->drv, in.paths, in.outputs, in.ndrv);
    pathset_build(&b->drv.srcs, in.srcs, in.nsrc);
}

static void fixed_output(DrvBuild *b)
{
    State *st = b->st;
    if (b->outputs.n != 1 || strcmp(b->outputs.items[0], "out"))
        at_name(b, "multiple outputs are not supported in fixed-output derivations");
    HashType ht = hash_type_parse(b->output_hash_algo, strlen(b->output_hash_algo));
    Hash h;
    if (!*b->output_hash && ht == HT_NONE)
        eval_error(st, ERR_EVAL, NO_POS, "empty hash requires explicit hash type");
    const char *err = hash_parse_allow_empty(b->output_hash, strlen(b->output_hash), ht, &h);
    /* CppNix reports an unknown algorithm as a usage error */
    if (err) eval_error(st, strncmp(err, "unknown hash algorithm", 22) ? ERR_EVAL : ERR_USAGE, NO_POS, "%s", err);
    const char *path = store_fixed_output_path(st, b->recursive, &h, b->drv.name);
    drv_set_env(&b->drv, "out", path);
    DrvOutput *o = drv_set_output(&b->drv, "out");
    o->path = path;
    o->fixed = true;
    o->recursive = b->recursive;
    o->hash = h;
}

static void input_addressed(DrvBuild *b)
{
    State *st = b->st;
    for (size_t i = 0; i < b->outputs.n; i++) {
        drv_set_env(&b->drv, b->outputs.items[i], "");
        drv_set_output(&b->drv, b->outputs.items[i]);
    }
    drv_name_outputs(st, &b->drv);
}

static Value *string_with_ctx(const char *s, const char *ctx_item)
{
    return val_string(s, strlen(s), ctx_add(NULL, ctx_item));
}

static void prim_derivationStrict(State *st, Pos pos, Value **args, Value *out)
{
    Attrs *a = force_attrs(st, args[0], pos);
    Attr *na = eval_require_attr(st, "derivationStrict", st->s_name, a, pos);
    DrvBuild b = { .st = st, .pos = pos, .pos_name = na->pos, .output_hash = "", .output_hash_algo = "" };
    size_t len;
    eval_push_frame(st, (Frame){ FR_TEXT, na->pos, 0, "while evaluating the derivation attribute 'name'", 0 });
    b.drv.name = force_string_noctx(st, na->value, pos, &len);
    eval_pop_frame(st);
    b.drv.builder = b.drv.platform = "";

    Attr *sa = attrs_find(a, st->s_structuredAttrs);
    if (sa && force_bool(st, sa->value, pos)) { b.structured = true; buf_addc(&b.json, '{'); }
    bool ignore_nulls = false;
    Attr *ia = attrs_find(a, st->s_ignoreNulls);
    if (ia) ignore_nulls = force_bool(st, ia->value, pos);
    pathset_add(&b.outputs, "out");

    uint32_t *idx = attrs_by_name(a);
    for (uint32_t i = 0; i < a->n; i++) {
        Attr *x = &a->a[idx[i]];
        if (x->name == st->s_ignoreNulls) continue;
        eval_push_frame(st, (Frame){ FR_DRV_ATTR, b.pos_name, 0, (void *)(uintptr_t)x->name, (uintptr_t)b.drv.name });
        process_attr(&b, x, ignore_nulls);
        eval_pop_frame(st);
    }
    if (b.structured) {
        buf_addc(&b.json, '}');
        drv_set_env(&b.drv, "__json", buf_cstr(&b.json));
    }

    add_inputs(&b);
    if (!*b.drv.builder) at_name(&b, "required attribute 'builder' missing");
    if (!*b.drv.platform) at_name(&b, "required attribute 'system' missing");
    if (store_is_drv_name(b.drv.name)) at_name(&b, "derivation names are not allowed to end in '%s'", ".drv");
    if (b.have_hash) fixed_output(&b);
    else input_addressed(&b);

    const char *drv_path = drv_store_path(st, &b.drv);
    if (st->verbosity >= 5) {   /* Nix's lvlChatty, -vv */
        Buf m = {0};
        buf_printf(&m, "instantiated '%s' -> '%s'", b.drv.name, drv_path);
        diag_log_level(5, m.s, m.len);
    }
    Attrs *r = attrs_alloc(1 + (uint32_t)b.drv.noutputs);
    Buf all = {0};
    buf_printf(&all, "=%s", drv_path);
    r->a[r->n++] = (Attr){ st->s_drvPath, NO_POS, string_with_ctx(drv_path, buf_cstr(&all)) };
    for (size_t i = 0; i < b.drv.noutputs; i++) {
        DrvOutput *o = &b.drv.outputs[i];
        Buf c = {0};
        buf_printf(&c, "!%s!%s", o->name, drv_path);
        r->a[r->n++] = (Attr){ sym_cstr(o->name), NO_POS, string_with_ctx(o->path, buf_cstr(&c)) };
    }
    attrs_sort(r);
    set_attrs(out, r);
}

static void prim_placeholder(State *st, Pos pos, Value **args, Value *out)
{
    size_t len;
    const char *name = force_string_noctx(st, args[0], pos, &len);
    const char *p = store_hash_placeholder(name);
    set_string(out, p, strlen(p), NULL);
}

/* ---- derivation ---- */

/* Line numbers matter: Nix 2.8's wrapper text starts with an empty line. */
static const char derivation_nix[] =
    "# nixel's `derivation`: one attribute set per output around derivationStrict,\n"
    "# sharing drvAttrs and the other outputs; the first output is the result. Every\n"
    "# expression whose position can surface sits where Nix 2.8 has it.\n"
    "\n"
    "drvAttrs @ { outputs ? [ \"out\" ], ... }:\n"
    "\n"
    "let\n"
    "\n"
    "  strict = derivationStrict drvAttrs;\n"
    "\n"
    "  commonAttrs = drvAttrs // (builtins.listToAttrs outputsList) //\n"
    "    { all = map (x: x.value) outputsList;\n"
    "      inherit drvAttrs;\n"
    "    };\n"
    "\n"
    "  outputToAttrListElement = outputName:\n"
    "    { name = outputName;\n"
    "      value = commonAttrs // {\n"
    "        outPath = builtins.getAttr outputName strict;\n"
    "        drvPath = strict.drvPath;\n"
    "        type = \"derivation\";\n"
    "        inherit outputName;\n"
    "      };\n"
    "    };\n"
    "\n"
    "  outputsList = map outputToAttrListElement outputs;\n"
    "\n"
    "in (builtins.head outputsList).value\n";

void prim_derivation_init(State *st)
{
    Value *slot = attrs_get(st->builtins->attrs, sym_cstr("derivation"));
    if (!slot) return;
    const char *text = mem_arena(sizeof derivation_nix);
    memcpy((char *)text, derivation_nix, sizeof derivation_nix);
    Source *s = pos_add_source(ORIGIN_FILE, "//builtin/derivation.nix", "/", text, (uint32_t)(sizeof derivation_nix - 1));
    ParseError pe;
    Expr *e = s ? src_parse(s, st->base_scope, &pe) : NULL;
    if (!e) return;
    st->derivation_src = s;
    eval_expr(st, st->base_env, e, slot);
}

const PrimDef prim_derivation_defs[] = {
    { "derivationStrict", 1, prim_derivationStrict },
    { "placeholder", 1, prim_placeholder },
    { NULL, 0, NULL },
};
