#!/usr/bin/env bash
# Shows that Nix 2.8's `--parse` order of `let` bindings and formals is not a property of the
# file: the same bytes print in different orders depending on the directory the file sits in
# (and on whether it comes from standard input). This is why tests/diff-parse.sh accepts
# "order-only" differences; see the comment at the top of parser/show.c.
#
#   tests/parse-order-evidence.sh [FILE.nix]
#
# FILE defaults to a generated `let` of 400 bindings. The file is copied into two directories
# whose names differ only in length; both printouts (with the directory replaced by DIR) and the
# printout from standard input are compared. Prints the verdict; exits 0 when Nix's output
# depends on the location, 1 when it does not, 2 when nix-instantiate is missing.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
command -v nix-instantiate >/dev/null || { echo "parse-order-evidence.sh: no nix-instantiate" >&2; exit 2; }
export HOME=/home/nixel-test NIX_PATH='' LC_ALL=C TZ=UTC

work=$(mktemp -d)
trap 'rm -rf "$work"; nixel_env_cleanup' EXIT
if [[ $# -ge 1 ]]; then
    cp "$1" "$work/input.nix"
else
    python3 -c "
print('let ' + ' '.join('f%d = %d;' % (i, i) for i in range(400)) + ' x = 1; strict = 2; in x')" \
        > "$work/input.nix"
fi

short=$work/d
long=$work/d-with-a-much-longer-name-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
mkdir -p "$short" "$long"
cp "$work/input.nix" "$short/f.nix"
cp "$work/input.nix" "$long/f.nix"

nix-instantiate --parse "$short/f.nix" | sed "s#$short#DIR#g" > "$work/short.out"
nix-instantiate --parse "$long/f.nix" | sed "s#$long#DIR#g" > "$work/long.out"
(cd "$short" && nix-instantiate --parse - < f.nix) | sed "s#$short#DIR#g" > "$work/stdin.out"

echo "short directory: $(md5sum < "$work/short.out" | cut -c1-12)"
echo "long directory:  $(md5sum < "$work/long.out" | cut -c1-12)"
echo "standard input:  $(md5sum < "$work/stdin.out" | cut -c1-12)"
if cmp -s "$work/short.out" "$work/long.out" && cmp -s "$work/short.out" "$work/stdin.out"; then
    echo "nix-instantiate printed the same text in all three places"
    exit 1
fi
echo "nix-instantiate printed the same file differently depending on where it was read from"
