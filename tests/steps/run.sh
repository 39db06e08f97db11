#!/usr/bin/env bash
# `nixel eval --steps` against goldens: each cases/NAME.nix is traced (with the flags of its
# "# args:" line, default --steps) in cases/, and the output (stdout and stderr, the cases'
# directory written as CASES) is compared with cases/NAME.exp line by line. Besides:
#   "# never-forced: NAME ..."  no step forces NAME, and the summary lists it as never needed;
#   "# status: N"               the exit status (default 0);
#   without an error, the value printed last is what plain `nixel eval` prints: watching
#   changes nothing. UPDATE=1 rewrites the goldens. Ends with "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
nixel=$(realpath "${1:-$here/../../build/nixel}")
cd "$here/cases"
pass=0 fail=0
for f in *.nix; do
    name=${f%.nix}
    args=$(sed -n 's/^# args: //p' "$f"); args=${args:---steps}
    want_status=$(sed -n 's/^# status: //p' "$f"); want_status=${want_status:-0}
    out=$("$nixel" eval $args "$f" 2>&1); status=$?
    out=${out//$here\/cases/CASES}
    problems=""
    [ "$status" = "$want_status" ] || problems+="  exit status $status, expected $want_status"$'\n'
    if [ "${UPDATE:-}" = 1 ]; then printf '%s\n' "$out" > "$name.exp"; fi
    if ! d=$(diff <(printf '%s\n' "$out") "$name.exp"); then problems+="  differs from $name.exp:"$'\n'"$d"$'\n'; fi
    for n in $(sed -n 's/^# never-forced: //p' "$f"); do
        if printf '%s\n' "$out" | grep -qE "^ *[0-9]+ +force $n = "; then problems+="  '$n' was forced"$'\n'; fi
        if ! printf '%s\n' "$out" | tail -n 3 | grep -qE "never needed: (.*, )?$n(,|\$)"; then
            problems+="  the summary does not list '$n' as never needed"$'\n'
        fi
    done
    if [ "$want_status" = 0 ]; then
        plain=$("$nixel" eval "$f" 2>&1)
        [ "$(printf '%s\n' "$out" | tail -n 1)" = "$plain" ] || problems+="  the value differs from plain nixel eval ($plain)"$'\n'
    fi
    if [ -z "$problems" ]; then pass=$((pass + 1)); else echo "FAIL $name"; printf '%s' "$problems"; fail=$((fail + 1)); fi
done
# The seed module: the render plan of containers-new.nix traced (first 20 steps), the value
# as plain nixel eval gives it and a summary that counts the whole evaluation.
seed=$here/../profile/seed.nix problems=""
out=$(cd "$here/../.." && "$nixel" eval --steps=20 -f "$seed" 2>&1); status=$?
plain=$("$nixel" eval -f "$seed" 2>&1)
[ "$status" = 0 ] || problems+="  exit status $status"$'\n'
[ "$(printf '%s\n' "$out" | grep -cE '^ +[0-9]+  ')" = 20 ] || problems+="  not 20 numbered steps"$'\n'
printf '%s\n' "$out" | grep -qE '^-- [0-9]+ more steps not shown' || problems+="  no line for the steps cut"$'\n'
printf '%s\n' "$out" | grep -qE '^-- [0-9]+ steps; thunks: [0-9]+ made, [0-9]+ forced, [0-9]+ never needed' || problems+="  no summary"$'\n'
[ "$(printf '%s\n' "$out" | tail -n 1)" = "$plain" ] || problems+="  the value differs from plain nixel eval ($plain)"$'\n'
if [ -z "$problems" ]; then pass=$((pass + 1)); else echo "FAIL seed module"; printf '%s' "$problems"; fail=$((fail + 1)); fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
