#!/usr/bin/env python3
"""seeds.py: the seed corpora of the libFuzzer harnesses, made from the project's test cases
(make fuzz-all runs it; nothing it writes is committed).
  seeds.py HARNESS DIR     writes seed-* files into DIR
Nix string literals are read roughly ("..." with its escapes, ''...'' without its indentation
rules): a seed need only be close to an interesting input."""
import glob, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
lang = os.path.join(root, 'tests', 'lang')

STRING = re.compile(r'"((?:[^"\\]|\\.)*)"|\'\'((?:[^\']|\'(?!\'))*)\'\'', re.S)
ESCAPES = {'n': '\n', 't': '\t', 'r': '\r'}

def literal(m):
    if m.group(1) is not None:
        return re.sub(r'\\(.)', lambda e: ESCAPES.get(e.group(1), e.group(1)), m.group(1), flags=re.S)
    lines = m.group(2).split('\n')
    if lines and not lines[0].strip():
        lines = lines[1:]
    indent = min((len(l) - len(l.lstrip(' ')) for l in lines if l.strip()), default=0)
    return '\n'.join(l[indent:] for l in lines)

def literals_after(name, text):
    """The string literals in the calls of builtins.NAME in text, in order."""
    out = []
    for call in re.finditer(r'\b' + name + r'\b', text):
        rest = text[call.end():call.end() + 4000]
        strings = [literal(m) for m in STRING.finditer(rest)]
        out.append(strings[:2])
    return out

def lang_files(*words):
    files = sorted(glob.glob(os.path.join(lang, '*.nix')))
    return [f for f in files if any(w in open(f, encoding='utf-8', errors='replace').read() for w in words)]

def read(path):
    with open(path, 'rb') as f:
        return f.read()

def files(pattern):
    return [read(p) for p in sorted(glob.glob(os.path.join(root, pattern), recursive=True))]

def text_of(f):
    return open(f, encoding='utf-8', errors='replace').read()

def first_args(name):
    seeds = []
    for f in lang_files(name):
        seeds += [c[0].encode() for c in literals_after(name, text_of(f)) if c]
    return seeds

def seeds_eval():
    return [read(f) for f in sorted(glob.glob(os.path.join(lang, 'eval-*.nix')))]

def seeds_json():
    return files('tests/**/*.json') + first_args('fromJSON')

def seeds_toml():
    return files('tests/**/*.toml') + first_args('fromTOML')

def seeds_regex():
    seeds = []
    for name in ('match', 'split'):
        for f in lang_files('builtins.' + name):
            for c in literals_after('builtins.' + name, text_of(f)):
                if len(c) == 2:
                    seeds.append(c[0].encode() + b'\0' + c[1].encode())
    return seeds

def seeds_strings():
    words = []
    for f in lang_files('builtins.'):
        words += [literal(m).encode() for m in STRING.finditer(text_of(f))][:20]
    words = sorted(set(w for w in words if b'\0' not in w and len(w) < 200))[:400]
    ints = [b'0', b'1', b'-1', b'3', b'9223372036854775807', b'-9223372036854775808']
    seeds = []
    for i, w in enumerate(words):
        op = bytes([i % 16])
        other = words[(i * 7 + 3) % len(words)]
        seeds.append(op + w + b'\0' + (ints[i % len(ints)] if i % 16 in (1, 13) else other) + b'\0' + w)
    return seeds

def seeds_parse():
    return [read(f) for f in sorted(glob.glob(os.path.join(lang, '*.nix')))]

HARNESSES = {
    'fuzz_parse': seeds_parse,
    'fuzz_eval': seeds_eval, 'fuzz_json': seeds_json, 'fuzz_toml': seeds_toml,
    'fuzz_regex': seeds_regex, 'fuzz_strings': seeds_strings, 'fuzz_json2toml': seeds_json,
}

def main():
    harness, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    seeds = sorted(set(HARNESSES[harness]()))
    for i, s in enumerate(seeds):
        with open(os.path.join(out, 'seed-%04d' % i), 'wb') as f:
            f.write(s)
    print('%s: %d seeds' % (harness, len(seeds)))

main()
