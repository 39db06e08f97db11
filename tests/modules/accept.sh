#!/usr/bin/env bash
# Regenerate the expected outputs of the module-system cases from nixpkgs'
# real lib (April 2020, or 2025 for cases marked so), evaluated by the
# reference nix-instantiate. Usage: accept.sh [CASE.nix...] (default: all).
# Writes CASE.exp (+ CASE.trace.exp when something was traced) for cases
# that evaluate, CASE.err.exp for cases that fail. Read the diff before
# committing. The libs are ../shared/nixpkgs-lib/2020-04 and 2025-10 beside
# the repository ($NIXPKGS_2020, $NIXPKGS_2025 from tests/lib/env.sh).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
CASES=$here/cases
source "$here/../lib/env.sh"
source "$here/common.sh"

nixel_require nix-instantiate nixpkgs-2020 nixpkgs-2025
lib2020=$NIXPKGS_2020/lib
lib2025=$NIXPKGS_2025/lib

np2020=$(make_nixpkgs_dir "$lib2020")
np2025=$(make_nixpkgs_dir "$lib2025")
work=$(mktemp -d)
trap 'rm -rf "$np2020" "$np2025" "$work"; nixel_env_cleanup' EXIT

if (($#)); then files=("$@"); else files=("$CASES"/*.nix); fi

for f in "${files[@]}"; do
  f=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
  base=${f%.nix}
  if [[ $(case_reference "$f") == 2025 ]]; then np=$np2025; else np=$np2020; fi
  rm -f "$base.exp" "$base.err.exp" "$base.trace.exp"
  if eval_case nix-instantiate "$f" "$np" "$work/c"; then
    cp "$work/c.out" "$base.exp"
    if [[ -s $work/c.rawerr ]]; then cp "$work/c.err" "$base.trace.exp"; fi
    echo "ok    $(basename "$f")"
  else
    essential_error <"$work/c.err" >"$base.err.exp"
    echo "fails $(basename "$f"): $(head -n 1 "$base.err.exp")"
  fi
done
