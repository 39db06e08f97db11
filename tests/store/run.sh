#!/usr/bin/env bash
# The in-memory store: what an evaluation adds to the store (toFile, copied sources, .drv
# files) can be read back and imported within it, as in Nix 2.8 when its store is writable.
# Each case of cases/*.nix runs under nixel and under the reference nix-instantiate, which
# gets a private store of its own for each call (--store DIR: nothing touches the machine's
# /nix), and stdout, stderr and the exit status must be the same:
#   --eval --strict --read-write-mode   Nix writes its store: everything reads back
#   --eval --strict                     Nix 2.8 writes nothing: the same cases fail, as there
#   (no --eval), for inst-*.nix         instantiation writes the store without the flag
# with the flags of NAME.flags, if any (--restrict-eval).
# nixel writes nothing to disk in any of them (checked: no store path it printed exists).
# Usage: run.sh [EVAL]; last line "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate
eval_cmd=$(realpath "${1:-$here/../../build/nixel}")
cd "$here/cases"
pass=0 fail=0
tmp=$NIXEL_TEST_ENV/store-suite
mkdir -p "$tmp"

run() { # out-prefix cmd...
    local p=$1; shift
    "$@" >"$p.out" 2>"$p.err"; echo "rc=$?" >>"$p.out"
}

check() { # name args...
    local name=$1; shift
    rm -rf "$tmp/store"
    run "$tmp/ref" nix-instantiate --store "$tmp/store" "$@"
    # its messages name files by where the private store keeps them
    sed -i "s|$tmp/store/nix/store/|/nix/store/|g" "$tmp/ref.err"
    run "$tmp/nixel" "$eval_cmd" "$@"
    grep -ho '/nix/store/[0-9a-z]\{32\}-[-+._?=0-9a-zA-Z]*' "$tmp/nixel.out" "$tmp/nixel.err" >>"$tmp/paths"
    if cmp -s "$tmp/ref.out" "$tmp/nixel.out" && cmp -s "$tmp/ref.err" "$tmp/nixel.err"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1)); echo "FAIL $name: nixel $* differs from nix-instantiate"
        diff "$tmp/ref.out" "$tmp/nixel.out" | head -8
        diff "$tmp/ref.err" "$tmp/nixel.err" | head -8
    fi
}

for f in *.nix; do
    name=${f%.nix}
    flags=()
    [ -f "$name.flags" ] && read -ra flags <"$name.flags"
    if [[ $name == inst-* ]]; then
        check "$name (instantiation)" "$f"
        check "$name (--eval, read-only)" --eval --strict -A drvPath "$f"
        check "$name (--eval --read-write-mode)" --eval --strict --read-write-mode -A drvPath "$f"
    else
        check "$name (--read-write-mode)" --eval --strict --read-write-mode "${flags[@]}" "$f"
        check "$name (read-only)" --eval --strict "${flags[@]}" "$f"
    fi
done
# nixel's outputs name store paths that only these cases make: none may exist on disk
written=0
for p in $(cat "$tmp"/paths 2>/dev/null | sort -u); do
    if [ -e "$p" ]; then written=1; echo "FAIL nixel wrote $p to disk"; fi
done
if [ ! -s "$tmp/paths" ]; then written=1; echo "FAIL no store path seen in nixel's outputs"; fi
if [ $written -eq 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
rm -rf "$tmp"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
