#!/usr/bin/env bash
# Doc comments of nixel's lib (modules/lib): every public function (a function-valued attribute
# of lib.FILE, for each part of the lib: lib.strings, lib.lists, ...) has documentation that
# `nixel doc lib.FILE.NAME` shows: a builtin's, or a doc comment in nixpkgs' convention with a
# `Type:` line and an `Example:` whose stated results ("=> RESULT") nix-instantiate --eval
# --strict gives, with the lib in scope. Usage: doc-lib.sh NIXEL. Ends with "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
NIXEL=$(realpath "${1:-build/nixel}")
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# "FILE NAME" for each function of each part of the lib (a part: a set with functions).
nix-instantiate --eval --strict --json -E '
  let lib = import ./modules/lib;
      parts = builtins.filter (p: builtins.isAttrs lib.${p} && !(lib.${p} ? type)) (builtins.attrNames lib);
      fns = p: builtins.filter (n: builtins.isFunction lib.${p}.${n}) (builtins.attrNames lib.${p});
  in builtins.concatMap (p: map (n: "${p} ${n}") (fns p)) parts' 2>/dev/null |
    python3 -c 'import json,sys; print("\n".join(json.load(sys.stdin)))' >"$tmp/names"
[ "$(wc -l <"$tmp/names")" -gt 200 ] && ok || bad "found only $(wc -l <"$tmp/names") lib functions"

lib=$PWD/modules/lib
while read -r part name; do
    what="lib.$part.$name"
    if ! "$NIXEL" doc "$what" >"$tmp/doc" 2>"$tmp/err"; then bad "$what has no documentation: $(head -1 "$tmp/err")"; continue; fi
    # a builtin under the lib's name (not one partly applied: that needs a comment of its own)
    if grep -q '^Synopsis: builtins\.' "$tmp/doc" && ! grep -q 'partly applied' "$tmp/doc"; then ok; continue; fi
    if ! grep -q '^ *Type: ' "$tmp/doc" || ! grep -q '^ *Example:' "$tmp/doc"; then bad "$what: its doc comment lacks a Type: line or an Example:"; continue; fi
    ok
    # The examples: expression lines up to a "=> RESULT" line, after "Example:".
    python3 - "$tmp/doc" >"$tmp/examples" <<'PY'
import sys
lines = open(sys.argv[1]).read().split('\n')
start = next(i for i, l in enumerate(lines) if l.strip() == 'Example:')
expr = []
for l in lines[start + 1:]:
    s = l.strip()
    if s.startswith('Defined at '): break
    if s.startswith('=> '):
        print(' '.join(expr) + '\t' + s[3:]); expr = []
    elif s: expr.append(s)
PY
    [ -s "$tmp/examples" ] || bad "$what: its example states no result (=> ...)"
    while IFS=$'\t' read -r expr result; do
        got=$(cd "$tmp" && nix-instantiate --eval --strict -E "let lib = import $lib; in with lib; with lib.$part; ($expr)" 2>/dev/null)
        if [ "$got" = "$result" ]; then ok; else bad "$what: example $expr"$'\n'"  states:          $result"$'\n'"  nix-instantiate: $got"; fi
    done <"$tmp/examples"
done <"$tmp/names"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
