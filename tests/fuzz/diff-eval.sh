#!/usr/bin/env bash
# Differential evaluation fuzzer: random programs (gen_eval.py) evaluated by nixel and by
# nix-instantiate (--eval: strict with and without --show-trace, lazy, --json, or --xml strict
# and lazy, by turns); stdout, stderr and exit status must be equal. Prints each difference,
# then "N passed, M failed".
#   tests/fuzz/diff-eval.sh [NIXEL] [FIRST-SEED] [COUNT] [PROFILE]   (PROFILE: calls, data or drv)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate python3 timeout
nixel=$(realpath "${1:-$here/../../build/nixel}")
first=${2:-1} count=${3:-1000} profile=${4:-calls}
pass=0 fail=0
for seed in $(seq "$first" $((first + count - 1))); do
    e=$(python3 "$here/gen_eval.py" "$seed" "$profile")
    # the output modes take turns: strict with and without traces, lazy (what is left
    # unevaluated shows), JSON
    case $((seed % 6)) in
        0) flags="--strict --show-trace" ;; 1) flags="--strict" ;; 2) flags="" ;; 3) flags="--strict --json" ;;
        4) flags="--strict --xml" ;; 5) flags="--xml" ;;
    esac
    got=$(timeout 20 "$nixel" --eval $flags -E "$e" 2>&1; echo "rc=$?")
    want=$(timeout 20 nix-instantiate --eval $flags -E "$e" 2>&1; echo "rc=$?")
    if [ "$got" = "$want" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "=== seed $seed $flags: $e"
        diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | head -12
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
