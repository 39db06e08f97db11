#!/usr/bin/env bash
# Runs every test suite of the project against $NIXEL (default build/nixel) and sums their
# results. Each suite prints "N passed, M failed" as its last line; this prints the total the
# same way and exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
NIXEL=${NIXEL:-build/nixel}
total_pass=0 total_fail=0 status=0

run_suite() { # name, command...
    local name=$1; shift
    echo "=== $name"
    local out rc
    out=$("$@" 2>&1); rc=$?
    printf '%s\n' "$out" | tail -n 25
    local last
    last=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
    if [ -z "$last" ]; then
        echo "suite $name printed no result line (exit $rc)"
        total_fail=$((total_fail + 1)); status=1; return
    fi
    local p f
    p=${last%% passed*}; f=${last#*passed, }; f=${f%% failed*}
    total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
    if [ "$rc" -ne 0 ] || [ "$f" -ne 0 ]; then status=1; fi
}

run_suite "language cases: parse" bash tests/run-lang.sh --only '^parse-' "$NIXEL"
run_suite "differential --parse (seed modules, repo files)" bash tests/diff-parse.sh "$NIXEL"

echo "$total_pass passed, $total_fail failed"
exit $status
