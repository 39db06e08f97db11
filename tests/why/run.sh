#!/usr/bin/env bash
# Goldens of `nixel why` and `nixel options`. Each case is cases/NAME.cmd, one line: the
# arguments after `nixel`, paths relative to the repository root (../shared/... for the seed
# modules and goldens). cases/NAME.exp holds what the command prints: stdout, then a line
# `--- stderr` and stderr when there is any, then `--- exit N`; machine paths are written
# <repo> (this repository) and <shared> (../shared). The goldens are checked by hand:
# ACCEPT=1 bash tests/why/run.sh writes them from the current nixel, to be read line by
# line before they are committed. check-json.py then checks the --json output field by field.
#   run.sh [NIXEL]     Last line: `N passed, M failed`.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../lib/env.sh"
nixel_require python3 seed golden nixpkgs-2020
repo=$(cd "$here/../.." && pwd)
shared=$(cd "$repo/../shared" && pwd)
nixel=$(realpath "${1:-$repo/build/nixel}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; nixel_env_cleanup' EXIT
passed=0 failed=0

run_case() { # cmd-file -> normalized output on stdout
    local args rc
    read -r args <"$1"
    (cd "$repo" && eval "\"$nixel\" $args" >"$tmp/out" 2>"$tmp/err"); rc=$?
    { cat "$tmp/out"; if [ -s "$tmp/err" ]; then echo "--- stderr"; cat "$tmp/err"; fi; echo "--- exit $rc"; } |
        sed -e "s|$shared|<shared>|g" -e "s|$repo|<repo>|g"
}

for cmd in "$here"/cases/*.cmd; do
    name=$(basename "$cmd" .cmd)
    exp=${cmd%.cmd}.exp
    run_case "$cmd" >"$tmp/got"
    if [ "${ACCEPT:-}" = 1 ]; then cp "$tmp/got" "$exp"; fi
    if [ ! -f "$exp" ]; then echo "FAIL $name: no expected output (ACCEPT=1)"; failed=$((failed + 1))
    elif diff -u "$exp" "$tmp/got" >"$tmp/diff"; then passed=$((passed + 1))
    else echo "FAIL $name"; head -n 40 "$tmp/diff"; failed=$((failed + 1)); fi
done

# The --json outputs, field by field
out=$(cd "$repo" && python3 "$here/check-json.py" "$nixel" 2>&1); rc=$?
printf '%s\n' "$out" | grep -v '^ok ' || true
p=$(printf '%s\n' "$out" | grep -c '^ok '); f=$(printf '%s\n' "$out" | grep -c '^FAIL ')
passed=$((passed + p)); failed=$((failed + f))
if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then echo "FAIL check-json.py exited $rc"; failed=$((failed + 1)); fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
