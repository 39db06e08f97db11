# textClosureMap emits snippets once, after their dependencies (activation scripts).
let lib = import <nixpkgs/lib>;
    snippets = {
      a = lib.noDepEntry "A";
      b = lib.stringAfter [ "a" ] "B";
      c = lib.fullDepEntry "C" [ "b" "a" ];
      d = lib.packEntry [ "c" ];
    }; in
{
  closure = lib.textClosureMap (s: "[${s}]") snippets [ "d" "a" "b" ];
  list = lib.textClosureList snippets [ "c" ];
}
