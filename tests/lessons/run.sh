#!/usr/bin/env bash
# Replays the lessons' transcripts (examples/lessons/*.transcript) in examples/lessons: each
# "$ nixel ARGS" line is run with $NIXEL (the words as the shell splits them) and its output,
# stdout then stderr as they come, plus "[exit N]" when the status is not 0, must be the
# lines below it up to the next "$ " line. The REPL transcripts (*.repl: "nix-repl> INPUT"
# lines, each followed by what it shows) are replayed through `nixel repl` with the inputs
# piped in, and all it prints must be the transcript's lines other than the inputs. UPDATE=1 rewrites the expected outputs of
# the *.transcript files. Ends with "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
nixel=$(realpath "${1:-$here/../../build/nixel}")
source "$here/../lib/env.sh"
cd "$here/../../examples/lessons"
pass=0 fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"; nixel_env_cleanup' EXIT

run_cmd() { # args (one shell-word string): prints the output as the transcript shows it
    local out status
    out=$(eval "\"\$nixel\" $1" 2>&1); status=$?
    printf '%s\n' "$out"
    [ "$status" -eq 0 ] || echo "[exit $status]"
}

report() { # name, problems
    if [ -z "$2" ]; then pass=$((pass + 1)); else echo "FAIL $1"; printf '%s\n' "$2"; fail=$((fail + 1)); fi
}

# ---- *.transcript ----
for t in *.transcript; do
    cmd="" want="" n=0 problems="" rewritten=""
    flush() {
        [ -n "$cmd" ] || return 0
        local got; got=$(run_cmd "$cmd")
        n=$((n + 1))
        rewritten+="\$ nixel $cmd"$'\n'"$got"$'\n'
        if [ "$got" != "${want%$'\n'}" ]; then
            problems+="  \$ nixel $cmd"$'\n'"$(diff <(printf '%s\n' "${want%$'\n'}") <(printf '%s\n' "$got") | sed 's/^/    /')"$'\n'
        fi
    }
    while IFS= read -r line || [ -n "$line" ]; do
        if [[ $line == '$ nixel '* ]]; then flush; cmd=${line#\$ nixel }; want=""
        elif [ -n "$cmd" ]; then want+="$line"$'\n'
        else problems+="  a line before the first command: $line"$'\n'
        fi
    done < "$t"
    flush
    [ "$n" -gt 0 ] || problems+="  no commands"
    if [ "${UPDATE:-}" = 1 ]; then printf '%s' "$rewritten" > "$t"; problems=""; fi
    report "$t" "${problems%$'\n'}"
done

# ---- *.repl, replayed through nixel repl (piped: no prompt, one result after each input) ----
for r in *.repl; do
    problems=""
    sed -n 's/^nix-repl> //p' "$r" > "$tmp/repl.in"
    grep -v '^nix-repl> ' "$r" > "$tmp/repl.want"
    [ -s "$tmp/repl.in" ] || problems+="  no inputs"$'\n'
    XDG_STATE_HOME=$tmp/state "$nixel" repl < "$tmp/repl.in" > "$tmp/repl.got" 2>&1
    if ! diff -u "$tmp/repl.want" "$tmp/repl.got" > "$tmp/repl.diff"; then
        problems+="$(sed 's/^/    /' "$tmp/repl.diff")"$'\n'
    fi
    report "$r" "${problems%$'\n'}"
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
