#!/usr/bin/env bash
# The drop-in's standard streams as Nix 2.8's: (1) stdout and stderr interleaved through one
# pipe (`2>&1 | cat`), byte for byte: plain and XML output flushed as Nix's std::endl flushes
# it, JSON left in the buffer, traces written at once; (2) SIGINT, SIGTERM and SIGHUP during a
# long evaluation: "error: interrupted by the user", exit status 1, as Nix (which goes on to
# the next point where it checks). Both compared live with nix-instantiate.
# Usage: run.sh [NIXEL]; last line "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate python3
nixel=$(realpath "${1:-$here/../../build/nixel}")
dropin=$(mktemp -d)/nix-instantiate
ln -s "$nixel" "$dropin"
trap 'rm -rf "$(dirname "$dropin")"; nixel_env_cleanup' EXIT
cd "$here"
pass=0 fail=0
check() { # name want got
    if [ "$2" = "$3" ]; then pass=$((pass + 1)); else
        fail=$((fail + 1)); echo "FAIL: $1"; diff <(printf '%s\n' "$2") <(printf '%s\n' "$3") | head -10
    fi
}
while IFS= read -r line; do
    [[ -z $line || $line == \#* ]] && continue
    eval "args=($line)"
    check "$line 2>&1 | cat" "$(nix-instantiate "${args[@]}" 2>&1 | od -c)" "$("$dropin" "${args[@]}" 2>&1 | od -c)"
done <<'EOF2'
--eval -A a -A b -A c traces.nix
--eval --strict -A a -A b -A c traces.nix
--eval --json --strict -A a -A b -A c traces.nix
--eval --json -A a -A b traces.nix
--eval --xml --strict -A a -A b traces.nix
--eval --xml -A a -A b -A c traces.nix
-A d -A d traces.nix
--eval --strict traces.nix traces.nix
--parse traces.nix traces.nix
--eval -A a -A nope traces.nix
--eval --strict -A b -A nope traces.nix
--eval --json --strict -A b -A nope traces.nix
--eval --xml --strict -A b -A nope traces.nix
--eval --json --strict -E 'builtins.genList (i: builtins.trace "t${toString i}" (builtins.concatStringsSep "" (builtins.genList (x: "abcdefgh") 100))) 40'
--eval --json --strict -E 'builtins.genList (i: builtins.trace "t${toString i}" (builtins.concatStringsSep "" (builtins.genList (x: "abcdefgh") 100))) 40' -A 3 -E '[ 1 2 3 4 ]'
--eval --xml --strict -E 'builtins.genList (i: builtins.trace "t${toString i}" (builtins.concatStringsSep "" (builtins.genList (x: "abcdefgh") 100))) 40'
--eval --strict -E 'builtins.genList (i: builtins.trace "t${toString i}" (builtins.concatStringsSep "" (builtins.genList (x: "abcdefgh") 100))) 40'
--eval --json --strict -E 'builtins.genList (i: if i == 30 then throw "stop" else builtins.trace "t${toString i}" (builtins.concatStringsSep "" (builtins.genList (x: "abcdefgh") 100))) 40'
EOF2
# Some seconds of evaluation for Nix, at least one for nixel; the signal comes after 0.3 s.
# (40 million additions: nixel took 0.35 s for the 10 million these cases had, and finished
# before the signal when the machine was idle.)
for sig in INT TERM HUP; do
    check "SIG$sig during evaluation" "$(python3 interrupt.py nix-instantiate $sig 0.3 40000)" \
        "$(python3 interrupt.py "$dropin" $sig 0.3 40000)"
done
check "no signal" "$(python3 interrupt.py nix-instantiate INT -1 20)" "$(python3 interrupt.py "$dropin" INT -1 20)"
# toJSON checks at every value: the loop stops at once, the trace after it never comes
check "SIGINT during toJSON" "$(python3 interrupt.py nix-instantiate INT 0.3 10000 json)" "$(python3 interrupt.py "$dropin" INT 0.3 10000 json)"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
