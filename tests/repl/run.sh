#!/usr/bin/env bash
# nixel repl through piped standard input: each tests/repl/cases/NAME.in is a session (with
# the command line arguments in NAME.args, if there is one), NAME.out what it shows on
# standard output and standard error (the repository as <repo>, ../shared as <shared>).
# vs-nix.in is also run through Nix 2.8's `nix repl`, whose results must be the same (after
# taking off its prompts, colours and blank lines). Then the terminal: terminal.py drives a session
# on a pseudo-terminal (completion, history, Ctrl-C). Usage: run.sh NIXEL. Ends with
# "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
source tests/lib/env.sh
nixel_require nix python3
NIXEL=$(realpath "${1:-build/nixel}")
pass=0 fail=0
shared=$(dirname "$PWD")/shared
tmp=$(mktemp -d); trap 'rm -rf "$tmp"; nixel_env_cleanup' EXIT

for in in tests/repl/cases/*.in; do
    name=${in%.in}
    args=()
    [ -f "$name.args" ] && read -ra args <"$name.args"
    XDG_STATE_HOME=$tmp/state "$NIXEL" repl "${args[@]}" <"$in" >"$tmp/out" 2>&1
    sed -i "s|$PWD|<repo>|g; s|$shared|<shared>|g" "$tmp/out"
    if [ -f "$name.out" ] && diff -u "$name.out" "$tmp/out" >"$tmp/diff"; then pass=$((pass + 1))
    else echo "FAIL $in"; head -n 30 "$tmp/diff"; fail=$((fail + 1)); fi
done

# The same session in nix repl: only what Nix shows differently is taken off.
in=tests/repl/cases/vs-nix.in
nix --extra-experimental-features nix-command repl <"$in" >"$tmp/nix" 2>&1
python3 - "$in" "$tmp/nix" >"$tmp/nix.clean" <<'PY'
import re, sys
inputs = open(sys.argv[1]).read().split('\n')
echoes = {' ' * 10 + l for l in inputs if l}   # continuation lines echoed after the prompt's width
for line in open(sys.argv[2]).read().split('\n'):
    line = re.sub(r'\x1b\[[0-9;]*m', '', line)
    if line.startswith('Welcome to Nix') or line.startswith('nix-repl> ') or line in echoes or not line.strip():
        continue
    print(line)
PY
"$NIXEL" repl <"$in" 2>&1 | grep -v '^ *$' >"$tmp/nixel.clean"
if [ -s "$tmp/nix.clean" ] && diff -u "$tmp/nix.clean" "$tmp/nixel.clean" >"$tmp/diff"; then pass=$((pass + 1))
else echo "FAIL $in differs from nix repl (- nix, + nixel)"; head -n 30 "$tmp/diff"; fail=$((fail + 1)); fi

# The terminal.
out=$(python3 tests/repl/terminal.py "$NIXEL" 2>&1)
printf '%s\n' "$out" | grep '^FAIL'
p=$(printf '%s\n' "$out" | tail -n 1)
pass=$((pass + ${p%% passed*})); f=${p#*passed, }; fail=$((fail + ${f%% failed*}))

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
