#!/usr/bin/env bash
# Checks of `nixel render`'s command line beyond the goldens (run-goldens.sh): --json
# against Nix 2.8 (plan-with-nix.sh --json), warnings, the summary line, an existing or unwritable output, --force,
# nothing left behind on failure, seed modules loaded from modules/nixos/modules/
# virtualisation/ while messages name the real file, and -I nixpkgs=PATH.
#   cli.sh [NIXEL]          (default build/nixel)
# Last line: `N passed, M failed`.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../lib/env.sh"
# --json is checked against plan-with-nix.sh, i.e. nix-instantiate with nixpkgs' 2020 lib.
nixel_require nix-instantiate python3 seed golden nixpkgs-2020
repo=$(cd "$here/../.." && pwd)
nixel=$(realpath "${1:-$repo/build/nixel}")
seeds=$(cd "$repo/../shared/seed" && pwd)
goldens=$(cd "$repo/../shared/golden/cases" && pwd)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; nixel_env_cleanup' EXIT
passed=0 failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL $1"; [[ $# -lt 2 ]] || printf '%s\n' "$2" | sed 's/^/  /'; }
check() { if eval "$2"; then ok; else bad "$1" "${3:-}"; fi; }
# Nothing but the given names in $tmp/w (no output, no staging directory).
clean_w() { [[ "$(cd "$tmp/w" && ls -A | sort | tr '\n' ' ')" == "$1" ]]; }
# JSON equality, after naming files by their real paths in the Nix side's output
# (plan-with-nix.sh evaluates a copy of modules/nixos in a temporary directory, with the seed
# copied into it; nixel reads modules/nixos in place and names the seed file given). That
# directory is made by mktemp, so it lies in $TMPDIR (default /tmp).
same_json() {
  python3 - "$@" "$repo" "${TMPDIR:-/tmp}" <<'PY'
import json, os, re, sys
want, got, seed, repo, tmpdir = sys.argv[1:6]
tmp = re.escape(tmpdir.rstrip('/'))
text = open(want).read()
text = re.sub(tmp + r'/[^"/]+/nixos/modules/virtualisation/' + re.escape(os.path.basename(seed)), seed, text)
text = re.sub(tmp + r'/[^"/]+/nixos/', repo + '/modules/nixos/', text)
sys.exit(json.loads(text) != json.load(open(got)))
PY
}

# --json against Nix 2.8 evaluating the same config-json.nix (an attribute path the
# configuration lacks must fail on both sides)
for c in new-defaults new-users old-two; do
  seed=$seeds/$(tr -d '[:space:]' < "$goldens/$c/module")
  for attr in "" virtualisation.containers containers.web.forwardPorts users.users environment.etc.hosts; do
    args=(--json --module "$seed" "$goldens/$c/config.nix")
    [[ -z $attr ]] || args+=(--attr "$attr")
    want=0 got=0
    "$here/plan-with-nix.sh" "${args[@]}" > "$tmp/want.json" 2> /dev/null || want=$?
    "$nixel" render "${args[@]}" > "$tmp/got.json" 2> "$tmp/err" || got=$?
    if [[ $want -ne 0 && $got -ne 0 ]] || { [[ $want -eq 0 && $got -eq 0 ]] && same_json "$tmp/want.json" "$tmp/got.json" "$seed"; }; then ok
    else bad "--json $c ${attr:-(all)}" "nix status $want, nixel status $got; $(head -c 600 "$tmp/err")"; fi
  done
done

mkdir -p "$tmp/w"
cd "$tmp/w"

# warnings go to stderr, one "warning: " message each; the render still succeeds
cat > "$tmp/warn.nix" <<'NIX'
{ warnings = [ "first thing" "second thing" ]; }
NIX
status=0
"$nixel" render "$tmp/warn.nix" -o out 2> "$tmp/err" || status=$?
check "warnings printed" '[[ $status -eq 0 ]] && grep -qx "warning: first thing" "$tmp/err" && grep -qx "warning: second thing" "$tmp/err"' "$(cat "$tmp/err")"
check "warnings render written" '[[ -f out/MANIFEST && -f out/etc/hosts ]]'

