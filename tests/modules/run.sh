#!/usr/bin/env bash
# Evaluate every module-system case against nixel's lib (modules/lib) and
# compare with the expected outputs produced from nixpkgs' lib by accept.sh.
# Usage: run.sh [EVAL]   EVAL defaults to nix-instantiate; nixel takes the
# same arguments. For failing cases only the essential message is compared.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
CASES=$here/cases
source "$here/../lib/env.sh"
source "$here/common.sh"

evaluator=${1:-nix-instantiate}
nixel_require "${evaluator%% *}"
np=$(make_nixpkgs_dir "$(cd "$here/../../modules/lib" && pwd)")
work=$(mktemp -d)
trap 'rm -rf "$np" "$work"; nixel_env_cleanup' EXIT

passed=0 failed=0
fail() {
  echo "FAIL $1: $2"
  failed=$((failed + 1))
}

for f in "$CASES"/*.nix; do
  name=$(basename "$f" .nix)
  base=${f%.nix}
  if [[ -f $base.err.exp ]]; then
    if eval_case "$evaluator" "$f" "$np" "$work/c"; then
      fail "$name" "evaluated, but should fail with: $(head -n 1 "$base.err.exp")"
    elif ! essential_error <"$work/c.err" | diff -u "$base.err.exp" - >"$work/diff"; then
      fail "$name" "wrong error"; cat "$work/diff"
    else
      passed=$((passed + 1))
    fi
  elif [[ -f $base.exp ]]; then
    if ! eval_case "$evaluator" "$f" "$np" "$work/c"; then
      fail "$name" "evaluation failed: $(essential_error <"$work/c.err" | head -n 3)"
    elif ! diff -u "$base.exp" "$work/c.out" >"$work/diff"; then
      fail "$name" "wrong value"; cat "$work/diff"
    elif [[ -f $base.trace.exp ]] && ! diff -u "$base.trace.exp" "$work/c.err" >"$work/diff"; then
      fail "$name" "wrong trace output"; cat "$work/diff"
    elif [[ ! -f $base.trace.exp && -s $work/c.rawerr ]]; then
      fail "$name" "unexpected output on stderr: $(head -n 1 "$work/c.err")"
    else
      passed=$((passed + 1))
    fi
  else
    fail "$name" "no expected output (run accept.sh)"
  fi
done

echo "$passed passed, $failed failed"
((failed == 0))
