#!/usr/bin/env bash
# Runs each workload with nixel and with nix-instantiate side by side and prints wall time and
# peak memory (best of N runs), and the ratios. A table to read, not a test.
#   bench/run.sh [-n RUNS] [NIXEL]
set -euo pipefail
cd "$(dirname "$0")"
runs=3
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
nixel=$(realpath "${1:-../build/nixel}")
ref=$(command -v nix-instantiate)

measure() { # cmd... -> "seconds kilobytes" (best time, its memory)
    local best_t=999999 best_m=0
    for _ in $(seq "$runs"); do
        local tf out
        tf=$(mktemp)
        /usr/bin/time -o "$tf" -f '%e %M' "$@" >/dev/null 2>&1 || true
        out=$(tail -n 1 "$tf"); rm -f "$tf"
        local t=${out% *} m=${out#* }
        if awk "BEGIN{exit !($t < $best_t)}"; then best_t=$t; best_m=$m; fi
    done
    echo "$best_t $best_m"
}

printf '%-14s %10s %10s %8s %11s %11s %8s\n' workload nixel-s nix-s speedup nixel-MiB nix-MiB mem-ratio
logsum=0 count=0
for w in workloads/*.nix "$@"; do
    [ -f "$w" ] || continue
    name=$(basename "$w" .nix)
    a=$("$nixel" --eval --strict "$w" 2>&1) || { echo "$name: nixel failed: $a"; continue; }
    b=$("$ref" --eval --strict "$w" 2>&1) || { echo "$name: nix-instantiate failed: $b"; continue; }
    [ "$a" = "$b" ] || echo "$name: results differ: nixel=$a nix=$b"
    read -r tn mn < <(measure "$nixel" --eval --strict "$w")
    read -r tr mr < <(measure "$ref" --eval --strict "$w")
    speed=$(awk "BEGIN{printf \"%.2f\", ($tr > 0 ? $tr : 0.005) / ($tn > 0 ? $tn : 0.005)}")
    memr=$(awk "BEGIN{printf \"%.2f\", $mr / $mn}")
    printf '%-14s %10s %10s %7sx %11.1f %11.1f %7sx\n' "$name" "$tn" "$tr" "$speed" \
        "$(awk "BEGIN{print $mn/1024}")" "$(awk "BEGIN{print $mr/1024}")" "$memr"
    logsum=$(awk "BEGIN{print $logsum + log($speed)}")
    count=$((count + 1))
done
[ "$count" -gt 0 ] && awk "BEGIN{printf \"geometric mean speedup: %.2fx over %d workloads\\n\", exp($logsum / $count), $count}"
