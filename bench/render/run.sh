#!/usr/bin/env bash
# The render workloads: `nixel render` side by side with nix-instantiate evaluating the same
# plan (modules/nixos/render.nix through nixel's own lib, --eval --strict --json), wall time and
# peak memory, best of N runs. A table to read, not a test.
#   bench/render/run.sh [-n RUNS] [NIXEL]
set -euo pipefail
# The reference runs with the test suites' own Nix configuration (no nixbld-group warning).
source "$(dirname "$0")/../../tests/lib/env.sh"
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
runs=3
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
nixel=$(realpath "${1:-$repo/build/nixel}")
seeds=$(cd "$repo/../shared/seed" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; nixel_env_cleanup' EXIT
# nix-instantiate needs the seed module inside the NixOS tree (its relative imports)
cp -r "$repo/modules/nixos" "$tmp/nixos"
mkdir -p "$tmp/np" && ln -s "$repo/modules/lib" "$tmp/np/lib"

best() { # cmd... -> "seconds kilobytes"
    local bt=999999 bm=0
    for _ in $(seq "$runs"); do
        rm -rf "$tmp/out"
        /usr/bin/time -o "$tmp/t" -f '%e %M' "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }
        read -r t m < "$tmp/t"
        if awk "BEGIN{exit !($t < $bt)}"; then bt=$t; bm=$m; fi
    done
    echo "$bt $bm"
}

printf '%-20s %10s %10s %8s %11s %11s\n' workload nixel-s nix-s speedup nixel-MiB nix-MiB
for w in old-200-containers:containers-old.nix new-500-users:containers-new.nix; do
    name=${w%%:*} seed=${w#*:}
    cp "$seeds/$seed" "$tmp/nixos/modules/virtualisation/$seed"
    read -r tn mn < <(best "$nixel" render --module "$seeds/$seed" "$here/$name.nix" -o "$tmp/out")
    read -r tr mr < <(best nix-instantiate -I "nixpkgs=$tmp/np" --eval --strict --json \
        --arg modules "[ $tmp/nixos/modules/virtualisation/$seed ]" --arg config "$here/$name.nix" \
        "$tmp/nixos/render.nix")
    printf '%-20s %10s %10s %7sx %11.1f %11.1f\n' "$name" "$tn" "$tr" \
        "$(awk "BEGIN{printf \"%.2f\", ($tr > 0 ? $tr : 0.005) / ($tn > 0 ? $tn : 0.005)}")" \
        "$(awk "BEGIN{print $mn/1024}")" "$(awk "BEGIN{print $mr/1024}")"
done
