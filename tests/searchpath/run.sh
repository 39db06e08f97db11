#!/usr/bin/env bash
# nixel's own lib is reachable without configuration in nixel's own commands (`nixel eval`):
# <nixel/lib> always, and <nixpkgs/lib> when the search path has no nixpkgs that has it, while
# builtins.nixPath stays as Nix shows it. Each result must equal nix-instantiate's with nixpkgs
# pointed at the repository's modules/ directory. The nix-instantiate command line has no such
# fallback: with NIX_PATH='' it fails as Nix 2.8 fails, byte for byte.
# Usage: run.sh [NIXEL]; last line "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate
repo=$(cd "$here/../.." && pwd)
nixel=$(realpath "${1:-$repo/build/nixel}")
pass=0 fail=0
same() { # name got want
    if [ "$2" = "$3" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $1"; echo "  got:  $2"; echo "  want: $3"; fi
}
check() { # name expr-for-nixel expr-for-nix
    local name=$1 a=$2 b=$3
    same "$name" "$(cd "$NIXEL_TEST_ENV" && NIX_PATH= "$nixel" eval "$a" 2>&1; echo "rc=$?")" \
        "$(cd "$NIXEL_TEST_ENV" && NIX_PATH= nix-instantiate --eval --strict -E "$b" -I "nixpkgs=$repo/modules" 2>&1; echo "rc=$?")"
}
check nixel-lib '(import <nixel/lib>).toUpper "abc"' '(import <nixpkgs/lib>).toUpper "abc"'
check nixpkgs-lib-fallback '(import <nixpkgs/lib>).concatStringsSep "-" [ "a" "b" ]' '(import <nixpkgs/lib>).concatStringsSep "-" [ "a" "b" ]'
check module-system '(import <nixpkgs/lib>).evalModules { modules = [ ({ lib, ... }: { options.x = lib.mkOption { default = 1; }; }) ]; }.config' '(import <nixpkgs/lib>).evalModules { modules = [ ({ lib, ... }: { options.x = lib.mkOption { default = 1; }; }) ]; }.config'
# nixPath is not changed by the fallback
same nixPath "$(cd "$NIXEL_TEST_ENV" && NIX_PATH= "$nixel" eval 'builtins.nixPath' 2>&1)" \
    "$(cd "$NIXEL_TEST_ENV" && NIX_PATH= nix-instantiate --eval --strict -E 'builtins.nixPath' 2>&1)"
# the drop-in: no fallback, Nix's error
for e in '<nixpkgs/lib>' 'import <nixpkgs/lib>' '<nixel/lib>' '<nixpkgs>' 'builtins.findFile [] "nixpkgs/lib"'; do
    for args in "--eval -E" "--eval --strict -E" "--parse -E"; do
        same "drop-in $args '$e'" \
            "$(cd "$NIXEL_TEST_ENV" && NIX_PATH= "$nixel" $args "$e" 2>&1; echo "rc=$?")" \
            "$(cd "$NIXEL_TEST_ENV" && NIX_PATH= nix-instantiate $args "$e" 2>&1; echo "rc=$?")"
    done
done
same "drop-in --find-file nixpkgs/lib" \
    "$(cd "$NIXEL_TEST_ENV" && NIX_PATH= "$nixel" --find-file nixpkgs/lib 2>&1; echo "rc=$?")" \
    "$(cd "$NIXEL_TEST_ENV" && NIX_PATH= nix-instantiate --find-file nixpkgs/lib 2>&1; echo "rc=$?")"
same "drop-in -I nixpkgs=modules" \
    "$(cd "$NIXEL_TEST_ENV" && NIX_PATH= "$nixel" --eval -E '(import <nixpkgs/lib>).id 3' -I "nixpkgs=$repo/modules" 2>&1; echo "rc=$?")" \
    "$(cd "$NIXEL_TEST_ENV" && NIX_PATH= nix-instantiate --eval -E '(import <nixpkgs/lib>).id 3' -I "nixpkgs=$repo/modules" 2>&1; echo "rc=$?")"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
