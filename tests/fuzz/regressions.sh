#!/usr/bin/env bash
# The fuzzers' findings and seeds, replayed in make check. Each harness (tests/fuzz/fuzz_*.c,
# built without libFuzzer as build/replay/NAME by `make replay`) runs on
#  - every file of tests/fuzz/regressions/NAME/: the inputs that once crashed, hung or failed
#    a harness's check (one file per finding; its first lines, or a README beside it, say
#    what it was);
#  - the seeds seeds.py makes from the test cases, so that the harnesses' own checks (the
#    toJSON fixed point, floats read back, ...) hold on them too.
# A file passes when the harness returns within 60 s. The Nix programs among the findings
# (regressions/fuzz_eval/*.nix) are also evaluated by nixel and nix-instantiate, which must
# agree (stdout, stderr, exit status), unless NAME.exp holds the hand-checked output, for
# where Nix 2.8 itself crashes.
#   regressions.sh NIXEL
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate python3 timeout
nixel=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"; nixel_env_cleanup' EXIT
cd "$root"
make -s replay >"$work/make.log" 2>&1 || { cat "$work/make.log"; echo "0 passed, 1 failed"; exit 1; }

passed=0 failed=0
replay() { # harness, what, files...
    local h=$1 what=$2; shift 2
    [ $# -gt 0 ] || return 0
    if timeout 60 "build/replay/$h" "$@" >"$work/out" 2>&1; then passed=$((passed + 1))
    else failed=$((failed + 1)); echo "FAIL $h on $what"; tail -n 5 "$work/out" | sed 's/^/  /'; fi
}

for d in "$here"/regressions/*/; do
    [ -d "$d" ] || continue
    h=$(basename "$d")
    for f in "$d"*; do
        case $f in *.exp|*/README*) continue ;; esac
        replay "$h" "regressions/$h/$(basename "$f")" "$f"
    done
done

for h in fuzz_parse fuzz_eval fuzz_json fuzz_toml fuzz_regex fuzz_strings fuzz_json2toml; do
    python3 "$here/seeds.py" "$h" "$work/seeds-$h" >/dev/null
    replay "$h" "its $(ls "$work/seeds-$h" | wc -l) seeds" "$work/seeds-$h"/*
done

for f in "$here"/regressions/fuzz_eval/*.nix; do
    [ -e "$f" ] || continue
    # the .exp files name their program without its directory
    act=$(cd "$work" && timeout 60 "$nixel" --eval --strict "$f" 2>&1; echo "exit $?")
    if [ -e "${f%.nix}.exp" ]; then exp=$(cat "${f%.nix}.exp"); act=${act//"$(dirname "$f")/"/}
    else exp=$(cd "$work" && timeout -s KILL 60 nix-instantiate --eval --strict "$f" 2>&1; echo "exit $?"); fi
    if [ "$exp" == "$act" ]; then passed=$((passed + 1))
    else failed=$((failed + 1)); echo "FAIL nixel and nix-instantiate on regressions/fuzz_eval/$(basename "$f")"
        diff <(echo "$exp") <(echo "$act") | head -n 10 | sed 's/^/  /'; fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
