#!/usr/bin/env bash
# The builtins' documentation (builtins/doc.txt, built into nixel): nixel documents exactly the
# builtins Nix 2.8 has (the names of `builtins` as nix-instantiate gives them), and every
# example's stated result ("=> RESULT" after the expression) is what nix-instantiate --eval
# --strict prints for it, and what nixel prints. The entries after the line "# ---- newer than
# Nix 2.8 ----" are exactly the builtins nixel adds under NIXEL_COMPAT=current; Nix 2.8 lacks
# them, so their examples (results from today's Nix's documentation) are checked under nixel
# with NIXEL_COMPAT=current only. Usage: doc-builtins.sh NIXEL. Ends with "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
source tests/lib/env.sh
nixel_require nix-instantiate python3
NIXEL=$(realpath "${1:-build/nixel}")
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }

want=$(nix-instantiate --eval --strict --json -E 'builtins.attrNames builtins' | python3 -c 'import json,sys; print("\n".join(json.load(sys.stdin)))' | LC_ALL=C sort)
newer_marker='# ---- newer than Nix 2.8 ----'
doc_names() { # old|new: the entry names before or after the marker
    awk -v part="$1" -v m="$newer_marker" '$0 == m { after = 1; next }
        /^[^ #]/ && ((part == "new") == (after == 1)) { print $1 }' builtins/doc.txt | LC_ALL=C sort
}
have_all=$("$NIXEL" doc --list | LC_ALL=C sort)
have=$(doc_names old)
if [ "$want" = "$have" ]; then ok; else bad "documented builtins differ from Nix 2.8's:"; diff <(echo "$want") <(echo "$have") | head; fi
current=$(NIXEL_COMPAT=current "$NIXEL" --eval --strict --json -E 'builtins.attrNames builtins' | python3 -c 'import json,sys; print("\n".join(json.load(sys.stdin)))' | LC_ALL=C sort)
want_new=$(LC_ALL=C comm -13 <(echo "$want") <(echo "$current"))
have_new=$(doc_names new)
if [ "$want_new" = "$have_new" ] && [ -n "$have_new" ]; then ok; else bad "documented newer builtins differ from NIXEL_COMPAT=current's additions:"; diff <(echo "$want_new") <(echo "$have_new") | head; fi
if [ "$have_all" = "$(printf '%s\n%s\n' "$have" "$have_new" | LC_ALL=C sort)" ]; then ok; else bad "nixel doc --list is not the documented names"; fi
have=$have_all

# Every documented builtin is shown by `nixel doc builtins.NAME`.
missing=""
while IFS= read -r n; do "$NIXEL" doc "builtins.$n" >/dev/null 2>&1 || missing+=" $n"; done <<<"$have"
if [ -z "$missing" ]; then ok; else bad "nixel doc cannot show:$missing"; fi

# The examples: an indented expression line, then "    => RESULT".
tmp=$(mktemp -d); trap 'rm -rf "$tmp"; nixel_env_cleanup' EXIT
python3 - builtins/doc.txt >"$tmp/examples" <<'PY'
import sys
name = expr = None
newer = 'old'
for line in open(sys.argv[1]):
    line = line.rstrip('\n')
    if line == '# ---- newer than Nix 2.8 ----':
        newer = 'new'
    elif line and not line[0].isspace() and not line.startswith('#'):
        name, expr = line.split()[0], None
    elif line.startswith('    => '):
        print(name + '\t' + expr + '\t' + line[7:] + '\t' + newer)
    elif line.startswith('    ') and line.strip():
        expr = line[4:]
PY
while IFS=$'\t' read -r name expr result part; do
    if [ "$part" = new ]; then
        got=$(cd "$tmp" && NIXEL_COMPAT=current "$NIXEL" --eval --strict -E "$expr" 2>/dev/null)
        if [ "$got" = "$result" ]; then ok; else bad "example of $name (newer than Nix 2.8) under nixel: $expr"$'\n'"  doc says: $result"$'\n'"  nixel:    $got"; fi
        continue
    fi
    got=$(cd "$tmp" && nix-instantiate --eval --strict -E "$expr" 2>/dev/null)
    if [ "$got" = "$result" ]; then ok; else bad "example of $name: $expr"$'\n'"  doc says:         $result"$'\n'"  nix-instantiate:  $got"; fi
    got=$(cd "$tmp" && "$NIXEL" --eval --strict -E "$expr" 2>/dev/null)
    if [ "$got" = "$result" ]; then ok; else bad "example of $name under nixel: $expr"$'\n'"  doc says: $result"$'\n'"  nixel:    $got"; fi
done <"$tmp/examples"
n=$(wc -l <"$tmp/examples")
[ "$n" -ge "$(wc -l <<<"$have")" ] && ok || bad "only $n examples for $(wc -l <<<"$have") builtins"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
