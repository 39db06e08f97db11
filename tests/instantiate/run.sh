#!/usr/bin/env bash
# Instantiation mode (nix-instantiate without --eval): nixel must print the same .drv paths
# (and warning) as nix-instantiate. Expected outputs were recorded with nix-instantiate 2.8
# (which writes the .drv files to its store; nixel only computes the paths), so this runner
# never calls the reference. Usage: run.sh [EVAL]; last line "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/env.sh"
eval_cmd=$(realpath "${1:-$here/../../build/nixel}")
cd "$here"
pass=0 fail=0
check() { # name expected-file args...
    local name=$1 exp=$2; shift 2
    local out err
    out=$("$eval_cmd" "$@" 2>"$NIXEL_TEST_ENV/instantiate.err"; echo "rc=$?")
    err=$(cat "$NIXEL_TEST_ENV/instantiate.err"); rm -f "$NIXEL_TEST_ENV/instantiate.err"
    if [ "$out" = "$(cat "$exp")" ] && { [ ! -f "${exp%.exp}.err.exp" ] || [ "$err" = "$(cat "${exp%.exp}.err.exp")" ]; }; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1)); echo "FAIL $name"; diff <(cat "$exp") <(echo "$out") | head -10
    fi
}
check drvs drvs.exp drvs.nix
check list list.exp list.nix
check drvs-A drvs-f.exp drvs.nix -A f
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
