#!/usr/bin/env bash
# nixel's own lib is reachable without configuration: <nixel/lib> always, and <nixpkgs/lib>
# when the search path has no nixpkgs that has it, while builtins.nixPath stays as Nix shows
# it. Each result must equal nix-instantiate's with nixpkgs pointed at the repository's
# modules/ directory. Usage: run.sh [NIXEL]; last line "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate
repo=$(cd "$here/../.." && pwd)
nixel=$(realpath "${1:-$repo/build/nixel}")
pass=0 fail=0
check() { # name expr-for-nixel expr-for-nix [nixel args...]
    local name=$1 a=$2 b=$3; shift 3
    local got want
    got=$(cd "$NIXEL_TEST_ENV" && NIX_PATH= "$nixel" --eval --strict -E "$a" "$@" 2>&1; echo "rc=$?")
    want=$(cd "$NIXEL_TEST_ENV" && NIX_PATH= nix-instantiate --eval --strict -E "$b" -I "nixpkgs=$repo/modules" 2>&1; echo "rc=$?")
    if [ "$got" = "$want" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $name"; echo "  got:  $got"; echo "  want: $want"; fi
}
check nixel-lib '(import <nixel/lib>).toUpper "abc"' '(import <nixpkgs/lib>).toUpper "abc"'
check nixpkgs-lib-fallback '(import <nixpkgs/lib>).concatStringsSep "-" [ "a" "b" ]' '(import <nixpkgs/lib>).concatStringsSep "-" [ "a" "b" ]'
check module-system '(import <nixpkgs/lib>).evalModules { modules = [ ({ lib, ... }: { options.x = lib.mkOption { default = 1; }; }) ]; }' '(import <nixpkgs/lib>).evalModules { modules = [ ({ lib, ... }: { options.x = lib.mkOption { default = 1; }; }) ]; }'
# nixPath is not changed by the fallback
got=$(cd "$NIXEL_TEST_ENV" && NIX_PATH= "$nixel" --eval --strict -E 'builtins.nixPath' 2>&1)
want=$(cd "$NIXEL_TEST_ENV" && NIX_PATH= nix-instantiate --eval --strict -E 'builtins.nixPath' 2>&1)
if [ "$got" = "$want" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL nixPath: $got vs $want"; fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
