# An option without a default that nothing defines (nixel eval has no option tree: the advice only).
let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [ { options.site.domain = lib.mkOption { type = lib.types.str; }; } ];
}).config.site.domain
