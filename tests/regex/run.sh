#!/usr/bin/env bash
# builtins.match and builtins.split on patterns where Nix 2.8's backtracking is exponential:
# nixel's executor memoizes its search (builtins/regex.c). Checks
#  - results byte-identical to nix-instantiate's on 600 random patterns dense in nested
#    repetitions (tests/regex/gen.py), with the memo on from the first step
#    (NIXEL_REGEX_MEMO_FROM=0) and as it runs by default;
#  - ".*++0" and "(a*)*b" against Nix on subjects short enough for Nix to finish;
#  - on longer subjects (Nix: ".*++0" on 5 characters takes seconds, on 6 over a minute;
#    "(a*)*b" on 30 never ends) nixel answers, or stops with its clear error, within 1 s.
#   run.sh NIXEL
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate python3 timeout
nixel=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"; nixel_env_cleanup' EXIT

passed=0 failed=0
same() { # description, file with the expression
    local exp act
    # Nix ignores SIGTERM inside a regex search: KILL
    exp=$(timeout -s KILL 60 nix-instantiate --eval --strict "$2" 2>&1); local ec=$?
    for memo in 0 ""; do
        act=$(NIXEL_REGEX_MEMO_FROM=$memo "$nixel" --eval --strict "$2" 2>&1); local ac=$?
        if [[ $exp == "$act" && $ec == "$ac" ]]; then passed=$((passed + 1))
        else failed=$((failed + 1)); echo "FAIL $1 (memo from ${memo:-default})"
            diff <(echo "$exp") <(echo "$act") | head -n 10 | sed 's/^/  /'; fi
    done
}
for seed in 1 2; do
    python3 "$here/gen.py" "$seed" 300 > "$work/random-$seed.nix"
    same "random patterns, seed $seed" "$work/random-$seed.nix"
done
cases='[ ]'
for s in "" a aa aaa aaaa a0 aaa0 aaaa0 b0; do
    cases="$cases ++ [ (builtins.match \".*++0\" \"$s\") (builtins.split \".*++0\" \"$s\") ]"
done
for s in "" a aaaa aaaaaaa aab ab b; do
    cases="$cases ++ [ (builtins.match \"(a*)*b\" \"$s\") (builtins.split \"(a*)*b\" \"$s\") (builtins.match \"(a|aa)*c\" \"$s\") ]"
done
echo "$cases" > "$work/pathological.nix"
same "pathological patterns on short subjects" "$work/pathological.nix"

# longer subjects: an answer or the clear error ("needs too many steps"), which a step count
# decides, not the clock; the timeout only keeps a regression from hanging the suite. How fast
# they finish is a benchmark's question, not this test's.
long() { # pattern, subject length, expected output or "error"
    local s out status=0
    s=$(printf 'a%.0s' $(seq "$2"))
    out=$(timeout -s KILL 60 "$nixel" --eval --strict -E "[(builtins.match \"$1\" \"$s\") (builtins.length (builtins.split \"$1\" \"$s\"))]" 2>&1) || status=$?
    if [[ $3 == error && $status == 1 && $out == *"needs too many steps"* ]]; then passed=$((passed + 1))
    elif [[ $3 != error && $status == 0 && $out == "$3" ]]; then passed=$((passed + 1))
    else failed=$((failed + 1)); echo "FAIL '$1' on $2 characters: status $status, expected $3"; echo "$out" | head -n 3 | sed 's/^/  /'; fi
}
long '.*++0' 6 '[ null 1 ]'
long '.*++0' 30 '[ null 1 ]'
long '(a*)*b' 30 '[ null 1 ]'
long '(a*)*b' 200 '[ null 1 ]'
long '((a|aa)*)*((a|aa)*)*b' 100 '[ null 1 ]'
long '(a*)*b' 5000 error
long '(.*)*(.*)*(.*)*(.*)*b' 1000 error
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
