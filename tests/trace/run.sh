#!/usr/bin/env bash
# Error traces: every case here is evaluated with --show-trace by nixel and by nix-instantiate
# (the reference), and the whole of stderr and the exit status must be equal (the language
# cases compare only an error's first lines). Usage: run.sh [NIXEL]; last line
# "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
nixel=$(realpath "${1:-$here/../../build/nixel}")
pass=0 fail=0
for f in "$here"/*.nix; do
    got=$(cd "$here" && "$nixel" --eval --strict --show-trace "$(basename "$f")" 2>&1 >/dev/null; echo "rc=$?")
    want=$(cd "$here" && nix-instantiate --eval --strict --show-trace "$(basename "$f")" 2>&1 >/dev/null; echo "rc=$?")
    if [ "$got" = "$want" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $(basename "$f")"
        diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | head -20
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
