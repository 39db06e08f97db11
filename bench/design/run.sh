#!/usr/bin/env bash
# Measures the prototype of bench/design/ (build/design/proto) beside nixel (build/nixel) and
# nix-instantiate on calls, deep, foldl, fixpoint, attrs-update and strings (bench/workloads/),
# and prints the table of README.md:
#   instructions (callgrind), instructions per Nix call on calls.nix, C stack bytes per level
#   of deep.nix's recursion, medians of CPU and wall time of alternating runs (prototype,
#   nixel, nix, prototype, ...) and of peak memory.
#   bench/design/run.sh [-n RUNS] [-q]     -q: no callgrind (it takes a few minutes)
# A table to read, not a test. Build first: make && make bench-design.
# DESIGN_LAYERED=1 in the environment measures the prototype with layered `//` (README.md).
set -euo pipefail
source "$(dirname "$0")/../../tests/lib/env.sh"
cd "$(dirname "$0")/../.."
runs=5 callgrind=1
while [ $# -gt 0 ]; do
    case $1 in
    -n) runs=$2; shift 2 ;;
    -q) callgrind=0; shift ;;
    *) echo "usage: bench/design/run.sh [-n RUNS] [-q]" >&2; exit 2 ;;
    esac
done
proto=$PWD/build/design/proto nixel=$PWD/build/nixel ref=$(command -v nix-instantiate)
[ -x "$proto" ] && [ -x "$nixel" ] || { echo "build first: make && make bench-design" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; nixel_env_cleanup' EXIT
workloads=(calls deep foldl fixpoint attrs-update strings)
progs=(proto nixel nix)

cmd_of() { # name : sets cmd to the command line of the program called NAME
    case $1 in
    proto) cmd=("$proto") ;;
    nixel) cmd=("$nixel" --eval --strict) ;;
    nix) cmd=("$ref" --eval --strict) ;;
    esac
}
run_prog() { # name args... : that program on the rest of the command line
    local cmd; cmd_of "$1"; shift
    "${cmd[@]}" "$@"
}

once() { # out prog file : appends "wall-ms cpu-ms kilobytes" of one run
    local out=$1 s e u sy m cmd; cmd_of "$2"
    s=$(date +%s%N)
    /usr/bin/time -o "$tmp/t" -f '%U %S %M' "${cmd[@]}" "$3" >/dev/null 2>&1 || true
    e=$(date +%s%N)
    read -r u sy m < <(tail -n 1 "$tmp/t")
    echo "$(( (e - s) / 1000000 )) $(awk "BEGIN{printf \"%d\", ($u + $sy) * 1000}") $m" >> "$out"
}

median() { # file column
    sort -n -k "$2" "$1" | awk -v c="$2" '{v[NR] = $c} END {print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)}'
}

instructions() { # prog file-or--E-expr... : callgrind's instruction count
    local out=$tmp/cg.out cmd; cmd_of "$1"; shift
    ( ulimit -s unlimited
      valgrind --tool=callgrind --callgrind-out-file="$out" --main-stacksize=1000000000 \
          --max-stackframe=1000000000 "${cmd[@]}" "$@" ) > /dev/null 2> "$tmp/cg.err" ||
        { echo "callgrind failed: $*" >&2; tail -3 "$tmp/cg.err" >&2; echo 0; return; }
    grep -m1 '^summary:' "$out" | awk '{print $2}'
}

# The depth program: deep.nix's naive length over a list of N elements.
depth_file() {
    echo "let len = l: i: if i == builtins.length l then 0 else 1 + len l (i + 1); xs = builtins.genList (i: i) $1; in len xs 0" > "$tmp/depth.nix"
}
depth_ok() { # prog stack-KiB N : does it get to the bottom within that stack (ulimit -s)?
    depth_file "$3"
    [ "$( (ulimit -s "$2"; run_prog "$1" "$tmp/depth.nix") 2>/dev/null)" = "$3" ]
}
max_depth() { # prog stack-KiB : the deepest N that runs (bisection)
    local lo=1000 hi=2000
    while depth_ok "$1" "$2" "$hi"; do lo=$hi; hi=$((hi * 2)); [ $hi -gt 4000000 ] && break; done
    while [ $((hi - lo)) -gt $((lo / 200 + 1)) ]; do
        local mid=$(((lo + hi) / 2))
        if depth_ok "$1" "$2" "$mid"; then lo=$mid; else hi=$mid; fi
    done
    echo "$lo"
}

echo "checking results..."
for w in "${workloads[@]}"; do
    for p in "${progs[@]}"; do run_prog "$p" "bench/workloads/$w.nix" > "$tmp/out.$p" 2>&1 || true; done
    if ! cmp -s "$tmp/out.proto" "$tmp/out.nix" || ! cmp -s "$tmp/out.nixel" "$tmp/out.nix"; then
        echo "$w: results differ: proto=$(head -c 80 "$tmp/out.proto") nixel=$(head -c 80 "$tmp/out.nixel") nix=$(head -c 80 "$tmp/out.nix")"
    fi
