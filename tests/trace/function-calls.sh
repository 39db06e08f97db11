#!/usr/bin/env bash
# trace-function-calls: every eval-okay case of tests/lang evaluated with the setting by
# nixel's nix-instantiate and by nix-instantiate; stdout and stderr must be the same but for
# the clock in each "function-trace entered|exited POS at NANOSECONDS" line. Nix logs one
# pair per call of its callFunction (builtins called by operators like `-` and `<` too,
# sort's comparisons in libstdc++'s order), the exit also when the call fails. Cases that
# overflow the stack are left out (nixel's stack is deeper: more calls before the error).
# make check runs the cases whose names say calls (ALL=1: all ~630, about 2.5 min).
#   [ALL=1] function-calls.sh [NIXEL]; last line "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate
dropin=$(mktemp -d)/nix-instantiate
ln -s "$(realpath "${1:-$here/../../build/nixel}")" "$dropin"
trap 'rm -rf "$(dirname "$dropin")"; nixel_env_cleanup' EXIT
cd "$here/../lang"
pass=0 fail=0
clockless() { sed -E 's/^(function-trace (entered|exited) .* at )[0-9]+$/\1N/'; }
run() { # evaluator file
    timeout 30 "$1" --option trace-function-calls true --eval --strict "$2" 2>&1 | clockless
    echo "rc=${PIPESTATUS[0]}"
}
calls='call|sort|functor|map|fold|genList|app|lambda|formals|findFile|partition|filter|concatMap|any|all|zip|genericClosure|tryEval|trace'
for f in eval-okay-*.nix eval-fail-*.nix; do
    [ -e "${f%.nix}.flags" ] && continue   # the flags' cases are covered without the setting
    [[ -n ${ALL:-} || $f =~ $calls ]] || continue
    want=$(run nix-instantiate "$f")
    grep -q "stack overflow" <<< "$want" && continue
    got=$(run "$dropin" "$f")
    if [ "$got" = "$want" ]; then pass=$((pass + 1)); else
        fail=$((fail + 1)); echo "FAIL: $f"; diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | head -6
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
