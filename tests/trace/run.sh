#!/usr/bin/env bash
# Error traces: every case here is evaluated with and without --show-trace by nixel and by
# nix-instantiate (the reference), and the whole output (stderr, then stdout: what a failed
# --json run leaves, in the order Nix's buffering gives) and the exit status must be equal.
# A case may add options with a line `# flags: ...`
# (the language cases compare only an error's first lines; without --show-trace, whether the
# hint to use it appears depends on the frames too). Usage: run.sh [NIXEL]; last line
# "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate
nixel=$(realpath "${1:-$here/../../build/nixel}")
pass=0 fail=0
for f in "$here"/*.nix; do
    for trace in --show-trace ""; do
        flags=$(sed -n 's/^# flags: //p' "$f")
        got=$(cd "$here" && { "$nixel" --eval --strict $flags $trace "$(basename "$f")" 2>&1; echo "rc=$?"; } | asan_noise)
        want=$(cd "$here" && nix-instantiate --eval --strict $flags $trace "$(basename "$f")" 2>&1; echo "rc=$?")
        if [ "$got" = "$want" ]; then
            pass=$((pass + 1))
        else
            fail=$((fail + 1))
            echo "FAIL $(basename "$f") ${trace:-(no trace)}"
            diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | head -20
        fi
    done
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
