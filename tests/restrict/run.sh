#!/usr/bin/env bash
# Restricted and pure evaluation (--option restrict-eval / pure-eval) against the reference
# nix-instantiate 2.8: each case runs both with the same arguments in a scratch directory
# holding allowed files, a link out of it and a file outside it; stdout, stderr and the exit
# status must be byte-identical.
#   run.sh NIXEL
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate
nixel=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"; nixel_env_cleanup' EXIT
mkdir -p "$work/ok/sub" "$work/outside"
echo '"hi"' > "$work/ok/a.nix"
echo 'import ./a.nix' > "$work/ok/b.nix"
echo 'secret' > "$work/outside/secret"
ln -s "$work/outside/secret" "$work/ok/link"
ln -s ../outside "$work/ok/dirlink"
echo 'x' > "$work/ok/sub/f"
export SECRET_VAR=leaked
cd "$work/ok"

passed=0 failed=0
check() { # description, arguments...
    local what=$1; shift
    local eo ee ec ao ae ac
    eo=$(nix-instantiate "$@" 2> "$work/exp.err"); ec=$?
    ao=$("$nixel" "$@" 2> "$work/act.err"); ac=$?
    ee=$(sed "s|$work|WORK|g" "$work/exp.err"); ae=$(sed "s|$work|WORK|g" "$work/act.err")
    if [[ $eo == "$ao" && $ee == "$ae" && $ec == "$ac" ]]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $what: nixel $*"
        diff <(printf '%s\n%s\nexit %s\n' "$eo" "$ee" "$ec") <(printf '%s\n%s\nexit %s\n' "$ao" "$ae" "$ac") | sed 's/^/  /'
    fi
}

for mode in restrict-eval pure-eval; do
    for I in "" "-I $work/ok" "-I x=$work/ok"; do
        # shellcheck disable=SC2086 # $I is zero or two words
        set -- --eval --option $mode true $I
        check "$mode $I readFile outside" "$@" -E 'builtins.readFile /etc/hostname'
        check "$mode $I readFile string" "$@" -E "builtins.readFile \"$work/outside/secret\""
        check "$mode $I readFile allowed" "$@" -E "builtins.readFile $work/ok/sub/f"
        check "$mode $I readFile via ..' " "$@" -E "builtins.readFile $work/ok/../outside/secret"
        check "$mode $I readFile through a link" "$@" -E "builtins.readFile $work/ok/link"
        check "$mode $I readFile through a dir link" "$@" -E "builtins.readFile $work/ok/dirlink/secret"
        check "$mode $I readFile missing" "$@" -E "builtins.readFile $work/ok/nope/x"
        check "$mode $I readFile /proc" "$@" -E 'builtins.readFile /proc/self/environ'
        check "$mode $I show-trace" "$@" --show-trace -E 'builtins.readFile /etc/hostname'
        check "$mode $I pathExists outside" "$@" -E 'builtins.pathExists /etc/hostname'
        check "$mode $I pathExists link" "$@" -E "builtins.pathExists $work/ok/link"
        check "$mode $I pathExists allowed" "$@" -E "builtins.pathExists $work/ok/a.nix"
        check "$mode $I readDir" "$@" -E 'builtins.readDir /etc'
        check "$mode $I hashFile" "$@" -E 'builtins.hashFile "sha256" /etc/hostname'
        check "$mode $I import outside" "$@" -E "import $work/outside/secret"
        check "$mode $I import allowed" "$@" -E "import $work/ok/b.nix"
        check "$mode $I file argument" "$@" b.nix
        check "$mode $I scopedImport" "$@" -E 'builtins.scopedImport {} /etc/hostname'
        check "$mode $I interpolation" "$@" -E '"${/etc/hostname}"'
        check "$mode $I builtins.path" "$@" -E 'builtins.path { path = /etc/hostname; }'
        check "$mode $I filterSource" "$@" -E 'builtins.filterSource (p: t: true) /etc'
        check "$mode $I getEnv" "$@" -E 'builtins.getEnv "SECRET_VAR"'
        check "$mode $I currentSystem" "$@" -E 'builtins.currentSystem'
        check "$mode $I currentTime" "$@" -E 'builtins.isInt builtins.currentTime'
        check "$mode $I has currentTime" "$@" -E 'builtins ? currentTime'
        check "$mode $I nixPath" "$@" -E 'map (e: e.prefix) builtins.nixPath'
        check "$mode $I lookup" "$@" -E 'import <x/a.nix>'
        check "$mode $I corepkgs" "$@" -E 'builtins.isFunction (import <nix/fetchurl.nix>)'
        check "$mode $I findFile" "$@" -E 'builtins.findFile [{prefix="x"; path="/etc";}] "x/hostname"'
        check "$mode $I fetchurl file" "$@" -E 'builtins.fetchurl "file:///etc/hostname"'
        check "$mode $I fetchurl https" "$@" -E 'builtins.fetchurl "https://example.com/x"'
        check "$mode $I fetchTarball" "$@" -E "builtins.fetchTarball \"file://$work/outside/secret\""
        check "$mode $I storePath" "$@" -E 'builtins.storePath "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x"'
    done
done
check "allowed-uris" --eval --option restrict-eval true --option allowed-uris "https://a.example/" -E 'builtins.fetchurl "https://b.example/x"'
check "invalid Boolean" --eval --option restrict-eval maybe -E 'builtins.getEnv "SECRET_VAR"'
check "set then unset" --eval --option restrict-eval true --option restrict-eval false -E 'builtins.getEnv "SECRET_VAR"'
check "--restrict-eval" --eval --restrict-eval -E 'builtins.getEnv "SECRET_VAR"'
check "missing -I entry warns" --eval --option restrict-eval true -I /nonexistent -I y=/nonexistent2 -E '<y>'
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
