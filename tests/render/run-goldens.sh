#!/usr/bin/env bash
# Runs every golden case (../shared/golden/cases, relative to the repo) and our own
# (tests/render/cases, same format) through a renderer and compares the outputs with
# `nixel compare` ($NIXEL, default build/nixel):
#   run-goldens.sh [--require WHAT]... RENDER_CMD [CASE_NAME_REGEX]
# RENDER_CMD is called as `RENDER_CMD --module SEED CONFIG -o OUT` (nixel's command line), e.g.
# `build/nixel render` or tests/render/plan-with-nix.sh. In our cases' expected-error.txt,
# @CASE_DIR@ stands for the absolute path of the case directory (error messages name files).
# --require WHAT names a further prerequisite of RENDER_CMD (see nixel_require in
# tests/lib/env.sh, e.g. nixpkgs-2020): if it is missing the suite fails saying so.
# Last line: `N passed, M failed`; exit status 1 if anything failed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../lib/env.sh"
requires=(seed golden)
while [[ ${1:-} == --require ]]; do requires+=("$2"); shift 2; done
[[ $# -ge 1 ]] || { echo "usage: $0 [--require WHAT]... RENDER_CMD [CASE_NAME_REGEX]" >&2; exit 2; }
render=$1
only=${2:-}
nixel_require "${requires[@]}"
repo=$(cd "$here/../.." && pwd)
nixel=$(realpath "${NIXEL:-$repo/build/nixel}")
seeds=$(cd "$repo/../shared/seed" && pwd)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; nixel_env_cleanup' EXIT

passed=0 failed=0
for case in "$repo"/../shared/golden/cases/*/ "$here"/cases/*/; do
  [[ -f $case/config.nix ]] || continue
  case=$(cd "$case" && pwd)
  name=$(basename "$(dirname "$case")")/$(basename "$case")
  [[ -z $only || $name =~ $only ]] || continue
  out=$tmp/out
  rm -rf "$out" "$tmp/stderr"
  status=0
  # shellcheck disable=SC2086 # RENDER_CMD may carry arguments
  $render --module "$seeds/$(tr -d '[:space:]' < "$case/module")" "$case/config.nix" -o "$out" \
    > /dev/null 2> "$tmp/stderr" || status=$?
  if [[ -f $case/expected-error.txt ]]; then
    sed "s|@CASE_DIR@|$case|g" "$case/expected-error.txt" > "$tmp/expected-error.txt"
    golden=$tmp/expected-error.txt
  else
    golden=$case/expected
  fi
  result=$("$nixel" compare --stderr "$tmp/stderr" --status "$status" "$out" "$golden" 2>&1) || true
  [[ $status -eq 0 || -f $case/expected-error.txt ]] || result+=$'\n'"stderr: $(cat "$tmp/stderr")"
  if [[ -z $result ]]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $name"
    printf '%s\n' "$result" | sed 's/^/  /'
  fi
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