# on success one summary line on stderr, stdout empty; its counts are MANIFEST's: etc files,
# etc links, distinct store objects (old-two has all three)
summary_counts() {
  local m=$1/MANIFEST
  local files links objects
  files=$(grep -c '^file etc/' "$m" || true)
  links=$(grep -c '^link etc/' "$m" || true)
  objects=$(grep -o '^[a-z]* store/[^/ ]*' "$m" | sort -u | wc -l)
  [[ $files -eq 1 ]] && f=file || f=files
  [[ $links -eq 1 ]] && l=link || l=links
  [[ $objects -eq 1 ]] && s="store object" || s="store objects"
  echo "nixel render: wrote $files $f, $links $l and $objects $s to $2"
}
for c in new-defaults old-two; do
  rm -rf "sum-$c"
  "$nixel" render --module "$seeds/$(tr -d '[:space:]' < "$goldens/$c/module")" "$goldens/$c/config.nix" \
    -o "sum-$c" > "$tmp/out" 2> "$tmp/err" || true
  check "summary line $c" '[[ ! -s $tmp/out && "$(cat "$tmp/err")" == "$(summary_counts "sum-$c" "sum-$c")" ]]' \
    "stderr: $(cat "$tmp/err"); from MANIFEST: $(summary_counts "sum-$c" "sum-$c" 2>&1)"
  [[ $c != old-two ]] || check "summary counts links and store objects" '! grep -q " 0 " "$tmp/err"' "$(cat "$tmp/err")"
  rm -rf "sum-$c"
done

# an existing output directory is refused and left as it was
status=0
"$nixel" render "$tmp/warn.nix" -o out 2> "$tmp/err" || status=$?
check "existing output refused" '[[ $status -eq 1 ]] && grep -q "already exists" "$tmp/err"' "$(cat "$tmp/err")"
check "existing output untouched" 'clean_w "out " && [[ -f out/MANIFEST ]]'

# --force replaces an earlier render in one rename: its files are gone, nothing else is left
echo old > out/etc/stale
status=0
"$nixel" render "$tmp/warn.nix" -o out 2> "$tmp/err" || status=$?
check "existing output untouched without --force" '[[ $status -eq 1 ]] && [[ "$(cat out/etc/stale)" == old ]] && clean_w "out "' "$(cat "$tmp/err")"
echo '{ environment.etc.fresh.text = "new"; }' > "$tmp/fresh.nix"
status=0
"$nixel" render --force "$tmp/fresh.nix" -o out 2> "$tmp/err" || status=$?
check "--force replaces" '[[ $status -eq 0 && ! -e out/etc/stale && "$(cat out/etc/fresh)" == new ]] && grep -q "etc/fresh" out/MANIFEST && clean_w "out "' "$(cat "$tmp/err")"
check "--force summary" 'grep -q "^nixel render: wrote .* to out$" "$tmp/err"' "$(cat "$tmp/err")"
# a failing evaluation with --force leaves the earlier render as it was
echo old > out/etc/stale
status=0
"$nixel" render --force "$tmp/undefined.nix" -o out 2> "$tmp/err" || status=$?
check "--force failure keeps the old tree" '[[ $status -eq 1 && "$(cat out/etc/stale)" == old ]] && clean_w "out "' "$(cat "$tmp/err")"
rm -rf out

# --force never removes what does not look like a render (-o ~): no MANIFEST, another entry
# beside MANIFEST, etc/ and store/, a file, a link to a render
refuse_force() {  # NAME WHAT-THE-ERROR-SAYS: refused, untouched (same listing), nothing staged
  local target=$1 says=$2 before status=0  # (check's eval sees its own $1 and $2)
  before=$(ls -lAR "$target" 2>&1)
  "$nixel" render --force "$tmp/warn.nix" -o "$target" 2> "$tmp/err" || status=$?
  check "--force refuses $target" '[[ $status -eq 1 ]] && grep -qF "$says" "$tmp/err" && [[ "$(ls -lAR "$target" 2>&1)" == "$before" ]] && [[ -z "$(ls -A | grep nixel)" ]]' "$(cat "$tmp/err")"
}
mkdir home && echo keep > home/.profile && mkdir home/etc
refuse_force home "no MANIFEST"
touch home/MANIFEST
refuse_force home "holds '.profile', which a render does not write"
echo keep > plain
refuse_force plain "is not a directory"
"$nixel" render "$tmp/warn.nix" -o render 2> /dev/null
ln -s render link
refuse_force link "is not a directory"
rm -rf home plain link render

