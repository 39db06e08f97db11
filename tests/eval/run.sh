#!/usr/bin/env bash
# `nixel eval` for people (cli/main.c, man/nixel-eval.1): an expression, -f FILE, - for
# standard input, an existing file given as the argument; --raw, --json, strict by default
# and --lazy, each against nix-instantiate --eval (the reference) where it has the same
# output; a missing file (-f, or an argument that looks like a path) is a clear error; the
# flags of nixel eval stay unknown to the nix-instantiate face.
#   run.sh [NIXEL]   Last line: `N passed, M failed`.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../lib/env.sh"
source "$here/../lib/check.sh"
nixel_require nix-instantiate
nixel=$(realpath "${1:-$here/../../build/nixel}")
cd "$tmp"
run() { "$nixel" eval "$@" > out 2> err; echo $? > rc; }
same_as() { # name, reference command...: nixel's out/err/rc (from run) equal the reference's
  local name=$1; shift
  "$@" > want.out 2> want.err; local want_rc=$?
  if cmp -s out want.out && cmp -s err want.err && [[ $(cat rc) -eq $want_rc ]]; then ok
  else bad "$name" "want (status $want_rc): $(cat want.out want.err)"$'\n'"got (status $(cat rc)): $(cat out err)"; fi
}
printf '{ name = "hi\\n"; n = 1 + 2; l = [ 1 (2 + 3) ]; s = { a.b = 4 + 4; }; }\n' > d.nix
mkdir -p sub && printf '7 * 6\n' > sub/default.nix

# ---- against nix-instantiate --eval
for e in '1 + 2' '{ a = 1 + 1; b = [ (2 * 3) ]; }' '"a\nb"' 'builtins.attrNames { b = 1; a = 2; }' 'x: x' 'throw "no"'; do
  run "$e"; same_as "nixel eval '$e' is --eval --strict" nix-instantiate --eval --strict -E "$e"
  run --lazy "$e"; same_as "nixel eval --lazy '$e' is --eval" nix-instantiate --eval -E "$e"
done
run -f d.nix; same_as "-f FILE" nix-instantiate --eval --strict d.nix
run d.nix -A s.a; same_as "an existing file as the argument, -A" nix-instantiate --eval --strict d.nix -A s.a
run sub; same_as "a directory means its default.nix" nix-instantiate --eval --strict sub
run - < d.nix; same_as "- reads standard input" nix-instantiate --eval --strict - < d.nix
run --argstr x -f 'x: x'; same_as "a value of --argstr is not nixel eval's -f" nix-instantiate --eval --strict --argstr x -f -E 'x: x'
run -E ./foo; same_as "-E: a path expression" nix-instantiate --eval --strict -E ./foo

# ---- --json: Nix's JSON and a final newline
run --json -f d.nix
{ nix-instantiate --eval --strict --json d.nix; echo; } > want.out
cmp -s out want.out && [[ $(cat rc) -eq 0 ]] && ok || bad "--json" "$(cat out err)"

# ---- --raw: the string as it is
run --raw -f d.nix -A name
printf 'hi\n' | cmp -s - out && [[ $(cat rc) -eq 0 ]] && ok || bad "--raw prints the string's bytes, nothing added" "$(od -c out | head -3)"
printf '"from stdin"' | "$nixel" eval --raw - > out 2>&1
[[ $(cat out) == "from stdin" ]] && ok || bad "--raw -" "$(cat out)"
run --raw '[ 1 ]'; [[ $(cat rc) -eq 1 && ! -s out && $(cat err) == *"cannot coerce a list to a string"* ]] && ok || bad "--raw of a list fails" "$(cat out err)"

# ---- missing files: clear errors, nothing printed on stdout
for a in ./typo.nix typo.nix sub/typo /no/such/file.nix; do
  run "$a"; [[ $(cat rc) -eq 1 && ! -s out && $(cat err) == "error: nixel eval: there is no file '$a'"* ]] && ok || bad "nixel eval $a" "$(cat out err)"
done
run -f typo.nix; [[ $(cat rc) -eq 1 && $(cat err) == "error: nixel eval: there is no file 'typo.nix'" ]] && ok || bad "-f typo.nix" "$(cat err)"
run lib.version; [[ $(cat rc) -eq 1 && $(cat err) == *"undefined variable 'lib'"* ]] && ok || bad "a word that is no path is an expression" "$(cat err)"

# ---- usage errors point to nixel eval's help
for args in "1 2" "" "-f d.nix 1" "--raw --json 1" "-f"; do
  # shellcheck disable=SC2086
  run $args; [[ $(cat rc) -eq 1 && $(cat err) == *"Try 'nixel eval --help' for more information." ]] && ok || bad "usage error: nixel eval $args" "$(cat out err)"
done

# ---- the nix-instantiate face knows nothing of them
for f in --raw --lazy -f; do
  "$nixel" --eval "$f" -E 1 > out 2> err; echo $? > rc
  same_as "nixel --eval $f is nix-instantiate's" nix-instantiate --eval "$f" -E 1
done

finish
