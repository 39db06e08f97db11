# findFile forces every entry of the search path (prefix, then path) before it looks:
# the second entry's prefix is forced although the first has the file
let
  sp = [ { prefix = "m"; path = toString ./search/a; } { prefix = builtins.trace "second prefix" "m"; path = builtins.trace "second path" (toString ./search/b); } ];
in builtins.findFile sp (builtins.trace "name" "m/which.nix")
