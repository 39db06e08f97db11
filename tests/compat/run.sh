#!/usr/bin/env bash
# The current-semantics mode (NIXEL_COMPAT=current, --compat current) against today's Nix's
# expectations, and the default against the reference nix-instantiate 2.8.
# Each cases/NAME.nix runs with the flags in NAME.flags (default: --eval --strict) from the
# cases directory, whose path is shown as /pwd, as Nix's language suite shows it:
#   1. NIXEL_COMPAT=current: exit 0 with stdout == NAME.exp (and stderr's first line ==
#      NAME.warn, if there is one), or exit 1 with stderr's first line == NAME.err. Each case's
#      comment names the case of today's Nix's language suite (tests/functional/lang) whose
#      expectation it follows, or the source the expectation was worked out from.
#   2. --compat current instead of the variable: the same bytes.
#   3. the default (no variable, no flag): stdout, stderr and exit status byte-identical to
#      nix-instantiate's, so the default is shown unchanged on every case.
# Then the switch itself: unknown levels, and 2.8 named explicitly.
#   run.sh NIXEL
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate
nixel=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"; nixel_env_cleanup' EXIT
cases=$here/cases
cd "$cases"
unset NIXEL_COMPAT

passed=0 failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [[ -n ${2:-} ]] && printf '%s\n' "$2" | sed 's/^/  /'; }

# runs NAME's program: run CMD... ; leaves $work/out, $work/err (paths as /pwd) and $rc
run() {
    "$@" > "$work/out.raw" 2> "$work/err.raw"; rc=$?
    sed "s|$cases|/pwd|g" "$work/out.raw" > "$work/out"
    sed "s|$cases|/pwd|g" "$work/err.raw" > "$work/err"
}

check_current() { # name, flags...
    local name=$1; shift
    run env NIXEL_COMPAT=current "$nixel" "$@" "$name.nix"
    local got_err1; got_err1=$(head -n 1 "$work/err")
    if [[ -f $name.err ]]; then
        if [[ $rc == 1 && $got_err1 == "$(cat "$name.err")" ]]; then pass
        else fail "$name (current): want exit 1 and '$(cat "$name.err")'" "exit $rc: $(head -c 400 "$work/err")"; fi
    elif [[ $rc == 0 && $(cat "$work/out") == "$(cat "$name.exp")" ]] &&
         { [[ ! -f $name.warn ]] || [[ $got_err1 == "$(cat "$name.warn")" ]]; }; then pass
    else
        fail "$name (current): want exit 0 and $(cat "$name.exp")" "exit $rc: $(head -c 400 "$work/out") $(head -c 400 "$work/err")"
    fi
    cp "$work/out" "$work/env.out"; cp "$work/err" "$work/env.err"; local env_rc=$rc
    run "$nixel" --compat current "$@" "$name.nix"
    if [[ $rc == "$env_rc" ]] && cmp -s "$work/out" "$work/env.out" && cmp -s "$work/err" "$work/env.err"; then pass
    else fail "$name (--compat current differs from NIXEL_COMPAT=current)" "$(diff "$work/env.err" "$work/err")"; fi
}

check_default() { # name, flags...
    local name=$1; shift
    run nix-instantiate "$@" "$name.nix"
    cp "$work/out" "$work/nix.out"; cp "$work/err" "$work/nix.err"; local nix_rc=$rc
    run "$nixel" "$@" "$name.nix"
    if [[ $rc == "$nix_rc" ]] && cmp -s "$work/out" "$work/nix.out" && cmp -s "$work/err" "$work/nix.err"; then pass
    else
        fail "$name (default differs from nix-instantiate 2.8)" \
            "$(diff <(cat "$work/nix.out" "$work/nix.err"; echo "exit $nix_rc") <(cat "$work/out" "$work/err"; echo "exit $rc"))"
    fi
}

for f in *.nix; do
    name=${f%.nix}
    if [[ ! -f $name.exp && ! -f $name.err ]]; then fail "$name: no $name.exp or $name.err"; continue; fi
    # shellcheck disable=SC2207 # the flags are words
    flags=($(cat "$name.flags" 2>/dev/null || echo --eval --strict))
    check_current "$name" "${flags[@]}"
    check_default "$name" "${flags[@]}"
done

# ---- the switch ----
expect() { # description, want exit, want stderr's first line, command...
    local what=$1 want_rc=$2 want=$3; shift 3
    run "$@"
    if [[ $rc == "$want_rc" && $(head -n 1 "$work/err") == "$want" ]]; then pass
    else fail "$what" "exit $rc: $(cat "$work/err")"; fi
}
expect "NIXEL_COMPAT names no level" 1 \
    "error: unknown compatibility level '2.9' in NIXEL_COMPAT (the levels are '2.8', the default, and 'current')" \
    env NIXEL_COMPAT=2.9 "$nixel" --eval -E 1
expect "NIXEL_COMPAT empty is no level either" 1 \
    "error: unknown compatibility level '' in NIXEL_COMPAT (the levels are '2.8', the default, and 'current')" \
    env NIXEL_COMPAT= "$nixel" --eval -E 1
expect "--compat names no level" 1 \
    "error: unknown compatibility level 'new' in --compat (the levels are '2.8', the default, and 'current')" \
    "$nixel" --eval --compat new -E 1
expect "--compat without a value" 1 "error: flag '--compat' requires 1 argument(s)" "$nixel" --eval --compat
expect "nixel eval takes --compat" 0 "" "$nixel" eval --compat current 'builtins.replaceStrings ["a"] [(throw "no")] "b"'
expect "--compat 2.8 over NIXEL_COMPAT=current" 0 "" \
    env NIXEL_COMPAT=current "$nixel" --eval --compat 2.8 -E '9223372036854775807 + 1'
[[ $(cat "$work/out") == -9223372036854775808 ]] && pass || fail "--compat 2.8 wraps as Nix 2.8" "$(cat "$work/out")"
expect "NIXEL_COMPAT=2.8 is the default" 0 "" env NIXEL_COMPAT=2.8 "$nixel" --eval -E 'builtins.nixVersion'
[[ $(cat "$work/out") == '"2.8.0"' ]] && pass || fail "NIXEL_COMPAT=2.8: nixVersion 2.8.0" "$(cat "$work/out")"
# a --lint-* flag is today's Nix's: before --compat current (or without it) it is unknown, as in Nix 2.8
expect "a lint flag before --compat current" 1 "error: unrecognised flag '--lint-url-literals'" \
    "$nixel" --lint-url-literals fatal --compat current --eval -E 1

echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
