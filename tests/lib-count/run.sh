#!/usr/bin/env bash
# The number of runTests cases in nixpkgs' lib test files (misc.nix, systems.nix of
# ../shared/nixpkgs-lib/2025-10 and 2026-06), counted by evaluating them
# (tests/lib/count-runtests.sh) under nixel and under nix-instantiate: both must give the
# same number. lib-suite.sh can only estimate these counts with a grep; these are the real
# ones, printed for the lib-suite lines of tests/run-all.sh. 2026-06 runs under nixel as
# today's Nix (NIXEL_COMPAT=current), as its lib-suite line does.
# Usage: run.sh [NIXEL]; last line "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate nixpkgs-2025 nixpkgs-2026
nixel=$(realpath "${1:-$here/../../build/nixel}")
count=$here/../lib/count-runtests.sh
pass=0 fail=0
for tree in "$NIXPKGS_2025" "$NIXPKGS_2026"; do
    compat=2.8
    [ "$tree" = "$NIXPKGS_2026" ] && compat=current
    for f in lib/tests/misc.nix lib/tests/systems.nix; do
        n=$(NIXEL_COMPAT=$compat bash "$count" "$tree" "$f" "$nixel" 2>/dev/null)
        r=$(bash "$count" "$tree" "$f" nix-instantiate 2>/dev/null)
        if [[ $n =~ ^[0-9]+$ && $n == "$r" ]]; then
            pass=$((pass + 1)); echo "$(basename "$tree") $f: $n runTests cases"
        else
            fail=$((fail + 1)); echo "FAIL $(basename "$tree") $f: nixel counts '$n', nix-instantiate '$r'"
        fi
    done
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
