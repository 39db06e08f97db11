# tests/lib/check.sh: what the newer suite runners share, sourced after env.sh: a private
# directory $tmp (removed at exit), and counting: `ok`, `bad NAME [DETAIL]` (prints FAIL and
# the detail's first lines), `finish` (prints `N passed, M failed`, fails if anything did).
# shellcheck shell=bash
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; nixel_env_cleanup' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $1"; [[ $# -lt 2 ]] || printf '%s\n' "$2" | head -20 | sed 's/^/  /'; }
finish() { echo "$pass passed, $fail failed"; [[ $fail -eq 0 ]]; }
