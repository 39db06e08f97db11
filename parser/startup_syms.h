/* startup_syms.h: the names CppNix 2.8 interns before it parses anything, in the order
 * their interned strings lie in its memory (observed with `nix-instantiate --parse` of a `let`
 * binding all of them). CppNix orders a set's attributes that way (which one deep forcing
 * meets first) and prints `let` bindings and formals that way, so nixel interns these first,
 * in this order. The order depends on Nix's heap at startup, which depends on the state of its
 * store directory (a fresh NIX_STATE_DIR gives another order, and another again on the second
 * run); this is the order with an existing store, as on a machine where Nix has run before.
 * The last STARTUP_LATE_SYMS names are those only the `derivation` wrapper brings: they lie
 * above the holes that the first names of a file fill, so in a small file (up to about
 * STARTUP_GAP new names) a file's names come before them. Data, included by symtab users
 * only once. */
enum { STARTUP_LATE_SYMS = 6, STARTUP_GAP = 19 };
static const char *const startup_syms[] = {
    "<with>", "", "meta", "name", "value", "system", "__overrides", "outputs", "outputName",
    "__ignoreNulls", "file", "line", "column", "outPath", "drvPath", "type", "__functor",
    "__toString", "right", "wrong", "__structuredAttrs", "builder", "args", "__contentAddressed",
    "__impure", "outputHash", "outputHashAlgo", "outputHashMode", "recurseForDerivations",
    "description", "self", "startSet", "operator", "key", "path", "prefix", "builtins", "true",
    "false", "null", "__currentTime", "currentTime", "__currentSystem", "currentSystem",
    "__nixVersion", "nixVersion", "__storeDir", "storeDir", "__langVersion", "langVersion",
    "__nixPath", "nixPath", "scopedImport", "import", "__typeOf", "typeOf", "isNull",
    "__isFunction", "isFunction", "__isInt", "isInt", "__isFloat", "isFloat", "__isString",
    "isString", "__isBool", "isBool", "__isPath", "isPath", "__genericClosure", "genericClosure",
    "abort", "throw", "__addErrorContext", "addErrorContext", "__ceil", "ceil", "__floor", "floor",
    "__tryEval", "tryEval", "__getEnv", "getEnv", "__seq", "seq", "__deepSeq", "deepSeq", "__trace",
    "trace", "derivationStrict", "placeholder", "__toPath", "toPath", "__storePath", "storePath",
    "__pathExists", "pathExists", "baseNameOf", "dirOf", "__readFile", "readFile", "__findFile",
    "findFile", "__hashFile", "hashFile", "__readDir", "readDir", "__toXML", "toXML", "__toJSON",
    "toJSON", "__fromJSON", "fromJSON", "__toFile", "toFile", "__filterSource", "filterSource",
    "__path", "__attrNames", "attrNames", "__attrValues", "attrValues", "__getAttr", "getAttr",
    "__unsafeGetAttrPos", "unsafeGetAttrPos", "__hasAttr", "hasAttr", "__isAttrs", "isAttrs",
    "removeAttrs", "__listToAttrs", "listToAttrs", "__intersectAttrs", "intersectAttrs",
    "__catAttrs", "catAttrs", "__functionArgs", "functionArgs", "__mapAttrs", "mapAttrs",
    "__zipAttrsWith", "zipAttrsWith", "__isList", "isList", "__elemAt", "elemAt", "__head", "head",
    "__tail", "tail", "map", "__filter", "filter", "__elem", "elem", "__concatLists", "concatLists",
    "__length", "length", "__foldl'", "foldl'", "__any", "any", "__all", "all", "__genList",
    "genList", "__sort", "sort", "__partition", "partition", "__groupBy", "groupBy", "__concatMap",
    "concatMap", "__add", "add", "__sub", "sub", "__mul", "mul", "__div", "div", "__bitAnd",
    "bitAnd", "__bitOr", "bitOr", "__bitXor", "bitXor", "__lessThan", "lessThan", "toString",
    "__substring", "substring", "__stringLength", "stringLength", "__hashString", "hashString",
    "__match", "match", "__split", "split", "__concatStringsSep", "concatStringsSep",
    "__replaceStrings", "replaceStrings", "__parseDrvName", "parseDrvName", "__compareVersions",
    "compareVersions", "__splitVersion", "splitVersion", "__unsafeDiscardStringContext",
    "unsafeDiscardStringContext", "__hasContext", "hasContext", "__unsafeDiscardOutputDependency",
    "unsafeDiscardOutputDependency", "__getContext", "getContext", "__appendContext",
    "appendContext", "fetchMercurial", "fetchTree", "__fetchurl", "fetchurl", "fetchTarball",
    "fetchGit", "fromTOML", "derivation", "strict", "drvAttrs", "commonAttrs", "outputsList", "x",
    "outputToAttrListElement",
};
