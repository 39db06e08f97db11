#!/usr/bin/env bash
# Differential test of nixel's C json2toml (render/json2toml.c, run through
# `build/unit --json2toml`) against tests/render/json2toml.py, on random JSON documents
# shaped like Nix's builtins.toJSON output (keys sorted) and on floats chosen to stress the
# shortest round-trip formatting (every power of two, random bit patterns, %g-style
# decimals), where Python's repr is the reference.
#   json2toml-diff.sh [UNIT_BINARY] [COUNT]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../lib/env.sh"
nixel_require python3
unit=${1:-$here/../../build/unit}
count=${2:-300}

python3 - "$unit" "$count" "$here" <<'PY'
import json, math, random, struct, subprocess, sys
unit, count, here = sys.argv[1], int(sys.argv[2]), sys.argv[3]
sys.path.insert(0, here)
from json2toml import json2toml, Json2TomlError

rng = random.Random(2020)
KEYS = ['a', 'b', 'B', 'x-y', 'a_b', '', 'a b', 'a.b', 'é', '"q"', 'tab\t', 'k1', 'zz']
STRS = ['', 'docker.io', 'a"b', 'c\\d', 'x\ny', '\x01\x1f\x7f', 'é€😀', '\b\f\r\t']

def rand_float():
    k = rng.random()
    if k < 0.4:
        return float('%g' % (rng.uniform(-1, 1) * 10 ** rng.randint(-8, 20)))
    if k < 0.8:
        while True:
            f = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
            if math.isfinite(f):
                return f
    return rng.choice([0.0, -0.0, 0.5, 1e16, 1e-5, 1e15, 123456789.125, 5e-324, 1e22])

def scalar():
    return rng.choice([None, True, False, rng.randint(-10**6, 10**6), rand_float(),
                       rng.choice(STRS)])

def value(depth, in_array=False):
    k = rng.random()
    if depth <= 0 or k < 0.45:
        v = scalar()
        return v if not (in_array and v is None) else 1
    if k < 0.7:
        return [value(depth - 1, True) for _ in range(rng.randint(0, 4))]
    if k < 0.8:
        return [obj(depth - 1, True) for _ in range(rng.randint(1, 3))]
    return obj(depth - 1, in_array)

def obj(depth, in_array=False):
    return {rng.choice(KEYS): value(depth, in_array) for _ in range(rng.randint(0, 5))}

def run(text):
    p = subprocess.run([unit, '--json2toml'], input=text.encode(), capture_output=True)
    return p.returncode, p.stdout.decode('utf-8', 'replace')

docs = [obj(4) for _ in range(count)]
floats = [math.ldexp(1.0, e) for e in range(-1074, 1024)] + [rand_float() for _ in range(20000)]
docs.append({'f': floats})
docs.append({'f': [-x for x in floats]})

passed = failed = 0
for d in docs:
    text = json.dumps(d, sort_keys=True, separators=(',', ':'), ensure_ascii=False)
    try:
        want = (0, json2toml(text))
    except Json2TomlError:
        want = (1, None)
    got = run(text)
    if got[0] == want[0] and (want[1] is None or got[1] == want[1]):
        passed += 1
    else:
        failed += 1
        if failed <= 5:
            print('FAIL on', text[:300])
            print('  want', repr(want)[:300])
            print('  got ', repr(got)[:300])
print('%d passed, %d failed' % (passed, failed))
sys.exit(1 if failed else 0)
PY
