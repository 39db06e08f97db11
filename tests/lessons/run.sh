#!/usr/bin/env bash
# Replays the lessons' transcripts (examples/lessons/*.transcript) in examples/lessons: each
# "$ nixel ARGS" line is run with $NIXEL (the words as the shell splits them) and its output,
# stdout then stderr as they come, plus "[exit N]" when the status is not 0, must be the
# lines below it up to the next "$ " line. The REPL transcripts (*.repl) are checked as far
# as nixel eval can: an input "NAME = EXPR" binds NAME for what follows, ":steps EXPR" must
# print what `nixel eval --steps -E EXPR` prints, and any other input what
# `nixel eval -E 'let BINDINGS in EXPR'` prints. UPDATE=1 rewrites the expected outputs of
# the *.transcript files. Ends with "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
nixel=$(realpath "${1:-$here/../../build/nixel}")
cd "$here/../../examples/lessons"
pass=0 fail=0

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

# ---- *.repl, through nixel eval ----
for r in *.repl; do
    bindings="" input="" want="" n=0 problems=""
    check_input() {
        [ -n "$input" ] || return 0
        local got
        if [[ $input =~ ^[A-Za-z_][A-Za-z0-9_\'-]*\ =\  ]]; then
            bindings+="${input}; "
            [ -z "${want%$'\n'}" ] || problems+="  $input: an assignment prints nothing"$'\n'
            return 0
        elif [[ $input == ':steps '* ]]; then
            got=$("$nixel" eval --steps -E "${input#:steps }" 2>&1)
        else
            got=$("$nixel" eval -E "let ${bindings}in $input" 2>&1)
        fi
        n=$((n + 1))
        if [ "$got" != "${want%$'\n'}" ]; then
            problems+="  nix-repl> $input"$'\n'"$(diff <(printf '%s\n' "${want%$'\n'}") <(printf '%s\n' "$got") | sed 's/^/    /')"$'\n'
        fi
    }
    while IFS= read -r line || [ -n "$line" ]; do
        if [[ $line == 'nix-repl> '* ]]; then check_input; input=${line#nix-repl> }; want=""
        elif [ -n "$input" ]; then want+="$line"$'\n'
        else problems+="  a line before the first input: $line"$'\n'
        fi
    done < "$r"
    check_input
    [ "$n" -gt 0 ] || problems+="  no inputs"
    report "$r" "${problems%$'\n'}"
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
