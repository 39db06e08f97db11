#!/usr/bin/env bash
# Doc comments of nixel's lib (modules/lib): every public function (a function-valued attribute
# of a part of the lib: lib.strings, lib.lists, ...) has documentation that `:doc lib.PART.NAME`
# shows: a builtin's (for a builtin under the lib's name), or a doc comment in nixpkgs'
# convention with a `Type:` line and an `Example:` whose stated results ("=> RESULT") are what
# nix-instantiate --eval --strict prints, with the lib in scope. One REPL session shows all the
# docs; the examples are checked in one nix-instantiate run (and one by one if that differs).
# Usage: doc-lib.sh NIXEL. Ends with "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
source tests/lib/env.sh
nixel_require nix-instantiate python3
python3 - "$(realpath "${1:-build/nixel}")" "$PWD/modules/lib" <<'PY'
import json, os, subprocess, sys, tempfile
nixel, lib = sys.argv[1], sys.argv[2]
passed = failed = 0
def ok():
    global passed; passed += 1
def bad(msg):
    global failed; failed += 1; print("FAIL " + msg)
tmp = tempfile.mkdtemp()
def instantiate(expr):
    r = subprocess.run(["nix-instantiate", "--eval", "--strict", "-E", expr], cwd=tmp,
                       capture_output=True, text=True)
    return r.stdout.rstrip("\n") if r.returncode == 0 else "(error) " + r.stderr.strip().split("\n")[0]

names = json.loads(subprocess.run(["nix-instantiate", "--eval", "--strict", "--json", "-E", f'''
  let lib = import {lib};
      parts = builtins.filter (p: builtins.isAttrs lib.${{p}} && !(lib.${{p}} ? type)) (builtins.attrNames lib);
      fns = p: builtins.filter (n: builtins.isFunction lib.${{p}}.${{n}}) (builtins.attrNames lib.${{p}});
  in builtins.concatMap (p: map (n: [ p n ]) (fns p)) parts'''], capture_output=True, text=True).stdout)
ok() if len(names) > 200 else bad(f"found only {len(names)} lib functions")

# One session: each :doc after a marker line (a string the REPL prints back).
session = "".join(f'"@@ {p} {n}"\n:doc lib.{p}.{n}\n' for p, n in names)
out = subprocess.run([nixel, "repl"], input=session, capture_output=True, text=True)
docs, cur = {}, None
for line in (out.stdout).split("\n"):
    if line.startswith('"@@ '):
        cur = tuple(line[4:-1].split(" ")); docs[cur] = []
    elif cur:
        docs[cur].append(line)

examples = []   # (what, part, expression, stated result)
for p, n in names:
    what = f"lib.{p}.{n}"
    text = docs.get((p, n), [])
    if not any(l.strip() for l in text):
        bad(f"{what} has no documentation"); continue
    if any(l.startswith("Synopsis: builtins.") for l in text) and not any("partly applied" in l for l in text):
        ok(); continue
    if not any(l.strip().startswith("Type: ") for l in text) or not any(l.strip() == "Example:" for l in text):
        bad(f"{what}: its doc comment lacks a Type: line or an Example:"); continue
    ok()
    start = next(i for i, l in enumerate(text) if l.strip() == "Example:")
    expr, found = [], 0
    for l in text[start + 1:]:
        s = l.strip()
        if s.startswith("Defined at "): break
        if s.startswith("=> "):
            examples.append((what, p, " ".join(expr), s[3:])); expr = []; found += 1
        elif s: expr.append(s)
    if not found: bad(f"{what}: its example states no result (=> ...)")

def wrap(p, e): return f"(let lib = import {lib}; in with lib; with lib.{p}; ({e}))"
together = instantiate("[ " + " ".join(wrap(p, e) for _, p, e, _ in examples) + " ]")
if together == "[ " + " ".join(r for *_, r in examples) + " ]":
    passed += len(examples)
else:
    for what, p, e, r in examples:
        got = instantiate(wrap(p, e))
        ok() if got == r else bad(f"{what}: example {e}\n  states:          {r}\n  nix-instantiate: {got}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
exit $?   # (not exec: env.sh removes its directory at exit)
