#!/usr/bin/env bash
# Evaluates the seed modules through seed-eval.nix with nixel's lib and
# compares each summary (and its warnings) with the one nixpkgs' 2020 lib
# gives, stored in seed/expected/. Usage:
#   seed-eval.sh [EVAL]      compare (EVAL defaults to nix-instantiate)
#   seed-eval.sh --accept    regenerate seed/expected/ with nix-instantiate and nixpkgs' 2020 lib
#                            ($NIXPKGS_2020: ../shared/nixpkgs-lib/2020-04 beside the repo)
# SEED_DIR overrides where the seed modules are (default ../shared/seed beside the repo).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
CASES=$here
source "$here/../lib/env.sh"
source "$here/common.sh"

[[ -n ${SEED_DIR:-} ]] || nixel_require seed
seed_dir=${SEED_DIR:-$(cd "$here/../../../shared/seed" && pwd)}
expected=$here/seed/expected
summaries=(old oldDisabled new newWithPolicy newDisabled both)

accept=0 evaluator=nix-instantiate
if [[ ${1:-} == --accept ]]; then accept=1; elif (($#)); then evaluator=$1; fi

if ((accept)); then
  nixel_require nix-instantiate nixpkgs-2020
  lib=$NIXPKGS_2020/lib
  extra=(--arg stubTeams true)
else
  nixel_require "${evaluator%% *}"
  lib=$(cd "$here/../../modules/lib" && pwd)
  extra=()
fi
np=$(make_nixpkgs_dir "$lib")
work=$(mktemp -d)
trap 'rm -rf "$np" "$work"; nixel_env_cleanup' EXIT
mkdir -p "$expected"

run() {
  NIX_PATH='' $evaluator --eval --strict --json -I "nixpkgs=$np" \
    --arg seedDir "$seed_dir" "${extra[@]}" -A "$1" "$here/seed-eval.nix" \
    >"$work/raw.out" 2>"$work/raw.err"
}

passed=0 failed=0
for s in "${summaries[@]}"; do
  status=0
  run "$s" || status=$?
  normalize "$np" <"$work/raw.out" >"$work/out"
  normalize "$np" <"$work/raw.err" | sed "s#$seed_dir#<seed>#g" >"$work/err"
  if ((accept)); then
    ((status == 0)) || { echo "seed-eval.sh: $s fails with the reference lib:"; cat "$work/err"; exit 1; }
    cp "$work/out" "$expected/$s.exp"
    if [[ -s $work/raw.err ]]; then cp "$work/err" "$expected/$s.trace.exp"; else rm -f "$expected/$s.trace.exp"; fi
    echo "accepted $s"
    continue
  fi
  if ((status != 0)); then
    echo "FAIL $s: $(essential_error <"$work/err" | head -n 3)"; failed=$((failed + 1))
  elif ! diff -u "$expected/$s.exp" "$work/out" >"$work/diff"; then
    echo "FAIL $s: different summary"; cat "$work/diff"; failed=$((failed + 1))
  elif [[ -f $expected/$s.trace.exp ]] && ! diff -u "$expected/$s.trace.exp" "$work/err" >"$work/diff"; then
    echo "FAIL $s: different warnings"; cat "$work/diff"; failed=$((failed + 1))
  elif [[ ! -f $expected/$s.trace.exp && -s $work/raw.err ]]; then
    echo "FAIL $s: unexpected stderr: $(head -n 1 "$work/err")"; failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
done
((accept)) || { echo "$passed passed, $failed failed"; ((failed == 0)); }