# an evaluation error: non-zero, no output, no staging directory
cat > "$tmp/undefined.nix" <<'NIX'
{ no.such.option = 1; }
NIX
status=0
"$nixel" render "$tmp/undefined.nix" -o out 2> "$tmp/err" || status=$?
check "error exits 1" '[[ $status -eq 1 ]] && grep -q "does not exist" "$tmp/err"' "$(cat "$tmp/err")"
check "error leaves nothing" 'clean_w ""'

# a failure while writing (an owner MANIFEST cannot list, refused by the writer): nothing
# left either
cat > "$tmp/badowner.nix" <<'NIX'
{ environment.etc.x = { text = "x"; mode = "0644"; user = "a b"; }; environment.etc.y.text = "y"; }
NIX
status=0
"$nixel" render "$tmp/badowner.nix" -o out 2> "$tmp/err" || status=$?
check "write failure exits 1" '[[ $status -eq 1 ]] && grep -q "cannot write etc/x: its user" "$tmp/err"' "$(cat "$tmp/err")"
check "write failure leaves nothing" 'clean_w ""'

# a missing parent directory
status=0
"$nixel" render "$tmp/warn.nix" -o missing/out 2> "$tmp/err" || status=$?
check "missing parent directory" '[[ $status -eq 1 ]] && grep -q "staging" "$tmp/err"' "$(cat "$tmp/err")"

# a seed module sits in modules/nixos/modules/virtualisation/, but messages name its file
cat > "$tmp/seed-where.nix" <<'NIX'
{ ... }: { environment.etc.where.text = toString ./.; }
NIX
rm -rf out
"$nixel" render --module "$tmp/seed-where.nix" "$tmp/warn.nix" -o out 2> "$tmp/err" || true
check "seed directory is virtualisation/" '[[ "$(cat out/etc/where 2>/dev/null)" == "$repo/modules/nixos/modules/virtualisation" ]]' "$(cat "$tmp/err")"
rm -rf out
cat > "$tmp/seed-bad.nix" <<'NIX'
{ ... }: { networking.hostName = 1; }
NIX
status=0
"$nixel" render --module "$tmp/seed-bad.nix" "$tmp/warn.nix" -o out 2> "$tmp/err" || status=$?
check "seed messages name the real file" '[[ $status -eq 1 ]] && grep -qF "in \`$tmp/seed-bad.nix'"'"'" "$tmp/err"' "$(cat "$tmp/err")"
status=0
"$nixel" render --module "$tmp/no-such-seed.nix" "$tmp/warn.nix" -o out 2> "$tmp/err" || status=$?
check "missing seed file" '[[ $status -eq 1 ]] && grep -q "no-such-seed.nix" "$tmp/err" && clean_w ""' "$(cat "$tmp/err")"

# -I nixpkgs=PATH: <nixpkgs/lib> comes from PATH
mkdir -p "$tmp/fake/lib"
echo "import $repo/modules/lib // { cliMarker = \"from the -I lib\"; }" > "$tmp/fake/lib/default.nix"
cat > "$tmp/marker.nix" <<'NIX'
{ lib, ... }: { environment.etc.marker.text = lib.cliMarker or "from nixel's lib"; }
NIX
"$nixel" render "$tmp/marker.nix" -o out 2> "$tmp/err" || true
check "default lib is nixel's" '[[ "$(cat out/etc/marker 2>/dev/null)" == "from nixel'"'"'s lib" ]]' "$(cat "$tmp/err")"
rm -rf out
"$nixel" render -I "nixpkgs=$tmp/fake" "$tmp/marker.nix" -o out 2> "$tmp/err" || true
check "-I nixpkgs=PATH" '[[ "$(cat out/etc/marker 2>/dev/null)" == "from the -I lib" ]]' "$(cat "$tmp/err")"
rm -rf out

