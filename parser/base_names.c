/* base_names.c: the names of Nix 2.8's base environment (the outermost scope every file
 * is parsed in): the builtins that are global under their own name, and the rest under
 * "__" + name. Taken from `builtins.attrNames builtins` of Nix 2.8. */
#include "parser/base_names.h"

const char *const base_names[] = {
    "abort", "__add", "__addErrorContext", "__all", "__any", "__appendContext", "__attrNames",
    "__attrValues", "baseNameOf", "__bitAnd", "__bitOr", "__bitXor", "builtins", "__catAttrs",
    "__ceil", "__compareVersions", "__concatLists", "__concatMap", "__concatStringsSep",
    "__currentSystem", "__currentTime", "__deepSeq", "derivation", "derivationStrict", "dirOf",
    "__div", "__elem", "__elemAt", "false", "fetchGit", "fetchMercurial", "fetchTarball",
    "fetchTree", "__fetchurl", "__filter", "__filterSource", "__findFile", "__floor",
    "__foldl'", "__fromJSON", "fromTOML", "__functionArgs", "__genList", "__genericClosure",
    "__getAttr", "__getContext", "__getEnv", "__groupBy", "__hasAttr", "__hasContext",
    "__hashFile", "__hashString", "__head", "import", "__intersectAttrs", "__isAttrs",
    "__isBool", "__isFloat", "__isFunction", "__isInt", "__isList", "isNull", "__isPath",
    "__isString", "__langVersion", "__length", "__lessThan", "__listToAttrs", "map",
    "__mapAttrs", "__match", "__mul", "__nixPath", "__nixVersion", "null", "__parseDrvName",
    "__partition", "__path", "__pathExists", "placeholder", "__readDir", "__readFile",
    "removeAttrs", "__replaceStrings", "scopedImport", "__seq", "__sort", "__split",
    "__splitVersion", "__storeDir", "__storePath", "__stringLength", "__sub", "__substring",
    "__tail", "throw", "__toFile", "__toJSON", "__toPath", "toString", "__toXML", "__trace",
    "true", "__tryEval", "__typeOf", "__unsafeDiscardOutputDependency",
    "__unsafeDiscardStringContext", "__unsafeGetAttrPos", "__zipAttrsWith",
};

const unsigned base_names_count = sizeof base_names / sizeof base_names[0];
