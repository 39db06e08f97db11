#!/usr/bin/env bash
# Runs the language test corpus in tests/lang/ against an evaluator that takes nix-instantiate's
# command line, and compares with the expected files made by Nix 2.8 (ACCEPT=1 remakes them).
#
#   tests/run-lang.sh [--only REGEX] [--verbose] [EVAL]
#   ACCEPT=1 tests/run-lang.sh [--only REGEX]        # regenerate expected files with nix-instantiate
#
# EVAL defaults to build/nixel (relative to the repo root); it may hold arguments ("valgrind -q
# build/nixel"). Case kinds (a case is a top-level tests/lang/*.nix file; subdirectories hold helpers):
#   parse-okay-X.nix  X.exp       stdout of `--parse X.nix`, exact
#   parse-fail-X.nix  X.err.exp   exit 1; first `error:` line and first `at F:L:C:` line exact
#   eval-okay-X.nix   X.exp       stdout of `--eval --strict`, exact (exit 0)
#                     X.exp.json  `--eval --strict --json`
#                     X.exp.xml   `--eval --strict --xml --no-location`
#                     X.exp.xmlloc `--eval --strict --xml` (positions shown)
#                     X.exp.lazy  `--eval` (no --strict)
#                     X.err.exp   stderr of the `--eval --strict` run, exact (kept only when non-empty,
#                                 e.g. builtins.trace)
#   eval-fail-X.nix   X.err.exp   `--eval --strict`: exit 1; first `error:` and first `at` line exact
#   X.flags           extra arguments, shell-quoted as for xargs (e.g. `-A a.b`, `--arg x '{ }'`)
# To add a variant to a new case, create the variant file empty and run with ACCEPT=1; a case with
# variant files but no .exp gets no .exp (for cases whose --strict evaluation must fail).
# Cases named in tests/lang/notyetpassing.txt must fail; one that passes is reported as a failure.
# Outputs are compared after replacing the absolute tests/lang path by /pwd (its parent by /pwd/..),
# so results do not depend on where the checkout lives.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(dirname "$here")
langdir="$here/lang"
source "$here/lib/env.sh"

only=''
verbose=0
eval_arg=''
while [[ $# -gt 0 ]]; do
    case $1 in
        --only) only=$2; shift 2 ;;
        --only=*) only=${1#--only=}; shift ;;
        -v|--verbose) verbose=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) echo "run-lang.sh: unknown option $1" >&2; exit 2 ;;
        *) eval_arg=$1; shift ;;
    esac
done

accept=${ACCEPT:-0}
[[ $accept == 0 ]] && accept=''
if [[ -n $accept ]]; then
    nixel_require nix-instantiate perl timeout
    evalcmd=(nix-instantiate)
else
    nixel_require perl timeout
    read -ra evalcmd <<< "${eval_arg:-${EVAL:-build/nixel}}"
    # A relative program path is taken from the repo root, since cases run inside tests/lang.
    if [[ ${evalcmd[0]} == */* && ${evalcmd[0]} != /* ]]; then
        evalcmd[0]="$root/${evalcmd[0]}"
    fi
    if [[ ${evalcmd[0]} == */* && ! -x ${evalcmd[0]} ]]; then
        echo "run-lang.sh: evaluator ${evalcmd[0]} not found or not executable" >&2
        echo "0 passed, 1 failed"
        exit 1
    fi
fi

# A fixed environment (tests/lib/env.sh), and a fixed HOME that does not exist, so that ~/paths in
# the expected outputs are the same everywhere.
export HOME=/home/nixel-test NIX_PATH='' LC_ALL=C TZ=UTC

# The builtins.storePath cases' expected errors name paths inside /nix/store: they were recorded
# with Nix's store directory there, as it is wherever Nix has run (scripts/setup.sh runs it once).
[[ -d /nix/store ]] || echo "run-lang.sh: /nix/store does not exist, so the builtins.storePath cases will fail (scripts/setup.sh makes it as Nix's first run does)" >&2

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; nixel_env_cleanup' EXIT

