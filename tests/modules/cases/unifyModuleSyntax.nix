# unifyModuleSyntax on the shorthand form, the split form, and a module with meta.
let lib = import <nixpkgs/lib>; in
{
  shorthand = lib.unifyModuleSyntax "f.nix" "k" { a = 1; imports = [ ]; require = [ "r" ]; _file = "own.nix"; key = 5; };
  split = lib.unifyModuleSyntax "f.nix" "k" { options.o = 1; config.c = 2; disabledModules = [ "d" ]; };
  meta = (lib.unifyModuleSyntax "f.nix" "k" { config.c = 2; meta.m = 3; }).config;
}
