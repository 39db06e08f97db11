#!/usr/bin/env bash
# nix-instantiate's command line: each argument list in `cases` (one per line) is given to nixel
# and to nix-instantiate (the reference); stdout, stderr and exit status must be equal. Mostly
# usage errors, whose wording differs between the flags nix-instantiate reads itself and the
# generic ones. Then standard output on a full disk (/dev/full): the drop-in's arguments as
# nix-instantiate's (which ignores the failed write), nixel's own commands saying why. Usage: run.sh [NIXEL]; last line "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate
nixel=$(realpath "${1:-$here/../../build/nixel}")
export HOME=/home/nixel-test NIX_PATH='' LC_ALL=C TZ=UTC
cd "$here"
pass=0 fail=0
while IFS= read -r line; do
    [[ -z $line || $line == \#* ]] && continue
    eval "args=($line)"
    got=$("$nixel" "${args[@]}" 2>&1; echo "rc=$?")
    want=$(nix-instantiate "${args[@]}" 2>&1; echo "rc=$?")
    if [ "$got" = "$want" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $line"
        diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | head -10
    fi
done < "$here/cases"

check() { # name, want, got
    if [ "$2" = "$3" ]; then pass=$((pass + 1)); else
        fail=$((fail + 1)); echo "FAIL: $1"; diff <(printf '%s\n' "$2") <(printf '%s\n' "$3") | head -10
    fi
}
[ -w /dev/full ] || { echo "FAIL: no /dev/full"; fail=$((fail + 1)); }
while IFS= read -r line; do
    [[ -z $line || $line == \#* ]] && continue
    eval "args=($line)"
    check "$line > /dev/full" "$(nix-instantiate "${args[@]}" 2>&1 >/dev/full; echo "rc=$?")" \
        "$("$nixel" "${args[@]}" 2>&1 >/dev/full; echo "rc=$?")"
done <<'EOF2'
--eval -E '"x"'
--eval --strict -E 'builtins.genList (x: x) 100000'
--eval --json -E '[ 1 ]'
--eval --xml -E '1'
--parse -E '1'
--eval -E 'builtins.trace "t" 1'
--eval -E 'throw "x"'
EOF2
full="error: writing to standard output: No space left on device"
for cmd in "eval '\"x\"'" "eval --strict 'builtins.genList (x: x) 100000'" "eval --json '[ 1 ]'" \
           "eval --raw '\"x\"'" "eval --steps -E '1 + 1'" "help" "eval --help" "doc map"; do
    eval "args=($cmd)"
    check "nixel $cmd > /dev/full" "$full"$'\n'"rc=1" "$("$nixel" "${args[@]}" 2>&1 >/dev/full; echo "rc=$?")"
done
check "nixel repl > /dev/full" "$full"$'\n'"rc=1" "$(printf ':p 1\n:q\n' | "$nixel" repl 2>&1 >/dev/full; echo "rc=$?")"
check "nixel eval 'throw \"x\"' > /dev/full" "error: x"$'\n'"rc=1" "$("$nixel" eval 'throw "x"' 2>&1 >/dev/full; echo "rc=$?")"
seed=$here/../../../shared/seed/containers-new.nix golden=$here/../../../shared/golden/cases/new-users/config.nix
for cmd in "render --json --module $seed $golden" "why --module $seed $golden virtualisation.containers.users" "options --module $seed"; do
    eval "args=($cmd)"
    check "nixel ${cmd%% *} > /dev/full" "$full"$'\n'"rc=1" "$("$nixel" "${args[@]}" 2>&1 >/dev/full; echo "rc=$?")"
done
# --max-heap SIZE (nixel's commands) and NIXEL_MAX_HEAP (every mode, the drop-in too): past
# the limit a clean error and exit 1. The evaluation keeps 3 million sets alive (1.2 GB).
grow='builtins.length (builtins.attrNames (builtins.listToAttrs (builtins.genList (x: { name = toString x; value = x; }) 3000000)))'
oom="error: out of memory: the heap limit of 104857600 bytes (--max-heap or NIXEL_MAX_HEAP) is reached"
check "nixel eval --max-heap 100M" "$oom"$'\n'"rc=1" "$("$nixel" eval --max-heap 100M "$grow" 2>&1 | sed 's/ (allocating [0-9]* bytes)$//'; echo "rc=${PIPESTATUS[0]}")"
check "nixel eval --max-heap=100M" "$oom"$'\n'"rc=1" "$("$nixel" eval "$grow" --max-heap=100M 2>&1 | sed 's/ (allocating [0-9]* bytes)$//'; echo "rc=${PIPESTATUS[0]}")"
check "NIXEL_MAX_HEAP=100M nixel --eval" "$oom"$'\n'"rc=1" "$(NIXEL_MAX_HEAP=100M "$nixel" --eval -E "$grow" 2>&1 | sed 's/ (allocating [0-9]* bytes)$//'; echo "rc=${PIPESTATUS[0]}")"
check "nixel render --max-heap 100M" "$oom"$'\n'"rc=1" "$(cd "$(mktemp -d)" && printf '{ environment.etc.x.text = %s; }' "toString ($grow)" > c.nix &&
    "$nixel" render --max-heap 100M c.nix -o out 2>&1 | sed 's/ (allocating [0-9]* bytes)$//'; echo "rc=${PIPESTATUS[0]}"; ls -A | grep -v c.nix; rm -rf "$PWD")"
check "nixel eval --max-heap 1G: within the limit" "2"$'\n'"rc=0" "$("$nixel" eval --max-heap 1G '1 + 1' 2>&1; echo "rc=$?")"
check "nixel eval --max-heap x" "error: --max-heap: 'x' is not a size (a number of bytes with an optional K, M, G or T)"$'\n'"rc=1" \
    "$("$nixel" eval --max-heap x 1 2>&1; echo "rc=$?")"
check "NIXEL_MAX_HEAP=0" "error: NIXEL_MAX_HEAP: '0' is not a size (a number of bytes with an optional K, M, G or T)"$'\n'"rc=1" \
    "$(NIXEL_MAX_HEAP=0 "$nixel" --eval -E 1 2>&1; echo "rc=$?")"
check "nixel eval 1 >&-" "error: writing to standard output: Bad file descriptor"$'\n'"rc=1" "$("$nixel" eval 1 2>&1 >&-; echo "rc=$?")"
# A string of 4 GiB (2 GiB + 2 GiB; a value's length is 32 bits): an error, never a wrapped
# length. Nix 2.8 makes the string; nixel stops (about 5 s and 4 GB).
check "4 GiB string" "error: string too long"$'\n'"rc=1" "$("$nixel" --eval -E \
    'let d = n: s: if n == 0 then s else d (n - 1) (s + s); in builtins.stringLength (d 32 "x")' 2>&1 |
    grep '^error'; echo "rc=${PIPESTATUS[0]}")"
# fromTOML nested past both evaluators' stacks: the same clean error, no crash (only the
# error lines: under ASan the unwinding over the deep stack adds a warning)
deep='builtins.fromTOML ("x=" + builtins.concatStringsSep "" (builtins.genList (_: "[") 1000000))'
check "fromTOML nested a million levels" "$(nix-instantiate --eval -E "$deep" 2>&1 | grep '^error'; echo "rc=${PIPESTATUS[0]}")" \
    "$("$nixel" --eval -E "$deep" 2>&1 | grep '^error'; echo "rc=${PIPESTATUS[0]}")"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
