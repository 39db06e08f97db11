#!/usr/bin/env bash
# modules/nixos/check-definitions.nix (every definition checked against the declarations,
# also where nothing reads it) on each module of tests/render/check-cases/, with nixel's lib
# and nixpkgs' libs of 2020, 2025 and 2026: nixel must print exactly what nix-instantiate
# prints (stdout, stderr, exit status), and the outcome must be the case's name: err-* fail
# with "does not exist", ok-* evaluate to true. Cases marked `newer-libs-only' (freeformType)
# run with the 2025 and 2026 libs only.
#   check-definitions.sh [NIXEL]          (default build/nixel)
# Last line: `N passed, M failed`.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate nixpkgs-2020 nixpkgs-2025 nixpkgs-2026
repo=$(cd "$here/../.." && pwd)
nixel=$(realpath "${1:-$repo/build/nixel}")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; nixel_env_cleanup' EXIT
passed=0 failed=0
bad() { failed=$((failed + 1)); echo "FAIL $1"; printf '%s\n' "$2" | sed 's/^/  /'; }

# evaluator, lib directory, case file: stdout then stderr then the status, in $tmp/$4
run() {
  local status=0
  "$1" --eval --strict -E "
    let lib = import $2; r = lib.evalModules { modules = [ $3 ]; }; in
    import $repo/modules/nixos/check-definitions.nix { inherit lib; inherit (r) options config; }" \
    > "$tmp/$4" 2> "$tmp/$4.err" || status=$?
  cat "$tmp/$4.err" >> "$tmp/$4"
  echo "status $status" >> "$tmp/$4"
}

for case in "$here"/check-cases/*.nix; do
  name=$(basename "$case" .nix)
  for lib in "$repo/modules/lib" "$NIXPKGS_2020/lib" "$NIXPKGS_2025/lib" "$NIXPKGS_2026/lib"; do
    if grep -q newer-libs-only "$case" && [[ $lib == "$repo/modules/lib" || $lib == "$NIXPKGS_2020/lib" ]]; then continue; fi
    what="$name with $(basename "$(dirname "$lib")")/lib"
    run nix-instantiate "$lib" "$case" want
    run "$nixel" "$lib" "$case" got
    if ! cmp -s "$tmp/want" "$tmp/got"; then bad "$what: nixel differs from nix-instantiate" "$(diff "$tmp/want" "$tmp/got" | head -20)"; continue; fi
    case $name in
      ok-*) if [[ "$(head -1 "$tmp/got")" == true ]]; then passed=$((passed + 1)); else bad "$what: not true" "$(cat "$tmp/got")"; fi ;;
      err-*) if grep -q "does not exist" "$tmp/got" && grep -qx "status 1" "$tmp/got"; then passed=$((passed + 1)); else bad "$what: no 'does not exist' error" "$(cat "$tmp/got")"; fi ;;
    esac
  done
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