declare -A xfail=()
if [[ -f $langdir/notyetpassing.txt ]]; then
    while IFS= read -r line; do
        line=${line%%#*}; line=${line//[[:space:]]/}
        [[ -n $line ]] && xfail[$line]=1
    done < "$langdir/notyetpassing.txt"
fi

# subst FILE: replace the checkout-dependent directories by fixed tokens, in place.
subst() {
    LANGDIR="$langdir" TESTSDIR="$here" perl -pi -e \
        's/\Q$ENV{LANGDIR}\E/\/pwd/g; s/\Q$ENV{TESTSDIR}\E/\/pwd\/../g' "$1"
}

# run NAME OUT ERR ARGS...: run the evaluator in tests/lang with the case's extra flags; sets rc.
rc=0
run() {
    local name=$1 out=$2 err=$3; shift 3
    local flags=()
    if [[ -f $name.flags ]]; then
        mapfile -d '' flags < <(xargs -r printf '%s\0' < "$name.flags")
    fi
    rc=0
    timeout 30 "${evalcmd[@]}" "$@" "${flags[@]}" "$name.nix" > "$out" 2> "$err" < /dev/null || rc=$?
    subst "$out"; subst "$err"
}

# errlines FILE: the first `error:` line and the first position line after it.
errlines() {
    awk '!e && /^error: / { print; e = 1; next }
         e && /^ *at .*:[0-9]+:[0-9]+:$/ { print; exit }' "$1"
}

pass=0 fail=0 known=0
report=''  # why the current case failed

note() { report+="$1"$'\n'; }
diffnote() {  # diffnote WHAT EXPECTED GOT
    note "  $1 differs (expected vs got):"
    report+=$(diff -u --label expected --label got "$2" "$3" | head -n 20 | sed 's/^/    /' || true)
    report+=$'\n'
}

variants_flags() {  # the evaluator flags for an eval-okay expected-file suffix
    case $1 in
        exp) echo "--eval --strict" ;;
        exp.json) echo "--eval --strict --json" ;;
        exp.xml) echo "--eval --strict --xml --no-location" ;;
        exp.xmlloc) echo "--eval --strict --xml" ;;
        exp.lazy) echo "--eval" ;;
    esac
}

check_case() {  # check_case NAME: sets report (empty = passed)
    local name=$1 kind
    report=''
    kind=unknown
    [[ $name =~ ^(parse|eval)-(okay|fail)- ]] && kind=${BASH_REMATCH[1]}-${BASH_REMATCH[2]}
    case $kind in
        parse-okay)
            run "$name" "$tmp/out" "$tmp/err" --parse
            [[ $rc == 0 ]] || note "  exit status $rc, expected 0; stderr: $(head -c 300 "$tmp/err")"
            if [[ ! -f $name.exp ]]; then note "  missing $name.exp"
            elif ! cmp -s "$name.exp" "$tmp/out"; then diffnote stdout "$name.exp" "$tmp/out"; fi
            ;;
        parse-fail|eval-fail)
            if [[ $kind == parse-fail ]]; then run "$name" "$tmp/out" "$tmp/err" --parse
            else run "$name" "$tmp/out" "$tmp/err" --eval --strict; fi
            [[ $rc == 1 ]] || note "  exit status $rc, expected 1; stdout: $(head -c 300 "$tmp/out")"
            if [[ ! -f $name.err.exp ]]; then note "  missing $name.err.exp"
            else
                errlines "$name.err.exp" > "$tmp/experr"
                errlines "$tmp/err" > "$tmp/goterr"
                if ! cmp -s "$tmp/experr" "$tmp/goterr"; then
                    diffnote "error (first error/at lines)" "$tmp/experr" "$tmp/goterr"
                fi
            fi
            ;;
        eval-okay)
            local suffix any=0
            for suffix in exp exp.json exp.xml exp.xmlloc exp.lazy; do
                [[ -f $name.$suffix ]] || continue
                any=1
                # shellcheck disable=SC2046
                run "$name" "$tmp/out" "$tmp/err" $(variants_flags $suffix)
                if [[ $rc != 0 ]]; then
                    note "  [$suffix] exit status $rc, expected 0; stderr: $(head -c 300 "$tmp/err")"
                elif ! cmp -s "$name.$suffix" "$tmp/out"; then
                    diffnote "[$suffix] stdout" "$name.$suffix" "$tmp/out"
                fi
                if [[ $suffix == exp && -f $name.err.exp ]] && ! cmp -s "$name.err.exp" "$tmp/err"; then
                    diffnote "[$suffix] stderr" "$name.err.exp" "$tmp/err"
                fi
            done
            [[ $any == 1 ]] || note "  missing $name.exp"
            ;;
        *) note "  unknown case kind '$kind'" ;;
    esac
}