# --json says what it leaves out: an attribute whose evaluation throws is missing from the
# JSON and named on stderr with its error; a list element that throws is null and named too
cat > "$tmp/drops.nix" <<'NIX'
{ lib, ... }: {
  options.my.any = lib.mkOption { type = lib.types.unspecified; };
  config.my.any = { ok = 1; broken = throw "broken on purpose"; "a.b" = assert false; 2; l = [ 1 (throw "element") ]; };
}
NIX
status=0
"$nixel" render --json --attr my.any "$tmp/drops.nix" > "$tmp/out.json" 2> "$tmp/err" || status=$?
check "--json drops: JSON" '[[ $status -eq 0 && "$(cat "$tmp/out.json")" == "{\"l\":[1,null],\"ok\":1}" ]]' "$(cat "$tmp/out.json" "$tmp/err")"
check "--json drops: each named" '[[ $(grep -c "^warning: nixel render --json: " "$tmp/err") -eq 3 ]] &&
  grep -qxF "warning: nixel render --json: \`my.any.broken'"'"' is left out of the JSON, as its evaluation fails: broken on purpose" "$tmp/err" &&
  grep -qF "\`my.any.\"a.b\"'"'"' is left out of the JSON, as its evaluation fails: assertion" "$tmp/err" &&
  grep -qxF "warning: nixel render --json: \`my.any.l[1]'"'"' is null in the JSON, as its evaluation fails: element" "$tmp/err"' "$(cat "$tmp/err")"
# a golden case where the JSON leaves an option out (a container's `config' when `path' is given)
status=0
"$nixel" render --json --module "$seeds/containers-old.nix" "$here/cases/old-veths/config.nix" > /dev/null 2> "$tmp/err" || status=$?
check "--json drops: used but not defined" '[[ $status -eq 0 ]] && grep -qxF "warning: nixel render --json: \`containers.v.config'"'"' is left out of the JSON, as its evaluation fails: The option \`containers.v.config'"'"' is used but not defined." "$tmp/err"' "$(cat "$tmp/err")"

# every definition is checked against the declarations, also where the render reads nothing
# (tests/render/cases/err-undeclared-* check the messages against Nix 2.8); nixel render adds
# which nixpkgs module would declare a well-known option, and --json fails the same way
echo '{ services.openssh.enable = true; }' > "$tmp/sshd.nix"
for mode in "-o out" "--json"; do
  status=0
  # shellcheck disable=SC2086 # word splitting wanted
  "$nixel" render "$tmp/sshd.nix" $mode > /dev/null 2> "$tmp/err" || status=$?
  check "undeclared option ($mode)" '[[ $status -eq 1 ]] && clean_w "" && grep -qxF "error: The option \`services.openssh'"'"' defined in \`$tmp/sshd.nix'"'"' does not exist." "$tmp/err" &&
    grep -qF "\`services.openssh'"'"' is declared by nixos/modules/services/networking/ssh/sshd.nix in nixpkgs, which nixel render does not load" "$tmp/err"' "$(cat "$tmp/err")"
done
status=0
"$nixel" render -I "nixpkgs=$NIXPKGS_2020" "$tmp/sshd.nix" -o out > /dev/null 2> "$tmp/err" || status=$?
check "undeclared option (2020 lib)" '[[ $status -eq 1 ]] && clean_w "" && grep -qF "is declared by nixos/modules/services/networking/ssh/sshd.nix" "$tmp/err"' "$(cat "$tmp/err")"
echo '{ time.timeZone = "UTC"; }' > "$tmp/tz.nix"
"$nixel" render "$tmp/tz.nix" -o out > /dev/null 2> "$tmp/err" || true
check "undeclared option: hint from the first undeclared level" 'grep -qF "\`time.timeZone'"'"' is declared by nixos/modules/config/locale.nix" "$tmp/err"' "$(cat "$tmp/err")"
echo '{ services.frobnicator.enable = true; }' > "$tmp/unknown.nix"
"$nixel" render "$tmp/unknown.nix" -o out > /dev/null 2> "$tmp/err" || true
check "undeclared option: no hint nixel does not know" 'grep -q "does not exist" "$tmp/err" && ! grep -q "is declared by" "$tmp/err"' "$(cat "$tmp/err")"

# usage errors
for args in "" "--json" "$tmp/warn.nix" "$tmp/warn.nix -o" "$tmp/warn.nix --frobnicate -o out" "a.nix b.nix -o out" "$tmp/warn.nix --json --force"; do
  status=0
  # shellcheck disable=SC2086 # word splitting wanted
  "$nixel" render $args 2> "$tmp/err" > /dev/null || status=$?
  check "usage error: '$args'" '[[ $status -eq 1 ]] && grep -q "usage: nixel render" "$tmp/err" && clean_w ""' "$(cat "$tmp/err")"
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
