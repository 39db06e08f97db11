#!/usr/bin/env bash
# Nix's own language suites against nixel (make lang-current, make lang-default). They are not
# in this repository: each run extracts them afresh into build/ from a bare clone of
# github:NixOS/nix ($NIX_MIRROR, default ../.mirror/NixOS+nix/repo beside the repository) with
# ../shared/tools/extract-lang-suite.sh, and runs ../shared/tools/lang-suite.sh.
#   lang-suites.sh current NIXEL   today's suite (tests/functional/lang at master) with
#                                  NIXEL_COMPAT=current: exit status and stdout, as the target
#                                  of the current mode is stated; the cases that fail must be
#                                  those of lang-current-missing.txt, no more, no fewer
#   lang-suites.sh default NIXEL   Nix 2.8's yardsticks by default: the 2.8.0 suite --strict, and
#                                  today's suite without the cases Nix 2.8 itself fails
# Without the clone (as in CI) it says so and exits 2; make check runs tests/compat instead.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mode=${1:?usage: lang-suites.sh current|default NIXEL}
nixel=$(cd "$(dirname "${2:?usage: lang-suites.sh current|default NIXEL}")" && pwd)/$(basename "$2")
tools=$root/../shared/tools
mirror=${NIX_MIRROR:-$root/../.mirror/NixOS+nix/repo}
source "$root/tests/lib/env.sh"
trap nixel_env_cleanup EXIT
if ! git --git-dir="$mirror" rev-parse --verify -q master^{commit} > /dev/null; then
    echo "no clone of NixOS/nix at $mirror (set NIX_MIRROR): the language suites cannot be extracted" >&2
    exit 2
fi
[[ -d $tools ]] || { echo "no $tools" >&2; exit 2; }

extract() { # ref, dir
    rm -rf "$2"
    bash "$tools/extract-lang-suite.sh" "$mirror" "$1" "$2" > /dev/null || exit 2
}

build=$(dirname "$nixel")
case $mode in
current)
    extract master "$build/lang-master"
    out=$(NIXEL_COMPAT=current bash "$tools/lang-suite.sh" "$build/lang-master" "$nixel")
    printf '%s\n' "$out" | grep -v '^FAIL '
    missing=$root/tests/compat/lang-current-missing.txt
    got=$(printf '%s\n' "$out" | sed -n 's/^FAIL \([^ ]*\) .*/\1/p' | sort)
    want=$(sed 's/#.*//; s/[[:space:]]*$//; /^$/d' "$missing" | sort)
    status=0
    while read -r c; do [[ -n $c ]] && { echo "FAIL $c: fails, and is not in $missing"; printf '%s\n' "$out" | grep "^FAIL $c "; status=1; }
    done < <(comm -23 <(echo "$got") <(echo "$want"))
    while read -r c; do [[ -n $c ]] && { echo "PASSES NOW $c: take it out of $missing"; status=1; }
    done < <(comm -13 <(echo "$got") <(echo "$want"))
    [[ $status == 0 ]] && echo "as expected: every case passes but the $(printf "%s" "$want" | grep -c .) of $(basename "$missing")"
    exit $status
    ;;
default)
    extract 2.8.0 "$build/lang-2.8.0"
    extract master "$build/lang-master"
    echo "=== the 2.8.0 suite, --strict"
    bash "$tools/lang-suite.sh" --strict -q "$build/lang-2.8.0" "$nixel" | tail -n 1; s1=${PIPESTATUS[0]}
    echo "=== today's suite, without the cases Nix 2.8 fails"
    bash "$tools/lang-suite.sh" -q --skip "$tools/lang-master-2.8-fails.skip" "$build/lang-master" "$nixel" | tail -n 1
    s2=${PIPESTATUS[0]}
    exit $((s1 | s2))
    ;;
*) echo "usage: lang-suites.sh current|default NIXEL" >&2; exit 2 ;;
esac
