#!/usr/bin/env bash
# Builtins newer than Nix 2.8 (readFileType, warn, break, convertHash, addDrvOutputDependencies,
# parseFlakeRef, flakeRefToString). Nix 2.8 lacks them, so the reference for what they do is
# today's Nix: each case's expected output (NAME.exp: stdout, NAME.err.exp: stderr, empty when
# absent; exit status 0 with a .exp, else 1) is the one today's Nix documents or gives in its
# language tests (tests/functional/lang of github:NixOS/nix; each case names the test), or
# that its sources give (the flake-ref-* cases: each names the lines that decide it). They
# are checked under NIXEL_COMPAT=current (with NAME.flags, if any).
# Without NIXEL_COMPAT, the drop-in is Nix 2.8: each case must then give nix-instantiate's
# stdout, stderr and exit status exactly ("attribute 'readFileType' missing" and so on; the
# flags are left out there, as Nix 2.8 has no such setting).
# Usage: run.sh [EVAL]; last line "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate
eval_cmd=$(realpath "${1:-$here/../../build/nixel}")
cd "$here/cases"
pass=0 fail=0
tmp=$NIXEL_TEST_ENV/newer
mkdir -p "$tmp"

for f in *.nix; do
    name=${f%.nix}
    flags=()
    [ -f "$name.flags" ] && read -ra flags <"$name.flags"
    NIXEL_COMPAT=current "$eval_cmd" --eval --strict "${flags[@]}" "$f" >"$tmp/out" 2>"$tmp/err"; rc=$?
    want_rc=1; [ -f "$name.exp" ] && want_rc=0
    if [ $rc -eq $want_rc ] && cmp -s "$tmp/out" <(cat "$name.exp" 2>/dev/null) &&
       cmp -s "$tmp/err" <(cat "$name.err.exp" 2>/dev/null); then
        pass=$((pass + 1))
    else
        fail=$((fail + 1)); echo "FAIL $name (NIXEL_COMPAT=current): exit $rc, want $want_rc"
        diff <(cat "$name.exp" 2>/dev/null) "$tmp/out" | head -5
        diff <(cat "$name.err.exp" 2>/dev/null) "$tmp/err" | head -5
    fi
    nix-instantiate --eval --strict "$f" >"$tmp/ref.out" 2>"$tmp/ref.err"; echo "rc=$?" >>"$tmp/ref.out"
    "$eval_cmd" --eval --strict "$f" >"$tmp/out" 2>"$tmp/err"; echo "rc=$?" >>"$tmp/out"
    if cmp -s "$tmp/ref.out" "$tmp/out" && cmp -s "$tmp/ref.err" "$tmp/err"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1)); echo "FAIL $name (the drop-in, as Nix 2.8)"
        diff "$tmp/ref.out" "$tmp/out" | head -5
        diff "$tmp/ref.err" "$tmp/err" | head -5
    fi
done
rm -rf "$tmp"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
