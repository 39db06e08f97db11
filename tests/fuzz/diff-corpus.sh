#!/usr/bin/env bash
# Differential check of a libFuzzer corpus: each input of fuzz_json, fuzz_toml or fuzz_regex
# (build/fuzz/corpus-NAME after make fuzz-all: inputs chosen for the code they reach) is
# given to nixel and to nix-instantiate as the builtin's argument (read from a file, so any
# bytes go), `--eval --strict`; stdout, stderr and exit status must be equal. Prints each
# difference, then "N passed, M failed". Inputs on which nix-instantiate runs past 20 s (its
# regex search is exponential where nixel's is memoized) are counted apart.
#   diff-corpus.sh NIXEL HARNESS CORPUS_DIR [MAX]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate timeout
nixel=$(realpath "$1") harness=$2 corpus=$3 max=${4:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"; nixel_env_cleanup' EXIT

# The program for one input; the input's bytes are in $work/a (and $work/b).
program() {
    case $harness in
    fuzz_json) echo 'builtins.fromJSON (builtins.readFile ./a)' ;;
    fuzz_toml) echo 'builtins.fromTOML (builtins.readFile ./a)' ;;
    fuzz_regex) echo 'let p = builtins.readFile ./a; s = builtins.readFile ./b; in [ (builtins.match p s) (builtins.split p s) ]' ;;
    esac
}

split_input() { # the input file: a (and b) in $work, as the harness reads it
    if [ "$harness" = fuzz_regex ]; then
        if python3 - "$1" "$work" <<'PY'
import sys
d = open(sys.argv[1], 'rb').read()
p, sep, s = d.partition(b'\0')
s = s.split(b'\0')[0] if sep else p
open(sys.argv[2] + '/a', 'wb').write(p); open(sys.argv[2] + '/b', 'wb').write(s)
PY
        then return 0; else return 1; fi
    fi
    # Nix strings end at a NUL: so does what the harness gives the builtin
    python3 -c 'import sys; open(sys.argv[2], "wb").write(open(sys.argv[1], "rb").read().split(b"\0")[0])' "$1" "$work/a"
}

program >"$work/p.nix"
pass=0 fail=0 n=0 unfinished=0
for f in "$corpus"/*; do
    n=$((n + 1)); [ "$n" -le "$max" ] || break
    split_input "$f" || continue
    got=$(cd "$work" && timeout 20 "$nixel" --eval --strict p.nix 2>&1; echo "rc=$?")
    want=$(cd "$work" && timeout -s KILL 20 nix-instantiate --eval --strict p.nix 2>&1; echo "rc=$?")
    # Nix's regex search may run for ever (killed: 137) where nixel's memoized one answers or
    # gives up with its error: nothing to compare
    if [[ $want == *rc=137 ]]; then
        unfinished=$((unfinished + 1))
    elif [ "$got" = "$want" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "=== $(basename "$f"): $(head -c 200 "$f" | od -An -c | head -n 3 | tr -s ' ')"
        diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | head -12
    fi
done
[ "$unfinished" -eq 0 ] || echo "($unfinished inputs not compared: nix-instantiate did not finish within 20 s)"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
