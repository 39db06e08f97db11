#!/usr/bin/env bash
# count-runtests.sh: the number of test cases a nixpkgs lib test file hands to lib.runTests
# (lib/tests/misc.nix, systems.nix, ...), counted by evaluating it, where lib-suite.sh can
# only estimate it with a grep. The file is evaluated in a scratch copy of the tree whose
# lib/default.nix is the real one extended with a runTests that hands the real runTests
# every case made to fail, and returns the names of the failures: the cases runTests would
# run (its own choice: names starting with "test", or those listed in `tests`). The file's
# value is then a list of names, and its length is the count. Test bodies are never evaluated, so the count does not depend
# on whether the cases pass.
#
# usage: count-runtests.sh TREE FILE [EVAL]
#   TREE  a directory holding lib/ (../shared/nixpkgs-lib/2026-06); never modified
#   FILE  the test file, relative to TREE (lib/tests/misc.nix)
#   EVAL  the evaluator, called as nix-instantiate (default: build/nix-instantiate); give
#         NIXEL_COMPAT=current in the environment for a lib newer than Nix 2.8
# Prints the count alone on stdout; exit status 1 (and the evaluator's error) if the file
# cannot be counted.
set -uo pipefail
[ $# -ge 2 ] || { sed -n '2,17p' "$0" >&2; exit 2; }
tree=$(cd "$1" && pwd) || exit 2
file=$2
here=$(cd "$(dirname "$0")" && pwd)
eval_cmd=${3:-$here/../../build/nix-instantiate}
[ -f "$tree/$file" ] || { echo "count-runtests: no $tree/$file" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/count-runtests.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -a "$tree/lib" "$work/lib"
# misc.nix before late 2025 names nixpkgs' root; a stub like lib-suite.sh's stands for it
if [ -e "$tree/default.nix" ]; then cp -a "$tree/default.nix" "$work/"
else echo '{ ... }: { hello = derivation { name = "hello"; system = "x86_64-linux"; builder = "/bin/sh"; }; }' > "$work/default.nix"; fi
mv "$work/lib/default.nix" "$work/lib/default-counted.nix"
cat > "$work/lib/default.nix" <<'EOF'
# written by tests/lib/count-runtests.sh: the real lib, whose runTests lists the cases it
# would run instead of running them
let
  lib = import ./default-counted.nix;
  # the tree's own runTests chooses; every case it is given fails, so it returns them all
  runTests = tests:
    map (failed: failed.name) (lib.runTests (builtins.mapAttrs
      (name: test: if name == "tests" then test else { expr = 0; expected = 1; }) tests));
in
lib.extend (self: super: {
  inherit runTests;
  debug = super.debug // { inherit runTests; };
})
EOF
cd "$work" || exit 1
"$eval_cmd" --eval --strict --expr "
  let v = import ./$file; l = if builtins.isFunction v then v { } else v;
  in if builtins.isList l && builtins.all builtins.isString l then builtins.length l
     else throw \"count-runtests: $file did not evaluate to the list of runTests' cases\"
"
