#!/usr/bin/env bash
# Differential parse check: for every file of a corpus, `EVAL --parse FILE` must print exactly what
# `nix-instantiate --parse FILE` prints and exit with the same status.
#
#   tests/diff-parse.sh [--corpus DIR]... [-v] [EVAL]
#
# The corpus is the seed modules (../shared/seed/*.nix beside the repo), every .nix file in the repo,
# and every .nix file under each --corpus DIR (e.g. ../shared/nixpkgs-lib/2020-04/lib). EVAL defaults to
# build/nixel (relative to the repo root) and may hold arguments. Both programs run from the repo
# root on the same absolute path, since --parse output embeds absolute paths of path literals.
#
# Nix 2.8 prints let bindings and lambda formals in the order of the memory addresses of their
# interned names, which cannot be reproduced exactly: it is not even a property of the file, since
# the same file prints differently from directories whose names differ in length (see
# tests/parse-order-evidence.sh). So when both programs exit 0 but their
# outputs differ, both outputs are normalized by re-parsing each with
# `NIXEL_SHOW_SORTED=1 EVAL --parse -` (which sorts let bindings and formals by name); if both
# normalizations succeed and agree, the file passes as "order-only". If normalization fails on both
# (Nix's output is not always re-parseable, e.g. `(/ + x)`), the outputs pass as "order-only
# (multiset)" when they have the same bytes with the same multiplicities. Anything else fails.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(dirname "$here")
source "$here/lib/env.sh"

corpora=()
verbose=0
eval_arg=''
while [[ $# -gt 0 ]]; do
    case $1 in
        --corpus) corpora+=("$2"); shift 2 ;;
        --corpus=*) corpora+=("${1#--corpus=}"); shift ;;
        -v|--verbose) verbose=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) echo "diff-parse.sh: unknown option $1" >&2; exit 2 ;;
        *) eval_arg=$1; shift ;;
    esac
done

nixel_require nix-instantiate seed timeout
read -ra evalcmd <<< "${eval_arg:-${EVAL:-build/nixel}}"
if [[ ${evalcmd[0]} == */* && ${evalcmd[0]} != /* ]]; then evalcmd[0]="$root/${evalcmd[0]}"; fi
if [[ ${evalcmd[0]} == */* && ! -x ${evalcmd[0]} ]]; then
    echo "diff-parse.sh: evaluator ${evalcmd[0]} not found or not executable" >&2
    echo "0 passed, 1 failed"
    exit 1
fi

export HOME=/home/nixel-test NIX_PATH='' LC_ALL=C TZ=UTC

files=()
add_dir() {  # every .nix file under $1, sorted, skipping VCS and build directories
    local f
    while IFS= read -r -d '' f; do files+=("$f"); done < <(
        find "$1" \( -name .git -o -name build \) -prune -o -type f -name '*.nix' -print0 | sort -z)
}
for f in "$(cd "$root/../shared/seed" && pwd -P)"/*.nix; do [[ -f $f ]] && files+=("$f"); done
add_dir "$root"
for dir in "${corpora[@]}"; do
    if [[ ! -d $dir ]]; then echo "diff-parse.sh: no directory $dir" >&2; exit 2; fi
    add_dir "$(cd "$dir" && pwd -P)"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; nixel_env_cleanup' EXIT
cd "$root"

same_multiset() {  # do files $1 and $2 hold the same bytes with the same multiplicities?
    [[ $(wc -c < "$1") == "$(wc -c < "$2")" ]] || return 1
    if command -v python3 > /dev/null; then
        python3 -c 'import sys; a, b = (sorted(open(p, "rb").read()) for p in sys.argv[1:]); sys.exit(a != b)' "$1" "$2"
    else
        [[ $(fold -b -w1 < "$1" | sort | tr -d '\n') == "$(fold -b -w1 < "$2" | sort | tr -d '\n')" ]]
    fi
}

pass=0 fail=0 identical=0 order_only=0 multiset=0
order_files=()
for f in "${files[@]}"; do
    erc=0 grc=0
    timeout 60 nix-instantiate --parse "$f" > "$tmp/exp" 2> "$tmp/experr" < /dev/null || erc=$?
    timeout 60 "${evalcmd[@]}" --parse "$f" > "$tmp/got" 2> "$tmp/goterr" < /dev/null || grc=$?
    if [[ $erc == "$grc" ]] && cmp -s "$tmp/exp" "$tmp/got"; then
        pass=$((pass + 1)) identical=$((identical + 1)); [[ $verbose == 1 ]] && echo "ok $f"
        continue
    fi
    if [[ $erc == 0 && $grc == 0 ]]; then
        nerc=0 ngrc=0
        NIXEL_SHOW_SORTED=1 timeout 60 "${evalcmd[@]}" --parse - < "$tmp/exp" > "$tmp/nexp" 2> /dev/null || nerc=$?
        NIXEL_SHOW_SORTED=1 timeout 60 "${evalcmd[@]}" --parse - < "$tmp/got" > "$tmp/ngot" 2> /dev/null || ngrc=$?
        if [[ $nerc == 0 && $ngrc == 0 ]] && cmp -s "$tmp/nexp" "$tmp/ngot"; then
            pass=$((pass + 1)) order_only=$((order_only + 1)); order_files+=("$f")
            [[ $verbose == 1 ]] && echo "ok (order-only) $f"
            continue
        fi
        if [[ $nerc != 0 && $ngrc != 0 ]] && same_multiset "$tmp/exp" "$tmp/got"; then
            pass=$((pass + 1)) order_only=$((order_only + 1)) multiset=$((multiset + 1))
            order_files+=("$f (multiset)")
            [[ $verbose == 1 ]] && echo "ok (order-only, multiset) $f"
            continue
        fi
    fi
    fail=$((fail + 1))
    echo "FAIL $f"
    [[ $erc == "$grc" ]] || echo "  exit status $grc, expected $erc; stderr: $(head -n 1 "$tmp/goterr")"
    if ! cmp -s "$tmp/exp" "$tmp/got"; then
        # The outputs are long single lines: show both around the first differing byte.
        off=$(cmp "$tmp/exp" "$tmp/got" 2>&1 | grep -o 'byte [0-9]*' | head -n 1 | tr -dc 0-9 || true)
        [[ -n $off ]] || off=1
        start=$((off > 60 ? off - 60 : 1))
        echo "  stdout differs at byte $off"
        echo "    expected: $(tail -c +"$start" "$tmp/exp" | head -c 160)"
        echo "    got:      $(tail -c +"$start" "$tmp/got" | head -c 160)"
    fi
done

if [[ $verbose == 1 && ${#order_files[@]} -gt 0 ]]; then
    echo "order-only files:"
    printf '  %s\n' "${order_files[@]}"
fi
echo "identical: $identical, order-only: $order_only (multiset: $multiset)"
echo "$pass passed, $fail failed"
[[ $fail == 0 ]]
