#!/usr/bin/env bash
# nixel render is restricted unless --impure: hostile configurations that read files outside
# their directories (directly, through `..`, through a link, as an etc entry's `source`),
# /proc, environment variables, the clock or the network must fail, leave no output and say
# what was read and which flag allows it; --impure must allow the same reads.
#   restrict.sh NIXEL
source "$(dirname "${BASH_SOURCE[0]}")/hostile-setup.sh"
mkdir -p "$work/conf" "$work/outside"
echo 'the secret' > "$work/outside/secret"
chmod 0640 "$work/outside/secret"
ln -s "$work/outside/secret" "$work/conf/link"
echo 'allowed' > "$work/conf/data"
(cd "$work/outside" && tar -czf "$work/outside/t.tar.gz" secret)
export SECRET_VAR=leaked

passed=0 failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [[ -n ${2:-} ]] && printf '%s\n' "$2" | sed 's/^/  /'; }

# refused NAME 'ETC-ENTRY' 'WHAT THE MESSAGE NAMES': the render must fail, write nothing,
# name the file (or variable, clock, URI) and --impure.
refused() {
    local name=$1 body=$2 names=$3
    printf '{ ... }: { %s }\n' "$body" > "$work/conf/$name.nix"
    rm -rf "$work/out"
    local err status=0
    err=$("$nixel" render --module "$seed" "$work/conf/$name.nix" -o "$work/out" 2>&1 >/dev/null) || status=$?
    if [[ $status -eq 0 ]]; then fail "$name: the render succeeded" "$(cat "$work/out/etc/x" 2>/dev/null)"
    elif [[ -e $work/out ]]; then fail "$name: a failed render left $work/out"
    elif [[ $err != *"$names"* || $err != *"--impure"* ]]; then fail "$name: the message names neither '$names' nor --impure" "$err"
    else pass; fi
}

refused read-etc 'environment.etc.x.text = builtins.readFile /etc/hostname;' "'/etc/hostname'"
refused read-proc 'environment.etc.x.text = builtins.readFile /proc/self/environ;' "'/proc/self/environ'"
refused read-dotdot 'environment.etc.x.text = builtins.readFile ./../outside/secret;' "'$work/outside/secret'"
refused read-string "environment.etc.x.text = builtins.readFile \"$work/outside/secret\";" "'$work/outside/secret'"
refused read-link 'environment.etc.x.text = builtins.readFile ./link;' "'$work/outside/secret'"
refused read-dir 'environment.etc.x.text = builtins.toJSON (builtins.readDir /etc);' "'/etc'"
refused hash-file 'environment.etc.x.text = builtins.hashFile "sha256" /etc/hostname;' "'/etc/hostname'"
refused import-outside "environment.etc.x.text = import $work/outside/secret;" "'$work/outside/secret'"
refused copy-shadow 'environment.etc.x.source = /etc/shadow;' "'/etc/shadow'"
refused copy-link 'environment.etc.x.source = ./link;' "'$work/outside/secret'"
refused copy-dotdot 'environment.etc.x.source = ./../outside/secret;' "'$work/outside/secret'"
refused interpolate 'environment.etc.x.text = "${/etc/hostname}";' "'/etc/hostname'"
refused getenv 'environment.etc.x.text = builtins.getEnv "SECRET_VAR";' "'SECRET_VAR'"
refused clock 'environment.etc.x.text = toString builtins.currentTime;' "currentTime"
refused fetchurl 'environment.etc.x.text = builtins.fetchurl "https://example.com/x";' "'https://example.com/x'"
refused tarball "environment.etc.x.text = builtins.fetchTarball \"file://$work/outside/t.tar.gz\";" "'$work/outside/t.tar.gz'"
refused fetchgit 'environment.etc.x.text = (builtins.fetchGit ./.).outPath;' "git (builtins.fetchGit)"
refused lookup 'environment.etc.x.text = builtins.readFile (builtins.findFile [{ prefix = "e"; path = "/etc"; }] "e/hostname");' "'/etc/hostname'"

# a git first in PATH never runs inside a render
mkdir -p "$work/fakebin"
printf '#!/bin/sh\ntouch "%s/fake-git-ran"\n' "$work" > "$work/fakebin/git"
chmod +x "$work/fakebin/git"
(cd "$work/conf" && git init -q . 2>/dev/null)
PATH="$work/fakebin:$PATH" "$nixel" render --module "$seed" "$work/conf/fetchgit.nix" -o "$work/out" > /dev/null 2>&1
if [[ ! -e $work/fake-git-ran ]]; then pass; else fail "fetchGit in a render ran the git found first in PATH"; fi
rm -rf "$work/conf/.git" "$work/out"

# NIXEL_WRITE_STORE writes no store from a render (its files go under -o only)
printf '{ ... }: { environment.etc.x.text = builtins.readFile (builtins.toFile "n" "stored"); }\n' > "$work/conf/tofile.nix"
mkdir -p "$work/store"
NIX_STORE_DIR=$work/store NIXEL_WRITE_STORE=1 "$nixel" render --module "$seed" "$work/conf/tofile.nix" -o "$work/out" > /dev/null 2> "$work/err"
if [[ $(cat "$work/out/etc/x" 2>/dev/null) == stored && -z $(ls -A "$work/store") ]]; then pass
else fail "NIXEL_WRITE_STORE: a render wrote the store, or failed" "$(cat "$work/err"; ls -A "$work/store")"; fi
rm -rf "$work/out"

# what stays allowed: pathExists answers false outside, files beside the configuration read
printf '{ ... }: { environment.etc.x.text = builtins.toJSON [ (builtins.pathExists /etc/hostname) (builtins.readFile ./data) ]; }\n' > "$work/conf/allowed.nix"
rm -rf "$work/out"
if "$nixel" render --module "$seed" "$work/conf/allowed.nix" -o "$work/out" 2> "$work/err" \
    && [[ $(cat "$work/out/etc/x") == '[false,"allowed\n"]' ]]; then pass
else fail "allowed: pathExists outside must be false, ./data readable" "$(cat "$work/err" "$work/out/etc/x" 2>/dev/null)"; fi

# --impure lifts it all
printf '{ ... }: { environment.etc.x.text = builtins.readFile /etc/hostname + builtins.getEnv "SECRET_VAR" + builtins.readFile ./link; }\n' > "$work/conf/impure.nix"
rm -rf "$work/out"
if "$nixel" render --impure --module "$seed" "$work/conf/impure.nix" -o "$work/out" 2> "$work/err" \
    && { cat /etc/hostname; printf 'leaked'; cat "$work/outside/secret"; } | cmp -s - "$work/out/etc/x"; then pass
else fail "--impure: the reads must succeed" "$(cat "$work/err")"; fi

# the usage text says what a render may read
usage=$("$nixel" render 2>&1)
if [[ $usage == *"--impure lifts"* ]]; then pass; else fail "usage: no word of --impure"; fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
