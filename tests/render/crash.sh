#!/usr/bin/env bash
# Crash safety of `nixel render` (render/stage.c, render/tree.c, render/quote.c): a render
# killed with SIGKILL mid-write leaves its locked staging directory, which the next render
# beside it removes; SIGTERM, SIGINT and SIGHUP remove it at once and exit 1; a render
# that fails on a full disk (write errors) or with a tree deeper than PATH_MAX leaves
# nothing; --force killed after its swap leaves the old tree locked for the next render to
# remove, and keeps one that changed meanwhile; an output name of 255 bytes works;
# MANIFEST quotes hostile names so that no field can be injected, and `nixel compare`
# reads them back. A render is held by strace delaying one of its system calls (a file's
# write mid-tree, the fsync after the swap, the swap itself).
#   crash.sh [NIXEL]          (default build/nixel)
# Last line: `N passed, M failed`.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../lib/env.sh"
nixel_require seed golden strace python3
repo=$(cd "$here/../.." && pwd)
nixel=$(realpath "${1:-$repo/build/nixel}")
seed=$(cd "$repo/../shared/seed" && pwd)/containers-new.nix
config=$(cd "$repo/../shared/golden/cases/new-users" && pwd)/config.nix

source "$here/../lib/check.sh"
check() { if eval "$2"; then ok; else bad "$1" "${3:-}"; fi; }
cd "$tmp"
mkdir w

render() { "$nixel" render --module "$seed" "$config" "$@"; }
"$nixel" render --module "$seed" "$config" -o reference 2> /dev/null

stages() { compgen -G "w/.out.nixel-*" || true; }

