#!/usr/bin/env bash
# The render workloads: `nixel render` side by side with nix-instantiate evaluating the same
# plan (modules/nixos/render.nix with nixpkgs' real lib of 2020-04, the seed modules' era, as a
# NixOS user would evaluate it: --eval --strict --json), run alternately (nixel, nix, nixel, ...);
# medians of wall time, CPU time (user + system) and peak memory. Then `nixel why` and `nixel options` on the 200
# containers (medians). A table to read, not a test.
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
# Every render gets a directory of its own, all removed at the end: ext4 without a journal (the
# benchmark machine's) passes over the inodes deleted in the last seconds at every create, so
# removing the last output just before a render slowed that render's file creation (a cost of
# the harness, not of the render; bench/README.md, step 11).
mkdir "$tmp/out"

once() { # file cmd... : appends "seconds kilobytes cpu-seconds" of one run to file
    local f=$1; shift
    /usr/bin/time -o "$tmp/t" -f '%e %M %U %S' "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }
    tail -n 1 "$tmp/t" | awk '{print $1, $2, $3 + $4}' >> "$f"
}
median() { # file column -> the median of that column
    sort -g -k "$2" "$1" | awk -v c="$2" '{v[NR] = $c} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
best() { # cmd... -> "seconds kilobytes", medians of RUNS runs
    rm -f "$tmp/m"
    for _ in $(seq "$runs"); do once "$tmp/m" "$@"; done
    echo "$(median "$tmp/m" 1) $(median "$tmp/m" 2)"
}

ratio() { awk "BEGIN{printf \"%.2f\", ($1 > 0 ? $1 : 0.005) / ($2 > 0 ? $2 : 0.005)}"; }
printf '%-20s %10s %10s %7s %11s %11s %9s %11s %11s\n' workload nixel-s nix-s ratio nixel-MiB nix-MiB nixel-cpu nix-cpu cpu-ratio
for w in old-200-containers:containers-old.nix old-300-containers:containers-old.nix \
         new-500-users:containers-new.nix new-2000-users:containers-new.nix; do
    name=${w%%:*} seed=${w#*:}
    cp "$seeds/$seed" "$tmp/nixos/modules/virtualisation/$seed"
    rm -f "$tmp/a" "$tmp/b"
    for i in $(seq "$runs"); do
        once "$tmp/a" "$nixel" render --module "$seeds/$seed" "$here/$name.nix" -o "$tmp/out/$name.$i"
        once "$tmp/b" nix-instantiate -I "nixpkgs=$NIXPKGS_2020" --eval --strict --json \
            --arg modules "[ $tmp/nixos/modules/virtualisation/$seed ]" --arg config "$here/$name.nix" \
            "$tmp/nixos/render.nix"
    done
    tn=$(median "$tmp/a" 1) mn=$(median "$tmp/a" 2) tr=$(median "$tmp/b" 1) mr=$(median "$tmp/b" 2)
    cn=$(median "$tmp/a" 3) cr=$(median "$tmp/b" 3)
    printf '%-20s %10s %10s %7s %11.1f %11.1f %9s %11s %11s\n' "$name" "$tn" "$tr" "$(ratio "$tn" "$tr")" \
        "$(awk "BEGIN{print $mn/1024}")" "$(awk "BEGIN{print $mr/1024}")" "$cn" "$cr" "$(ratio "$cn" "$cr")"
done

# `nixel why` on the same 200 containers (no nix-instantiate counterpart): it evaluates only
# what the option needs; explaining a big set forces that set's definitions and value.
seed=$seeds/containers-old.nix config=$here/old-200-containers.nix
printf '\n%-44s %8s %10s\n' "why, old-200-containers" nixel-s nixel-MiB
for args in "containers.c150.privateNetwork" "containers.c150.forwardPorts --json" \
            "containers" "environment.etc" "systemd.services --json"; do
    # shellcheck disable=SC2086
    read -r t m < <(best "$nixel" why --module "$seed" "$config" $args)
    printf '%-44s %8s %10.1f\n' "why $args" "$t" "$(awk "BEGIN{print $m/1024}")"
done
read -r t m < <(best "$nixel" options --module "$seed" "$config")
printf '%-44s %8s %10.1f\n' "options (all)" "$t" "$(awk "BEGIN{print $m/1024}")"