accept_case() {  # accept_case NAME: regenerate expected files; sets report on unexpected results
    local name=$1 kind
    report=''
    kind=unknown
    [[ $name =~ ^(parse|eval)-(okay|fail)- ]] && kind=${BASH_REMATCH[1]}-${BASH_REMATCH[2]}
    case $kind in
        parse-okay)
            run "$name" "$tmp/out" "$tmp/err" --parse
            [[ $rc == 0 ]] || note "  parse failed: $(head -n 1 "$tmp/err")"
            cp "$tmp/out" "$name.exp"
            ;;
        parse-fail|eval-fail)
            if [[ $kind == parse-fail ]]; then run "$name" "$tmp/out" "$tmp/err" --parse
            else run "$name" "$tmp/out" "$tmp/err" --eval --strict; fi
            [[ $rc == 1 ]] || note "  exit status $rc, expected 1"
            cp "$tmp/err" "$name.err.exp"
            ;;
        eval-okay)
            local suffix only_variants=0
            # .exp is made unless the case has only other variants (e.g. a lazy-only case whose
            # strict evaluation fails on purpose).
            if [[ ! -f $name.exp ]] && compgen -G "$name.exp.*" > /dev/null; then only_variants=1; fi
            for suffix in exp exp.json exp.xml exp.xmlloc exp.lazy; do
                if [[ $suffix == exp ]]; then [[ $only_variants == 0 ]] || continue
                else [[ -f $name.$suffix ]] || continue; fi
                # shellcheck disable=SC2046
                run "$name" "$tmp/out" "$tmp/err" $(variants_flags $suffix)
                [[ $rc == 0 ]] || note "  [$suffix] failed: $(head -n 1 "$tmp/err")"
                cp "$tmp/out" "$name.$suffix"
                if [[ $suffix == exp ]]; then
                    if [[ -s $tmp/err ]]; then cp "$tmp/err" "$name.err.exp"; else rm -f "$name.err.exp"; fi
                fi
            done
            ;;
        *) note "  unknown case kind '$kind'" ;;
    esac
}

cd "$langdir"
shopt -s nullglob
for file in parse-okay-*.nix parse-fail-*.nix eval-okay-*.nix eval-fail-*.nix; do
    name=${file%.nix}
    if [[ -n $only ]] && ! [[ $name =~ $only ]]; then continue; fi
    if [[ -n $accept ]]; then
        accept_case "$name"
        if [[ -z $report ]]; then pass=$((pass + 1))
        else fail=$((fail + 1)); printf 'ACCEPT-PROBLEM %s\n%s' "$name" "$report"; fi
        continue
    fi
    check_case "$name"
    if [[ -n ${xfail[$name]:-} ]]; then
        if [[ -z $report ]]; then
            fail=$((fail + 1)); echo "FAIL $name: passes but is listed in notyetpassing.txt"
        else
            known=$((known + 1)); [[ $verbose == 1 ]] && echo "XFAIL $name"
        fi
    elif [[ -z $report ]]; then
        pass=$((pass + 1)); [[ $verbose == 1 ]] && echo "ok $name"
    else
        fail=$((fail + 1)); printf 'FAIL %s\n%s' "$name" "$report"
    fi
done

# Expected files whose case is gone (renamed or deleted) would silently test nothing.
for file in parse-*.exp parse-*.err.exp eval-*.exp eval-*.exp.* eval-*.err.exp parse-*.flags eval-*.flags; do
    name=${file%%.*}
    if [[ -n $only ]] && ! [[ $name =~ $only ]]; then continue; fi
    if [[ ! -f $name.nix ]]; then fail=$((fail + 1)); echo "FAIL $file: no case $name.nix for it"; fi
done

for name in "${!xfail[@]}"; do
    [[ -f $name.nix ]] || { fail=$((fail + 1)); echo "FAIL $name: listed in notyetpassing.txt but no such case"; }
done

[[ $known == 0 ]] || echo "$known known failures (notyetpassing.txt) not counted"
echo "$pass passed, $fail failed"
[[ $fail == 0 ]]
