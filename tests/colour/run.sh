#!/usr/bin/env bash
# Colours on a terminal, as Nix 2.8 shows them (its shouldANSI(): stderr a terminal, TERM set
# and not "dumb", NO_COLOR unset), and never otherwise:
#   - the drop-in under a pseudo-terminal is byte-identical to nix-instantiate (stdout, stderr,
#     status) on every tests/lang eval-fail case (also with --show-trace), parse-fail and
#     eval-okay case, every line of tests/cli/cases and of ./cases (pty-compare.py);
#   - on a pipe, with NO_COLOR set, with TERM=dumb or TERM unset, neither the drop-in nor
#     nixel's own commands (eval, render, why) write an escape sequence, and the drop-in
#     still matches nix-instantiate there; nixel's commands are coloured on a terminal.
#   run.sh [NIXEL]          (default build/nixel)
# Last line: `N passed, M failed`.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate python3
repo=$(cd "$here/../.." && pwd)
nixel=$(realpath "${1:-$repo/build/nixel}")
dropin=$(dirname "$nixel")/nix-instantiate
[[ -x $dropin ]] || dropin=$nixel   # nixel with nix-instantiate's arguments is the drop-in too

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; nixel_env_cleanup' EXIT
passed=0 failed=0
bad() { failed=$((failed + 1)); echo "FAIL $1"; [[ $# -lt 2 ]] || printf '%s\n' "$2" | head -20 | sed 's/^/  /'; }
# adds a pty-compare.py run's counts; shows its failures
tally() {
  local out=$1 last
  last=$(tail -1 "$out")
  grep -v '^[0-9]* passed, [0-9]* failed$' "$out" | head -40
  passed=$((passed + ${last%% passed*}))
  local f=${last#*passed, }
  failed=$((failed + ${f%% failed*}))
}

compare=(python3 "$here/pty-compare.py" "$dropin")
(cd "$repo/tests/lang" && "${compare[@]}" eval-fail-*.nix parse-fail-*.nix) > "$tmp/lang" ; tally "$tmp/lang"
(cd "$repo/tests/lang" && "${compare[@]}" --show-trace eval-fail-*.nix) > "$tmp/trace"; tally "$tmp/trace"
(cd "$repo/tests/lang" && "${compare[@]}" eval-okay-*.nix) > "$tmp/okay"; tally "$tmp/okay"
(cd "$repo/tests/cli" && "${compare[@]}" --cases cases) > "$tmp/cli"; tally "$tmp/cli"
(cd "$here" && "${compare[@]}" --cases cases) > "$tmp/cases"; tally "$tmp/cases"

# ---- no colours off a terminal, or when asked ---------------------------------------------
cd "$tmp"
echo 'let f = x: { a = 1; }.${x}; in f "b"' > err.nix
echo '{ services.openssh.enable = true; }' > sshd.nix
has_escape() { grep -q $'\x1b' "$1"; }

# What each face prints: the drop-in (with --show-trace), nixel eval, nixel render, nixel why
faces=(
  "drop-in|$dropin --eval --show-trace err.nix"
  "nixel eval|$nixel eval -f err.nix"
  "nixel render|$nixel render sshd.nix -o out"
  "nixel why|$nixel why sshd.nix services.nope"
)
for face in "${faces[@]}"; do
  name=${face%%|*} cmd=${face#*|}
  # shellcheck disable=SC2086 # word splitting wanted
  $cmd > /dev/null 2> pipe.err
  if has_escape pipe.err; then bad "$name: escapes on a pipe" "$(cat -v pipe.err)"; else passed=$((passed + 1)); fi
  for env in "NO_COLOR=1 TERM=xterm" "NO_COLOR= TERM=xterm" "TERM=dumb" "-u TERM"; do
    # shellcheck disable=SC2086
    env -u NO_COLOR $env python3 "$here/pty_run.py" $cmd > tty.err
    if has_escape tty.err; then bad "$name: escapes on a terminal with $env" "$(cat -v tty.err)"; else passed=$((passed + 1)); fi
  done
  # shellcheck disable=SC2086
  env -u NO_COLOR TERM=xterm python3 "$here/pty_run.py" $cmd > tty.err
  if grep -qF $'\x1b[31;1merror:\x1b[0m ' tty.err; then passed=$((passed + 1)); else bad "$name: no red error: on a terminal" "$(cat -v tty.err)"; fi
  # the words are the same, coloured or not
  sed 's/\x1b\[[0-9;]*m//g' tty.err > tty.plain
  if cmp -s tty.plain pipe.err; then passed=$((passed + 1)); else bad "$name: a terminal's text differs from a pipe's" "$(diff pipe.err tty.plain)"; fi
  rm -rf out
done

# Nix 2.8 honours NO_COLOR and TERM=dumb too: the drop-in matches it there byte for byte
for env in "NO_COLOR=1 TERM=xterm" "TERM=dumb"; do
  # shellcheck disable=SC2086
  env -u NO_COLOR $env python3 "$here/pty_run.py" nix-instantiate --eval --show-trace err.nix > want.err
  # shellcheck disable=SC2086
  env -u NO_COLOR $env python3 "$here/pty_run.py" "$dropin" --eval --show-trace err.nix > got.err
  if cmp -s want.err got.err; then passed=$((passed + 1)); else bad "drop-in with $env differs from nix-instantiate" "$(diff want.err got.err)"; fi
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
