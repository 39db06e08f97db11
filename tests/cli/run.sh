#!/usr/bin/env bash
# nix-instantiate's command line: each argument list in `cases` (one per line) is given to nixel
# and to nix-instantiate (the reference); stdout, stderr and exit status must be equal. Mostly
# usage errors, whose wording differs between the flags nix-instantiate reads itself and the
# generic ones. Usage: run.sh [NIXEL]; last line "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate
nixel=$(realpath "${1:-$here/../../build/nixel}")
export HOME=/home/nixel-test NIX_PATH='' LC_ALL=C TZ=UTC
cd "$here"
pass=0 fail=0
while IFS= read -r line; do
    [[ -z $line || $line == \#* ]] && continue
    eval "args=($line)"
    got=$("$nixel" "${args[@]}" 2>&1; echo "rc=$?")
    want=$(nix-instantiate "${args[@]}" 2>&1; echo "rc=$?")
    if [ "$got" = "$want" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $line"
        diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | head -10
    fi
done < "$here/cases"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
