# mkSinkUndeclaredOptions accepts any definitions; reading its value throws.
# expected-from: nixpkgs-2025 (the 2020 lib's version fails with "undefined variable 'mkOptionType'",
# a bug there; nixel's follows the working later definition, unchanged since 2020 otherwise)
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.sink = lib.mkSinkUndeclaredOptions { }; }
      { sink = { anything = 1; }; } { sink = "x"; }
    ]; }; in
{ defined = r.options.sink.isDefined; internal = r.options.sink.internal; read = builtins.tryEval r.config.sink; }
