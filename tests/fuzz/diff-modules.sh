#!/usr/bin/env bash
# Differential module fuzzer: random module evaluations (gen_modules.py) run by nixel with its own
# lib (modules/lib) and by nix-instantiate with nixpkgs' lib of 2020 ($NIXPKGS_2020:
# ../shared/nixpkgs-lib/2020-04 beside the repository, see tests/lib/env.sh). The JSON values must be equal, or both must
# fail with the same essential error (as tests/modules compares: the message, without positions
# inside the libs). Prints each difference, then "N passed, M failed".
#   tests/fuzz/diff-modules.sh [NIXEL] [FIRST-SEED] [COUNT]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate python3 timeout nixpkgs-2020
nixel=$(realpath "${1:-$here/../../build/nixel}")
first=${2:-1} count=${3:-500}
ref=$NIXPKGS_2020/lib

work=$(mktemp -d)
trap 'rm -rf "$work"; nixel_env_cleanup' EXIT
CASES=$work
# shellcheck source=../modules/common.sh
. "$here/../modules/common.sh"
ours=$(make_nixpkgs_dir "$(cd "$here/../../modules/lib" && pwd)")
theirs=$(make_nixpkgs_dir "$(cd "$ref" && pwd)")

# What a run must agree on: the value, or the essential error with the exit status.
outcome() {  # evaluator nixpkgs-dir
    if eval_case "$1" "$work/p.nix" "$2" "$work/r"; then
        cat "$work/r.out"
    else
        echo "failed:"
        essential_error <"$work/r.err"
    fi
}

pass=0 fail=0
for seed in $(seq "$first" $((first + count - 1))); do
    python3 "$here/gen_modules.py" "$seed" >"$work/p.nix"
    got=$(outcome "timeout 20 $nixel" "$ours")
    want=$(outcome "timeout 20 nix-instantiate" "$theirs")
    if [ "$got" = "$want" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "=== seed $seed"
        cat "$work/p.nix"
        diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | head -12
    fi
done
rm -rf "$ours" "$theirs"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