# Starts a render into w/out held by strace in one system call (by default for 5 s in its 4th
# write: the lock's marker is the first, so its 3rd file), with more render arguments after the first three; waits for its
# staging directory, whose lock names nixel's pid, and for READY (a test, default true);
# sets $stage and $pid.
#   start_held_render [SYSCALL INJECTION READY [ARG...]]
start_held_render() {
  local sys=write inject=delay_enter=5000000:when=4 ready=true
  if [[ $# -ge 3 ]]; then sys=$1 inject=$2 ready=$3; shift 3; fi
  # a background job starts with SIGINT ignored, and a run under nohup with SIGHUP ignored,
  # which nixel keeps ignored: restore both (and TERM) for the render
  env --default-signal=INT,HUP,TERM strace -f -o /dev/null -e trace="$sys" -e inject="$sys:$inject" \
    "$nixel" render --module "$seed" "$config" -o w/out "$@" > "$tmp/held.out" 2> "$tmp/held.err" &
  strace_pid=$!
  stage='' pid=''
  for _ in $(seq 1000); do
    stage=$(stages)
    [[ -n $stage && -s $stage/.nixel-lock ]] && eval "$ready" && pid=$(sed -n 's/^pid //p' "$stage/.nixel-lock")
    [[ -z $pid ]] || break
    sleep 0.02
  done
}

# SIGKILL mid-write: the staging tree stays, locked by no one; the next render removes it
# (and says so) and writes a whole output.
start_held_render
check "held render has a staging directory with a marker" '[[ -n $pid ]]' "stage '$stage'; $(cat "$tmp/held.err")"
# the "top directory" hint of render/stage.c, where the file system takes it (ext4)
top_hint=false
[[ -n $stage ]] && lsattr -d "$stage" 2> /dev/null | grep -q '^[^ ]*T' && top_hint=true
[[ -z $pid ]] || kill -KILL "$pid"
wait "$strace_pid" 2> /dev/null || true
check "SIGKILL leaves the staging directory" '[[ -n $stage && -d $stage && ! -e w/out ]]' "$(ls -A w)"
status=0
render -o w/out 2> "$tmp/err" || status=$?
check "the next render removes it" '[[ $status -eq 0 && -z "$(stages)" ]]' "status $status; $(ls -A w); $(cat "$tmp/err")"
check "and says so" 'grep -q "removed the staging directory .*left by an interrupted render" "$tmp/err"' "$(cat "$tmp/err")"
check "and its output is whole" 'diff -r reference w/out > /dev/null' "$(diff -r reference w/out 2>&1 | head -5)"
check "no lock file in the output" '[[ ! -e w/out/.nixel-lock ]]'
if $top_hint; then
  check "the staging directory's top-directory hint is cleared in the output" '! lsattr -d w/out | grep -q "^[^ ]*T"' "$(lsattr -d w/out)"
fi
rm -rf w/out

# SIGTERM, SIGINT, SIGHUP mid-write: the staging tree is removed, exit 1, a message
for sig in TERM INT HUP; do
  start_held_render
  [[ -z $pid ]] || kill -"$sig" "$pid"
  status=0
  wait "$strace_pid" 2> /dev/null || status=$?
  check "SIG$sig removes the staging directory" '[[ -n $pid && -z "$(stages)" && ! -e w/out ]]' "$(ls -A w)"
  check "SIG$sig: exit 1 and a message" '[[ $status -eq 1 ]] && grep -q "^error: nixel render: interrupted by SIG$sig" "$tmp/held.err"' \
    "status $status; $(cat "$tmp/held.err")"
  rm -rf w/out
done

# a staging directory of a render that is still running is not removed by another render
start_held_render
status=0
render -o w/other 2> "$tmp/err" || status=$?
check "a running render's staging directory is kept" '[[ $status -eq 0 && -n $stage && -d $stage ]]' "$(ls -A w); $(cat "$tmp/err")"
[[ -z $pid ]] || kill -TERM "$pid"
wait "$strace_pid" 2> /dev/null || true
rm -rf w/other

# --force killed after the swap (RENAME_EXCHANGE) and before the old tree is gone: the output
# is the whole new tree, and the old one, at the staging name, is locked and marked like a
# staging tree, so the next render removes it. The render is held in its first fsync, which
# flushes the new tree after the old one was locked.
echo '{ environment.etc.old.text = "old"; }' > "$tmp/old.nix"
"$nixel" render "$tmp/old.nix" -o w/out 2> /dev/null
start_held_render fsync delay_enter=5000000:when=1 '[[ -e $stage/etc/old ]]' --force
check "--force held after the swap: the old tree is locked at the staging name" '[[ -n $pid ]]' "stage '$stage'; $(ls -A w); $(cat "$tmp/held.err")"
[[ -z $pid ]] || kill -KILL "$pid"
wait "$strace_pid" 2> /dev/null || true
check "--force killed after the swap: the output is the new tree, whole" 'diff -r reference w/out > /dev/null' "$(diff -r reference w/out 2>&1 | head -5)"
status=0
render -o w/other 2> "$tmp/err" || status=$?
check "--force killed after the swap: the next render removes the old tree" '[[ $status -eq 0 && -z "$(stages)" ]] && grep -q "removed the staging directory .*left by an interrupted render" "$tmp/err"' \
  "status $status; $(ls -A w); $(cat "$tmp/err")"
rm -rf w/out w/other

# --force that finds the old tree changed just before the swap (a file added while the render
# is held in its second renameat2, the exchange) keeps it, without a lock: no later render
# takes it for an abandoned staging tree
"$nixel" render "$tmp/old.nix" -o w/out 2> /dev/null
env --default-signal=INT,HUP,TERM strace -f -o /dev/null -e trace=renameat2 -e inject=renameat2:delay_enter=3000000:when=2 \
  "$nixel" render --module "$seed" "$config" -o w/out --force > "$tmp/held.out" 2> "$tmp/held.err" &
strace_pid=$!
for _ in $(seq 1000); do [[ -n "$(stages)" && ! -e "$(stages)/.nixel-lock" ]] && break; sleep 0.02; done
sleep 0.5
echo mine > w/out/notes.txt
status=0
wait "$strace_pid" 2> /dev/null || status=$?
stage=$(stages)
check "--force: an old tree changed before the swap is kept, unlocked, and the render says where" \
  '[[ $status -eq 1 && -n $stage && -e $stage/notes.txt && ! -e $stage/.nixel-lock ]] && grep -q "what it held changed during the render: kept at" "$tmp/held.err" && diff -r reference w/out > /dev/null' \
  "status $status; stage '$stage'; $(ls -A w "$stage" 2>&1); $(cat "$tmp/held.err")"
status=0
render -o w/other 2> "$tmp/err" || status=$?
check "--force: the kept tree stays after the next render" '[[ $status -eq 0 && -e $stage/notes.txt ]]' "status $status; $(cat "$tmp/err")"
rm -rf w/out w/other "$stage"

# a tree deeper than PATH_MAX (an etc path of 40 components of 200 bytes) is written, and a
# failure after it (a conflicting entry) removes it all
python3 - "$tmp/deep.nix" <<'PY'
import sys
deep = "/".join(["d" * 200] * 25)
open(sys.argv[1], "w").write('{ environment.etc."%s/file".text = "deep"; environment.etc."%s".text = "clash"; }\n' % (deep, deep))
PY
status=0
"$nixel" render "$tmp/deep.nix" -o w/out 2> "$tmp/err" || status=$?
check "a failing render deeper than PATH_MAX leaves nothing" '[[ $status -eq 1 && -z "$(ls -A w)" ]]' "status $status; $(ls -A w); $(head -c 300 "$tmp/err")"
python3 - "$tmp/deep-ok.nix" <<'PY'
import sys
deep = "/".join(["d" * 200] * 25)
open(sys.argv[1], "w").write('{ environment.etc."%s/file".text = "deep"; }\n' % deep)
PY
status=0
"$nixel" render "$tmp/deep-ok.nix" -o w/out 2> "$tmp/err" || status=$?
check "a render deeper than PATH_MAX" '[[ $status -eq 0 ]] && grep -q "^file etc/d\{200\}/.*/file mode=" w/out/MANIFEST' "status $status; $(head -c 300 "$tmp/err")"
status=0
"$nixel" render "$tmp/deep-ok.nix" -o w/out --force 2> "$tmp/err" || status=$?
check "--force replaces and removes a tree deeper than PATH_MAX" '[[ $status -eq 0 && "$(ls -A w)" == out ]]' "status $status; $(ls -A w); $(head -c 300 "$tmp/err")"
rm -rf w/out

# an output name of 255 bytes (the staging name is cut to fit NAME_MAX)
long=$(printf 'n%.0s' $(seq 255))
status=0
render -o "w/$long" 2> "$tmp/err" || status=$?
check "an output name of 255 bytes" '[[ $status -eq 0 && "$(ls -A w)" == "$long" ]] && diff -r reference "w/$long" > /dev/null' "status $status; $(head -c 300 "$tmp/err")"
rm -rf "w/$long"

# writes that fail: a file size limit (EFBIG) and, where a user namespace can mount one, a
# full tmpfs (ENOSPC): exit 1, an error naming the file, nothing left
cat > "$tmp/big.nix" <<'NIX'
{ environment.etc.big.text = builtins.concatStringsSep "" (builtins.genList (_: "0123456789abcdef") 65536); }
NIX
status=0
( trap '' XFSZ; ulimit -f 512; exec "$nixel" render "$tmp/big.nix" -o w/out ) 2> "$tmp/err" || status=$?
check "a failed write (file size limit): error, exit 1, nothing left" \
  '[[ $status -eq 1 && -z "$(ls -A w)" ]] && grep -q "^error: nixel render: cannot write etc/big: File too large" "$tmp/err"' "status $status; $(ls -A w); $(cat "$tmp/err")"
if unshare -Urm true 2> /dev/null; then
  mkdir small
  status=0
  unshare -Urm sh -c 'mount -t tmpfs -o size=256k tmpfs small && exec "$@"' sh "$nixel" render "$tmp/big.nix" -o small/out 2> "$tmp/err" || status=$?
  check "a full disk (ENOSPC): error, exit 1" '[[ $status -eq 1 ]] && grep -q "^error: nixel render: cannot write etc/big: No space left on device" "$tmp/err"' "status $status; $(cat "$tmp/err")"
else
  echo "note: no user namespace to mount a small tmpfs; the ENOSPC case is not run"
fi

# hostile names: MANIFEST quotes them; no field is injected; compare reads them back
cat > "$tmp/hostile.nix" <<'NIX'
{
  environment.etc."a b mode=4755 sha256=00".text = "1";
  environment.etc."tab\there".text = "2";
  environment.etc."back\\slash".text = "3";
  environment.etc."ünï €".text = "4";
  environment.etc."q\"uote".text = "5";
  environment.etc."arrow -> x".text = "6";
  environment.etc."nl\nline".text = "7";
}
NIX
"$nixel" render "$tmp/hostile.nix" -o w/h 2> "$tmp/err" || true
m=w/h/MANIFEST
check "MANIFEST: a name with spaces is quoted" 'grep -qxF "$(printf "%s" "file \"etc/a b mode=4755 sha256=00\" mode=symlink") $(grep -o "sha256=[0-9a-f]* bytes=1 perm=0644 user=+0 group=+0" "$m" | head -1)" "$m"' "$(cat "$m" "$tmp/err")"
check "MANIFEST: no line has an injected mode" '[[ $(grep -c " mode=4755" "$m") -eq 0 || $(grep -c "^file \"etc/a b mode=4755" "$m") -eq 1 ]] && ! grep -q "^file etc/a " "$m"' "$(cat "$m")"
check "MANIFEST: tab and newline escaped" 'grep -q "^file \"etc/tab\\\\there\" mode=symlink" "$m" && grep -q "^file \"etc/nl\\\\nline\" mode=symlink" "$m"' "$(cat "$m")"
check "MANIFEST: a backslash or quote inside a word stays" 'grep -q "^file etc/back\\\\slash mode=" "$m" && grep -q "^file etc/q\"uote mode=" "$m"' "$(cat "$m")"
check "MANIFEST: UTF-8 stays readable" 'grep -q "^file \"etc/ünï €\" mode=" "$m"' "$(cat "$m")"
check "MANIFEST: one line per file" '[[ $(wc -l < "$m") -eq $(find w/h -type f ! -name MANIFEST -printf x | wc -c) ]]' "$(cat "$m")"
check "the newline name is a file" '[[ -f "w/h/etc/nl"$'"'"'\n'"'"'"line" ]]'
status=0
"$nixel" compare w/h w/h > "$tmp/out" 2>&1 || status=$?
check "compare reads the quoted MANIFEST" '[[ $status -eq 0 ]]' "$(cat "$tmp/out")"
cp -r w/h w/h2
sed -i 's/^file "etc\/a b mode=4755 sha256=00" mode=symlink/file "etc\/a b mode=4755 sha256=00" mode=0644/' w/h2/MANIFEST
status=0
"$nixel" compare w/h2 w/h > "$tmp/out" 2>&1 || status=$?
check "compare sees a changed mode of a quoted name" '[[ $status -eq 1 ]] && grep -qF "MANIFEST: missing line: file \"etc/a b mode=4755 sha256=00\" mode=symlink" "$tmp/out"' "$(cat "$tmp/out")"

finish