done

echo "timing ($runs alternating runs each)..."
for w in "${workloads[@]}"; do
    for _ in $(seq "$runs"); do
        for p in "${progs[@]}"; do once "$tmp/time.$w.$p" "$p" "bench/workloads/$w.nix"; done
    done
done

declare -A ir
if [ "$callgrind" = 1 ]; then
    echo "callgrind..."
    for p in "${progs[@]}"; do
        ir[$p.null]=$(instructions "$p" -E 0)
        for w in "${workloads[@]}"; do ir[$p.$w]=$(instructions "$p" "bench/workloads/$w.nix"); done
    done
fi

echo "stack depth (bisection)..."
declare -A depth stackkib
for p in "${progs[@]}"; do
    # nixel runs on a stack of its own (256 MiB, cli/main.c) whatever the limit is.
    if [ "$p" = nixel ]; then stackkib[$p]=262144; depth[$p]=$(max_depth "$p" unlimited)
    else stackkib[$p]=32768; depth[$p]=$(max_depth "$p" 32768); fi
done
depth_file 20000
probe=$("$proto" --probe "$tmp/depth.nix" 2>&1 >/dev/null | sed 's/^probe: //')

fmt_m() { awk "BEGIN{printf \"%.1f M\", $1 / 1e6}"; }
ratio() { awk "BEGIN{ if ($2 > 0) printf \"%.2f\", $1 / $2; else print \"-\" }"; }
# fib 27 makes 2 * fib(28) - 1 calls of fib.
fib_calls=635621

echo
echo "| workload | measure | prototype | nixel | nix | prototype / nix | nixel / nix |"
echo "|---|---|---|---|---|---|---|"
for w in "${workloads[@]}"; do
    if [ "$callgrind" = 1 ]; then
        echo "| $w | instructions | $(fmt_m "${ir[proto.$w]}") | $(fmt_m "${ir[nixel.$w]}") | $(fmt_m "${ir[nix.$w]}") | $(ratio "${ir[proto.$w]}" "${ir[nix.$w]}") | $(ratio "${ir[nixel.$w]}" "${ir[nix.$w]}") |"
    fi
    declare -A cpu wall rss
    for p in "${progs[@]}"; do
        wall[$p]=$(median "$tmp/time.$w.$p" 1) cpu[$p]=$(median "$tmp/time.$w.$p" 2)
        rss[$p]=$(awk "BEGIN{printf \"%.1f\", $(median "$tmp/time.$w.$p" 3) / 1024}")
    done
    echo "| $w | CPU ms (median) | ${cpu[proto]} | ${cpu[nixel]} | ${cpu[nix]} | $(ratio "${cpu[proto]}" "${cpu[nix]}") | $(ratio "${cpu[nixel]}" "${cpu[nix]}") |"
    echo "| $w | wall ms (median) | ${wall[proto]} | ${wall[nixel]} | ${wall[nix]} | $(ratio "${wall[proto]}" "${wall[nix]}") | $(ratio "${wall[nixel]}" "${wall[nix]}") |"
    echo "| $w | peak MiB (median) | ${rss[proto]} | ${rss[nixel]} | ${rss[nix]} | $(ratio "${rss[proto]}" "${rss[nix]}") | $(ratio "${rss[nixel]}" "${rss[nix]}") |"
done
if [ "$callgrind" = 1 ]; then
    per=() 
    for p in "${progs[@]}"; do per+=("$(awk "BEGIN{printf \"%.0f\", (${ir[$p.calls]} - ${ir[$p.null]}) / $fib_calls}")"); done
    echo "| calls | instructions per fib call (less \`-E 0\`'s) | ${per[0]} | ${per[1]} | ${per[2]} | $(ratio "${per[0]}" "${per[2]}") | $(ratio "${per[1]}" "${per[2]}") |"
    echo "| - | instructions of \`-E 0\` (startup) | $(fmt_m "${ir[proto.null]}") | $(fmt_m "${ir[nixel.null]}") | $(fmt_m "${ir[nix.null]}") | | |"
fi
bl=()
for p in "${progs[@]}"; do bl+=("$(awk "BEGIN{printf \"%.0f\", ${stackkib[$p]} * 1024 / ${depth[$p]}}")"); done
echo "| deep | C stack bytes per level of \`1 + len l (i + 1)\` (stack / deepest level) | ${bl[0]} | ${bl[1]} | ${bl[2]} | $(ratio "${bl[0]}" "${bl[2]}") | $(ratio "${bl[1]}" "${bl[2]}") |"
echo "| deep | deepest level (stack) | ${depth[proto]} (32 MiB) | ${depth[nixel]} (256 MiB) | ${depth[nix]} (32 MiB) | | |"
echo
echo "prototype's probe (--probe) at 20,000 levels of deep.nix's len: $probe"
echo "$probe" | awk '{printf "per level: %.0f bytes of C stack + %.0f bytes of value stack (its frames)\n", $3 / 20000, $7 / 20000}'

