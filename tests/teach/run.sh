#!/usr/bin/env bash
# Errors for people (eval/teach.c): small configurations with one error each, and the whole
# stderr and exit status of nixel's own commands on them, against hand-checked goldens:
#   eval/NAME.nix     `nixel eval NAME.nix`                          -> eval/NAME.exp
#                     `nixel eval --show-trace NAME.nix`             -> eval/NAME.show-trace.exp, if there
#   render/NAME.nix   `nixel render [--module SEED] NAME.nix -o DIR` -> render/NAME.exp
#                     (NAME.module names the seed module in ../shared/seed)
# In the goldens @REPO@ stands for the repository, @SEEDS@ for ../shared/seed. Then the drop-in: the same files through
# nixel's nix-instantiate command line must print exactly what Nix 2.8's nix-instantiate
# prints (stdout, stderr, status; with and without --show-trace), compared live.
#   run.sh [NIXEL]        ACCEPT=1 run.sh rewrites the goldens (read them before committing)
# Last line: `N passed, M failed`.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
nixel=$(cd "$(dirname "${1:-$repo/build/nixel}")" && pwd)/$(basename "${1:-build/nixel}")
seeds=$(cd "$repo/../shared/seed" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL $1"; [[ -n ${2:-} ]] && printf '%s\n' "$2" | head -n 40 | sed 's/^/  /'; }

# Compares the output of a command (stderr, then "exit N") with a golden file.
check_golden() { # name, golden, actual
    sed -e "s|$repo|@REPO@|g" -e "s|$seeds|@SEEDS@|g" "$3" > "$tmp/norm"
    if [[ ${ACCEPT:-} == 1 ]]; then cp "$tmp/norm" "$2"; ok; return; fi
    if [[ -f $2 ]] && cmp -s "$2" "$tmp/norm"; then ok
    else bad "$1" "$(diff -a "$2" "$tmp/norm" 2>&1)"; fi
}

cd "$repo" || exit 1
for f in "$here"/eval/*.nix; do
    name=eval/$(basename "$f" .nix)
    "$nixel" eval "$f" > "$tmp/out" 2> "$tmp/err"; echo "exit $?" >> "$tmp/err"
    check_golden "$name" "${f%.nix}.exp" "$tmp/err"
    [[ -f ${f%.nix}.show-trace.exp ]] || continue
    "$nixel" eval --show-trace "$f" > "$tmp/out" 2> "$tmp/err"; echo "exit $?" >> "$tmp/err"
    check_golden "$name --show-trace" "${f%.nix}.show-trace.exp" "$tmp/err"
done

for f in "$here"/render/*.nix; do
    name=render/$(basename "$f" .nix)
    module=()
    [[ -f ${f%.nix}.module ]] && module=(--module "$seeds/$(tr -d '[:space:]' < "${f%.nix}.module")")
    rm -rf "$tmp/tree"
    "$nixel" render "${module[@]}" "$f" -o "$tmp/tree" > "$tmp/out" 2> "$tmp/err"; echo "exit $?" >> "$tmp/err"
    check_golden "$name" "${f%.nix}.exp" "$tmp/err"
    if [[ -e $tmp/tree ]]; then bad "$name: a failed render left $tmp/tree"; else ok; fi
done

# The drop-in: byte for byte what nix-instantiate prints. The render cases are evaluated as
# `nixel render` evaluates them (modules/nixos/render.nix), through an expression.
dropin() { # name, arguments...
    local name=$1; shift
    for trace in "" --show-trace; do
        NIX_CONF_DIR=${NIX_CONF_DIR:-/tmp/nc} nix-instantiate --eval --strict $trace -I nixpkgs="$repo/modules" "$@" \
            > "$tmp/nix.out" 2> "$tmp/nix.err"; local want=$?
        "$nixel" --eval --strict $trace -I nixpkgs="$repo/modules" "$@" > "$tmp/nixel.out" 2> "$tmp/nixel.err"; local got=$?
        if [[ $want -eq $got ]] && cmp -s "$tmp/nix.out" "$tmp/nixel.out" && cmp -s "$tmp/nix.err" "$tmp/nixel.err"; then ok
        else bad "drop-in $name ${trace:-(no trace)}" "status $want vs $got
$(diff -a "$tmp/nix.err" "$tmp/nixel.err"; diff -a "$tmp/nix.out" "$tmp/nixel.out")"; fi
    done
}
for f in "$here"/eval/*.nix; do dropin "eval/$(basename "$f" .nix)" "$f"; done
for f in "$here"/render/*.nix; do
    modules="[ ]"
    [[ -f ${f%.nix}.module ]] && modules="[ $seeds/$(tr -d '[:space:]' < "${f%.nix}.module") ]"
    dropin "render/$(basename "$f" .nix)" -E \
        "let plan = import $repo/modules/nixos/render.nix { modules = $modules; config = $f; };
         in builtins.seq plan.warnings (builtins.deepSeq [ plan.etc plan.store ] true)"
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
