#!/usr/bin/env bash
# Runs each workload with nixel and with nix-instantiate, the two alternately (nixel, nix,
# nixel, nix, ...: a busy moment of the machine hits both alike), and prints the medians of
# the runs: wall time, CPU time (user + system), peak memory (max RSS), then the number of
# collections of one more run each (GC_PRINT_STATS; both use Boehm's collector), the
# wall-time ratio nixel / nix, and the geometric mean of the ratios. A table to read, not a test.
#   bench/run.sh [-n RUNS] [-w WORKLOAD]... [NIXEL]
set -euo pipefail
# The reference runs with the test suites' own Nix configuration (no nixbld-group warning).
source "$(dirname "$0")/../tests/lib/env.sh"
cd "$(dirname "$0")"
runs=5 only=()
while [ $# -gt 0 ]; do
    case $1 in
    -n) runs=$2; shift 2 ;;
    -w) only+=("workloads/$2.nix"); shift 2 ;;
    *) break ;;
    esac
done
nixel=$(realpath "${1:-../build/nixel}")
ref=$(command -v nix-instantiate)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; nixel_env_cleanup' EXIT

once() { # file cmd... : appends "wall-ms cpu-ms kilobytes" of one run to file
    local out=$1 s e; shift
    s=$(date +%s%N)
    /usr/bin/time -o "$tmp/t" -f '%U %S %M' "$@" >/dev/null 2>&1 || true
    e=$(date +%s%N)
    read -r u sy m < <(tail -n 1 "$tmp/t")
    echo "$(( (e - s) / 1000000 )) $(awk "BEGIN{printf \"%d\", ($u + $sy) * 1000}") $m" >> "$out"
}

median() { # file column -> the median of that column
    sort -n -k "$2" "$1" | awk -v c="$2" '{v[NR] = $c} END {print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)}'
}

collections() { # cmd... -> how many collections one run makes (not the empty one at startup)
    GC_PRINT_STATS=1 "$@" 2>&1 >/dev/null | grep 'Marking for collection' | grep -vc 'after 0 allocated' || true
}

printf '%-18s %8s %8s %8s %8s %6s %9s %9s %5s %5s\n' workload nixel-ms nix-ms nixel-cpu nix-cpu ratio nixel-MiB nix-MiB gc-nx gc-nix
logsum=0 count=0
[ ${#only[@]} -gt 0 ] || only=(workloads/*.nix)
for w in "${only[@]}"; do
    name=$(basename "$w" .nix)
    a=$("$nixel" --eval --strict "$w" 2>&1) || { echo "$name: nixel failed: $a"; continue; }
    b=$("$ref" --eval --strict "$w" 2>&1) || { echo "$name: nix-instantiate failed: $b"; continue; }
    [ "$a" = "$b" ] || echo "$name: results differ: nixel=$a nix=$b"
    rm -f "$tmp/a" "$tmp/b"
    for _ in $(seq "$runs"); do
        once "$tmp/a" "$nixel" --eval --strict "$w"
        once "$tmp/b" "$ref" --eval --strict "$w"
    done
    ta=$(median "$tmp/a" 1) tb=$(median "$tmp/b" 1)
    ratio=$(awk "BEGIN{printf \"%.2f\", ($ta > 0 ? $ta : 1) / ($tb > 0 ? $tb : 1)}")
    printf '%-18s %8s %8s %8s %8s %6s %9.1f %9.1f %5s %5s\n' "$name" "$ta" "$tb" \
        "$(median "$tmp/a" 2)" "$(median "$tmp/b" 2)" "$ratio" \
        "$(awk "BEGIN{print $(median "$tmp/a" 3)/1024}")" "$(awk "BEGIN{print $(median "$tmp/b" 3)/1024}")" \
        "$(collections "$nixel" --eval --strict "$w")" "$(collections "$ref" --eval --strict "$w")"
    logsum=$(awk "BEGIN{print $logsum + log($ratio > 0 ? $ratio : 0.01)}")
    count=$((count + 1))
done
[ "$count" -gt 0 ] && awk "BEGIN{printf \"geometric mean of nixel/nix wall time: %.2f over %d workloads\\n\", exp($logsum / $count), $count}"
