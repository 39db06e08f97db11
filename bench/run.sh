#!/usr/bin/env bash
# Runs each workload with nixel and with nix-instantiate side by side and prints wall time and
# peak memory (best of N runs), and the ratios. A table to read, not a test.
#   bench/run.sh [-n RUNS] [NIXEL]
set -euo pipefail
# The reference runs with the test suites' own Nix configuration (no nixbld-group warning).
source "$(dirname "$0")/../tests/lib/env.sh"
cd "$(dirname "$0")"
runs=5
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
nixel=$(realpath "${1:-../build/nixel}")
ref=$(command -v nix-instantiate)

once() { # cmd... -> "milliseconds kilobytes" of one run
    local tf s e
    tf=$(mktemp)
    s=$(date +%s%N)
    /usr/bin/time -o "$tf" -f '%M' "$@" >/dev/null 2>&1 || true
    e=$(date +%s%N)
    echo "$(( (e - s) / 1000000 )) $(tail -n 1 "$tf")"
    rm -f "$tf"
}

# Runs the two commands alternately (so that a busy moment of the machine hits both alike)
# and keeps each one's best time with its memory: "ms-a kb-a ms-b kb-b".
measure_pair() { # workload
    local ba=999999 ma=0 bb=999999 mb=0 t m
    for _ in $(seq "$runs"); do
        read -r t m < <(once "$nixel" --eval --strict "$1")
        if [ "$t" -lt "$ba" ]; then ba=$t; ma=$m; fi
        read -r t m < <(once "$ref" --eval --strict "$1")
        if [ "$t" -lt "$bb" ]; then bb=$t; mb=$m; fi
    done
    echo "$ba $ma $bb $mb"
}

printf '%-14s %10s %10s %8s %11s %11s %8s\n' workload nixel-ms nix-ms speedup nixel-MiB nix-MiB mem-ratio
logsum=0 count=0
for w in workloads/*.nix "$@"; do
    [ -f "$w" ] || continue
    name=$(basename "$w" .nix)
    a=$("$nixel" --eval --strict "$w" 2>&1) || { echo "$name: nixel failed: $a"; continue; }
    b=$("$ref" --eval --strict "$w" 2>&1) || { echo "$name: nix-instantiate failed: $b"; continue; }
    [ "$a" = "$b" ] || echo "$name: results differ: nixel=$a nix=$b"
    read -r tn mn tr mr < <(measure_pair "$w")
    speed=$(awk "BEGIN{printf \"%.2f\", ($tr > 0 ? $tr : 1) / ($tn > 0 ? $tn : 1)}")
    memr=$(awk "BEGIN{printf \"%.2f\", $mr / $mn}")
    printf '%-14s %10s %10s %7sx %11.1f %11.1f %7sx\n' "$name" "$tn" "$tr" "$speed" \
        "$(awk "BEGIN{print $mn/1024}")" "$(awk "BEGIN{print $mr/1024}")" "$memr"
    logsum=$(awk "BEGIN{print $logsum + log($speed)}")
    count=$((count + 1))
done
[ "$count" -gt 0 ] && awk "BEGIN{printf \"geometric mean speedup: %.2fx over %d workloads\\n\", exp($logsum / $count), $count}"
