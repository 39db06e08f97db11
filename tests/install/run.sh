#!/usr/bin/env bash
# `make install PREFIX=...` into a fresh directory, then the installed nixel, away from the
# repository, renders the shipped podman example exactly as build/nixel does, finds its lib
# through <nixpkgs/lib>, and answers through the installed nix-instantiate link; the manual
# pages (one per command `nixel help` lists) and the bash and zsh completion scripts are
# installed where man and the shells look.
set -uo pipefail
cd "$(dirname "$0")/../.."
source tests/lib/env.sh
repo=$PWD
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() { # name, status
    if [ "$2" -eq 0 ]; then pass=$((pass + 1)); else echo "FAIL $1"; fail=$((fail + 1)); fi
    return "$2"
}
make -s install PREFIX="$tmp/prefix" >"$tmp/install.log" 2>&1
check "make install (see its output below)" $? || cat "$tmp/install.log"
bin=$tmp/prefix/bin
[ -x "$bin/nixel" ] && [ -L "$bin/nix-instantiate" ] && [ -f "$tmp/prefix/share/nixel/modules/lib/default.nix" ]
check "installed files: bin/nixel, bin/nix-instantiate link, share/nixel/modules" $?
cfg=$repo/examples/podman/config.nix mod=$repo/../shared/seed/containers-new.nix
(cd "$tmp" && "$bin/nixel" render --module "$mod" "$cfg" -o "$tmp/installed") >"$tmp/r1" 2>&1
check "installed nixel renders the example" $? || cat "$tmp/r1"
"$repo/build/nixel" render --module "$mod" "$cfg" -o "$tmp/built" >"$tmp/r2" 2>&1
check "build/nixel renders the example" $? || cat "$tmp/r2"
diff -r "$tmp/installed" "$tmp/built" >"$tmp/d" 2>&1
check "installed and built renders are identical" $? || head -20 "$tmp/d"
out=$(cd "$tmp" && NIX_PATH= "$bin/nixel" eval '(import <nixpkgs/lib>).id 7' 2>&1)
[ "$out" = 7 ]
check "installed nixel eval finds nixel's lib as <nixpkgs/lib> (got: $out)" $?
out=$(cd "$tmp" && NIX_PATH= "$bin/nix-instantiate" -I "nixpkgs=$tmp/prefix/share/nixel/modules" --eval -E '(import <nixpkgs/lib>).id 7' 2>&1)
[ "$out" = 7 ]
check "installed nix-instantiate link evaluates with nixel's lib on -I (got: $out)" $?
out=$("$bin/nix-instantiate" --version 2>&1); want=$(nix-instantiate --version 2>&1)
[ "$out" = "$want" ]
check "installed nix-instantiate --version is Nix's (got: $out)" $?
missing=""
for c in "" $("$bin/nixel" help --complete | grep -v '^-'); do
    page=nixel${c:+-$c}
    MANWIDTH=80 man -M "$tmp/prefix/share/man" "$page" 2>/dev/null | grep -q '^SYNOPSIS' || missing+=" $page"
done
[ -z "$missing" ]
check "man -M PREFIX/share/man shows every command's page (missing:$missing)" $?
[ -f "$tmp/prefix/share/bash-completion/completions/nixel" ] && [ -f "$tmp/prefix/share/zsh/site-functions/_nixel" ]
check "completion scripts in share/bash-completion/completions and share/zsh/site-functions" $?
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
