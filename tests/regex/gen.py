# Random builtins.match / builtins.split cases for tests/regex/run.sh: POSIX extended
# patterns over a small alphabet, dense in nested repetitions, alternations and groups
# (where the executor's memo matters), with subjects that often nearly match. Prints one Nix
# expression: a list of [ pattern subject (match result) (split result) ]. Deterministic for
# a seed. Usage: gen.py SEED COUNT
import random
import sys

def atom(r, depth):
    k = r.random()
    if depth < 2 and k < 0.3:
        return '(' + alternation(r, depth + 1) + ')'
    if k < 0.45:
        return r.choice(['.', '[ab]', '[^a]', '[a-c]'])
    return r.choice('aab')

def piece(r, depth):
    a = atom(r, depth)
    k = r.random()
    if k < 0.25: return a + '*'
    if k < 0.35: return a + '+'
    if k < 0.45: return a + '?'
    if k < 0.50: return a + r.choice(['{0,2}', '{1,3}', '{2}', '{1,}'])
    return a

def branch(r, depth):
    return ''.join(piece(r, depth) for _ in range(r.randint(1, 3)))

def alternation(r, depth):
    return '|'.join(branch(r, depth) for _ in range(r.randint(1, 2 if depth else 3)))

def pattern(r):
    p = alternation(r, 0)
    if r.random() < 0.15: p = '^' + p
    if r.random() < 0.15: p = p + '$'
    return p

def nix_string(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('$', '\\$') + '"'

def main():
    seed, count = int(sys.argv[1]), int(sys.argv[2])
    r = random.Random(seed)
    out = ['[']
    for _ in range(count):
        p = pattern(r)
        s = ''.join(r.choice('aabc') for _ in range(r.randint(0, 10)))
        out.append('  [ %s %s (builtins.match %s %s) (builtins.split %s %s) ]'
                   % (nix_string(p), nix_string(s), nix_string(p), nix_string(s), nix_string(p), nix_string(s)))
    out.append(']')
    print('\n'.join(out))

main()
