#!/usr/bin/env bash
# `nixel compare` and `nixel render --compare` (render/compare.c): the shipped goldens match;
# altered copies of them report each kind of difference (content as a unified diff that
# `patch` applies, missing and extra files, kind, mode, link target, MANIFEST lines) with
# exit status 1; what the rules ignore (hashes, MANIFEST order and checksums, the nested
# system stand-in's content, which of several same-named store objects is which) matches;
# failing cases are compared by their message block; --accept writes the render as the
# golden.   run.sh [NIXEL]   Last line: `N passed, M failed`.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../lib/env.sh"
source "$here/../lib/check.sh"
nixel_require seed golden patch
repo=$(cd "$here/../.." && pwd)
nixel=$(realpath "${1:-$repo/build/nixel}")
seeds=$(cd "$repo/../shared/seed" && pwd)
goldens=$(cd "$repo/../shared/golden/cases" && pwd)
cd "$tmp"

render() { # case, then render's further arguments
  local c=$1; shift
  "$nixel" render --module "$seeds/$(tr -d '[:space:]' < "$goldens/$c/module")" "$goldens/$c/config.nix" "$@"
}

# ---- the shipped goldens match, through both command lines
for c in "$goldens"/*/; do
  c=$(basename "$c")
  out=$(render "$c" --compare "$goldens/$c" 2>&1); rc=$?
  [[ $rc -eq 0 && -z $out ]] && ok || bad "render --compare $c (status $rc)" "$out"
  render "$c" -o "$c.out" > /dev/null 2>&1
  out=$("$nixel" compare "$c.out" "$goldens/$c/expected" 2>&1); rc=$?
  [[ $rc -eq 0 && -z $out ]] && ok || bad "compare $c.out $c/expected (status $rc)" "$out"
done
out=$("$nixel" compare old-two.out/ "$goldens/old-two/expected/" 2>&1); rc=$?
[[ $rc -eq 0 && -z $out ]] && ok || bad "directories given with a final slash (status $rc)" "$out"
[[ -z $(ls -A "${TMPDIR:-/tmp}" | grep '^nixel-compare-') ]] && ok || bad "render --compare leaves its temporary render behind"

# ---- altered copies of old-two's golden: each difference is found, exit status 1
render old-two -o out > /dev/null 2>&1
fresh() { rm -rf g; cp -R "$goldens/old-two/expected" g; chmod -R u+w g; }
store_file() { (cd g/store && ls | grep -- "-$1\$" | head -n 1); }
expect_difference() { # name, pattern the report must contain (grep -E), [the alteration ran in g]
  local out rc
  out=$("$nixel" compare out g 2>&1); rc=$?
  if [[ $rc -eq 1 ]] && grep -qE -- "$2" <<< "$out" && tail -n 1 <<< "$out" | grep -qE '^[0-9]+ differences? from g$'; then ok
  else bad "$1: status $rc, report lacks /$2/" "$out"; fi
}
fresh; printf 'foo bar\n' >> g/etc/hosts
expect_difference content '^--- golden/etc/hosts$'
"$nixel" compare out g > report
sed -n '/^--- golden\/etc\/hosts$/,/^[^-+@ \\]/p' report | sed '$d' > hosts.diff
cp g/etc/hosts hosts && patch -s hosts hosts.diff && cmp -s hosts out/etc/hosts && ok || bad "the content diff does not patch the golden file into the render's" "$(cat hosts.diff)"
fresh; rm g/etc/subuid
expect_difference "missing file" '^etc/subuid: extra: '
fresh; echo x > g/etc/only-in-golden
expect_difference "extra file" '^etc/only-in-golden: missing: '
fresh; rm g/etc/containers/db.conf; ln -s x g/etc/containers/db.conf
expect_difference "kind file/symlink" '^etc/containers/db.conf: kind: the golden has a symlink, the render a file$'
fresh; chmod 0644 "g/store/$(store_file reload-container)"
expect_difference mode '^store/HASH-reload-container: mode: the golden.s is 0644, the render.s 0755$'
fresh; l=g/etc/systemd/system/machines.target.wants/container@web.service; rm "$l"; ln -s ../other "$l"
expect_difference "link target" "^etc/systemd/system/machines.target.wants/container@web.service: link target: the golden's is '../other'"
fresh; sed -i 's|^file etc/subgid mode=0644|file etc/subgid mode=0600|' g/MANIFEST
expect_difference "MANIFEST line" '^MANIFEST: missing line: file etc/subgid mode=0600$'
fresh; echo 'link etc/foo -> bar' >> g/MANIFEST
expect_difference "MANIFEST extra line" '^MANIFEST: missing line: link etc/foo -> bar$'
fresh; rm out2 -rf; cp -R out out2; rm out2/MANIFEST
out=$("$nixel" compare out2 g); [[ $? -eq 1 && $out == *"MANIFEST: missing"* ]] && ok || bad "a render without MANIFEST" "$out"
fresh; s=$(store_file unit-script-container_web-start); printf 'changed\n' > "g/store/$s"
expect_difference "store content" '^\+\+\+ render/store/HASH-unit-script-container_web-start$'

# ---- the unified diffs are right: on random pairs of files (few distinct lines, so many
# matches; with and without a final newline) `patch` turns the golden file into the render's
RANDOM=7
random_text() { local i n=$((RANDOM % 30)); for ((i = 0; i < n; i++)); do printf 'line %d\n' $((RANDOM % 6)); done; ((RANDOM % 4)) || printf 'end'; }
diffs_ok=0
for i in $(seq 40); do
  rm -rf ra rb; mkdir -p ra/etc rb/etc; random_text > ra/etc/f; random_text > rb/etc/f; : > ra/MANIFEST; : > rb/MANIFEST
  "$nixel" compare rb ra | sed '$d' | sed '1,2d' > f.diff
  cp ra/etc/f f; { [[ ! -s f.diff ]] || patch -s f f.diff; } && cmp -s f rb/etc/f && diffs_ok=$((diffs_ok + 1)) || bad "random diff $i does not patch" "$(cat f.diff)"
done
[[ $diffs_ok -eq 40 ]] && ok

# ---- what the rules ignore
same() { # name
  local out rc; out=$("$nixel" compare out g 2>&1); rc=$?
  [[ $rc -eq 0 && -z $out ]] && ok || bad "$1 (status $rc)" "$out"
}
fresh; i=0; for f in g/store/*; do b=$(basename "$f"); i=$((i + 1)); mv "$f" "g/store/$(printf '%032d' $i)-${b#*-}"; done
same "store hashes in file names"
fresh; sed -i -E 's|/nix/store/[0-9a-z]{32}-|/nix/store/0123456789abcdefghijklmnopqrstuv-|g' g/etc/containers/web.conf g/MANIFEST
same "store hashes in contents and MANIFEST"
fresh; { grep '^link' g/MANIFEST; grep '^file' g/MANIFEST | sed -E 's/sha256=[0-9a-f]+/sha256=0/; s/bytes=[0-9]+/bytes=1/' | shuf; } > m && mv m g/MANIFEST
same "MANIFEST order, sha256= and bytes="
fresh; printf 'anything' > "g/store/$(store_file nixos-system-web-20.09pre-git)"
same "the nested system stand-in's content"
fresh; chmod 0755 "out/store/$(cd out/store && ls | grep -- -nixos-system-web-20.09pre-git)"
expect_difference "an executable stand-in" 'nixos-system-web-20.09pre-git: mode: the nested system stand-in must not be executable'
chmod 0644 out/store/*-nixos-system-web-20.09pre-git
fresh; a=$(cd g/store && ls | grep -- -container-init | head -n 1); b=$(cd g/store && ls | grep -- -container-init | tail -n 1)
mv "g/store/$a" t; mv "g/store/$b" "g/store/$a"; mv t "g/store/$b"
same "same-named store objects matched as a group"

# ---- failing cases: the message block
mkdir -p errcase && printf '{ virtualisation.podman.enable = 3; }\n' > errcase/config.nix && echo containers-new.nix > errcase/module
err_render() { "$nixel" render --module "$seeds/containers-new.nix" errcase/config.nix "$@"; }
err_render -o never > /dev/null 2> stderr; status=$?
[[ $status -ne 0 ]] && ok || bad "the error case's render fails"
{ echo error:; grep -v '^$' stderr | sed 's/^error: //'; echo "(use '--show-trace' to show detailed location information)"; } > errcase/expected-error.txt
out=$(err_render --compare errcase 2>/dev/null); rc=$?
[[ $rc -eq 0 && -z $out ]] && ok || bad "render --compare of a failing case (status $rc)" "$out"
out=$("$nixel" compare --stderr stderr --status "$status" never errcase 2>&1); rc=$?
[[ $rc -eq 0 && -z $out ]] && ok || bad "compare --stderr of a failing case (status $rc)" "$out"
echo 'a line nixel never prints' >> errcase/expected-error.txt
out=$(err_render --compare errcase 2>/dev/null); rc=$?
[[ $rc -eq 1 && $out == *"lacks the golden's message block"* && $out == *"+++ render's standard error"* ]] && ok || bad "a wrong message block (status $rc)" "$out"
out=$(render new-defaults --compare errcase 2>/dev/null); rc=$?
[[ $rc -eq 1 && $out == *"the render succeeded; the golden expects it to fail"* ]] && ok || bad "a render that succeeds where the golden fails (status $rc)" "$out"
out=$(err_render --compare "$goldens/new-defaults" 2>/dev/null); rc=$?
[[ $rc -eq 1 && $out == *"the render failed"* ]] && ok || bad "a render that fails where the golden has a tree (status $rc)" "$out"
mkdir left && out=$("$nixel" compare --stderr stderr --status 1 left errcase/expected-error.txt 2>&1); rc=$?
[[ $rc -eq 1 && $out == *"left an output"* ]] && ok || bad "a failed render that left an output (status $rc)" "$out"

# ---- --accept
out=$(render new-users --compare newgolden --accept 2>&1); rc=$?
render new-users -o nu > /dev/null 2>&1
out2=$("$nixel" compare nu newgolden 2>&1) && [[ $rc -eq 0 && -z $out2 ]] && "$nixel" compare newgolden "$goldens/new-users/expected" > /dev/null && ok \
  || bad "render --compare NEW --accept writes the golden (status $rc)" "$out $out2"
fresh; printf 'foo\n' >> g/etc/hosts
"$nixel" compare --accept out g > /dev/null 2>&1; rc=$?
out=$("$nixel" compare out g 2>&1); [[ $rc -eq 0 && $? -eq 0 && -z $out && ! -e g.nixel-old && ! -e g.nixel-new ]] && ok || bad "compare --accept replaces an altered golden (status $rc)" "$out"
cp -R errcase acc && rm acc/expected-error.txt && err_render --compare acc --accept > /dev/null 2>&1
[[ -f acc/expected-error.txt ]] && err_render --compare acc > /dev/null 2>&1 && ok || bad "--accept of a failing render writes expected-error.txt"
render new-defaults --compare acc --accept > /dev/null 2>&1
[[ -d acc/expected && ! -e acc/expected-error.txt ]] && render new-defaults --compare acc > /dev/null 2>&1 && ok || bad "--accept turns a failing case into a tree case"

# ---- trouble is status 2
"$nixel" compare out no-such-golden > /dev/null 2>&1; [[ $? -eq 2 ]] && ok || bad "a missing golden is status 2"
"$nixel" compare out > /dev/null 2>&1; [[ $? -eq 2 ]] && ok || bad "one argument is status 2"

finish
