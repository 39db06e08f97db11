#!/usr/bin/env bash
# Dev harness: renders a case with Nix 2.8's nix-instantiate evaluating modules/nixos/render.nix
# and write-tree.py writing the tree, standing in for `nixel render` until its C side exists.
#
#   plan-with-nix.sh CASE_DIR OUT_DIR                    (CASE_DIR holds config.nix and module)
#   plan-with-nix.sh --module SEED_FILE CONFIG -o OUT_DIR  (the `nixel render` command line)
#   plan-with-nix.sh --json [--attr a.b.c] --module SEED_FILE CONFIG   (config as JSON on stdout)
#
# RENDER_NIXPKGS selects the lib: a directory with lib/ in it, reached as <nixpkgs/lib>
# (default $NIXPKGS_2020, i.e. ../shared/nixpkgs-lib/2020-04 beside the repository, nixpkgs' lib
# of April 2020; the repository's modules/ for nixel's own).
# The seed module is copied into a temporary copy of modules/nixos at modules/virtualisation/,
# where its ../../lib/eval-config.nix resolves as in nixpkgs.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../lib/env.sh"
repo=$(cd "$here/../.." && pwd)
if [[ -n ${RENDER_NIXPKGS:-} ]]; then
  nixpkgs=$RENDER_NIXPKGS
  [[ -f $nixpkgs/lib/default.nix ]] || { echo "plan-with-nix.sh: RENDER_NIXPKGS=$nixpkgs has no lib/default.nix" >&2; exit 1; }
  nixel_require nix-instantiate python3 >&2
else
  nixpkgs=$NIXPKGS_2020
  nixel_require nix-instantiate python3 nixpkgs-2020 >&2
fi

usage() { echo "usage: $0 CASE_DIR OUT_DIR | --module SEED CONFIG -o OUT | --json [--attr P] --module SEED CONFIG" >&2; exit 2; }

seed='' config='' out='' json=0 attr=''
if [[ $# -eq 2 && -d $1 ]]; then
  seed=$(cd "$1" && realpath "$repo/../shared/seed/$(tr -d '[:space:]' < module)")
  config=$(realpath "$1/config.nix")
  out=$2
else
  while [[ $# -gt 0 ]]; do
    case $1 in
      --module) seed=$(realpath "$2"); shift 2 ;;
      -o) out=$2; shift 2 ;;
      --json) json=1; shift ;;
      --attr) attr=$2; shift 2 ;;
      -*) usage ;;
      *) [[ -z $config ]] || usage; config=$(realpath "$1"); shift ;;
    esac
  done
fi
[[ -n $config ]] || usage
[[ $json = 1 || -n $out ]] || usage

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; nixel_env_cleanup' EXIT
cp -r "$repo/modules/nixos" "$tmp/nixos"
modules="[ ]"
if [[ -n $seed ]]; then
  cp "$seed" "$tmp/nixos/modules/virtualisation/$(basename "$seed")"
  modules="[ $tmp/nixos/modules/virtualisation/$(basename "$seed") ]"
fi

instantiate() {
  nix-instantiate -I "nixpkgs=$nixpkgs" --eval --strict --json \
    --arg modules "$modules" --arg config "$config" "$@"
}

if [[ $json = 1 ]]; then
  instantiate --argstr attr "$attr" "$tmp/nixos/config-json.nix" -A json
  echo
  exit 0
fi

# Warnings first (they also carry the host's assertion check), as the C side is meant to.
instantiate "$tmp/nixos/render.nix" -A warnings > "$tmp/warnings.json"
instantiate "$tmp/nixos/render.nix" > "$tmp/plan.json"
python3 "$here/write-tree.py" "$out" < "$tmp/plan.json"
