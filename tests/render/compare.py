# Compares a render with a golden case by the rules of shared/golden/README.md ("How an output
# is compared with a case"); compare.sh is its command line. Prints one line per difference;
# exit status 0 when the render matches, 1 when it does not.
import os
import re
import sys

HASH = re.compile(rb'/nix/store/[0-9a-z]{32}-')
STORE_NAME = re.compile(r'^store/[0-9a-z]{32}-')
STAND_IN = re.compile(r'^store/HASH-nixos-system-[^/]*-20\.09pre-git$')


def norm_bytes(b):
    return HASH.sub(b'/nix/store/HASH-', b)


def norm_path(p):
    return STORE_NAME.sub('store/HASH-', p)


def scan(root):
    """{normalized path: [(kind, payload, executable)]} for files and symlinks under etc/, store/."""
    found = {}
    for top in ('etc', 'store'):
        base = os.path.join(root, top)
        if not os.path.isdir(base) or os.path.islink(base):
            continue
        for dirpath, dirnames, filenames in os.walk(base):
            for name in sorted(dirnames + filenames):
                full = os.path.join(dirpath, name)
                rel = os.path.relpath(full, root)
                if os.path.islink(full):
                    item = ('link', norm_bytes(os.readlink(full).encode()), None)
                elif os.path.isfile(full):
                    with open(full, 'rb') as f:
                        data = f.read()
                    item = ('file', norm_bytes(data), bool(os.stat(full).st_mode & 0o111))
                else:
                    continue
                found.setdefault(norm_path(rel), []).append(item)
    return found


def manifest(root):
    path = os.path.join(root, 'MANIFEST')
    if not os.path.isfile(path):
        return None
    lines = set()
    with open(path, 'rb') as f:
        for raw in f.read().split(b'\n'):
            if not raw:
                continue
            line = norm_bytes(raw).decode('utf-8', 'replace')
            parts = line.split(' ')
            if parts[0] == 'file' and len(parts) >= 3:
                mode = next((p for p in parts[2:] if p.startswith('mode=')), 'mode=?')
                lines.add(('file', norm_path(parts[1]), mode))
            elif parts[0] == 'link' and ' -> ' in line:
                head, target = line.split(' -> ', 1)
                lines.add(('link', norm_path(head.split(' ', 1)[1]), target))
            else:
                lines.add(('?', line, ''))
    return lines


def compare_group(path, want, got, problems):
    if sorted(w[0] for w in want) != sorted(g[0] for g in got):
        problems.append('%s: expected %d %s, found %d %s' % (
            path, len(want), want[0][0], len(got), got[0][0] if got else 'nothing'))
        return
    kind = want[0][0]
    if kind == 'link':
        if want[0][1] != got[0][1]:
            problems.append('%s: link target %r, expected %r' % (path, got[0][1], want[0][1]))
        return
    if STAND_IN.match(path):
        for item in got:
            if item[2]:
                problems.append('%s: the nested system stand-in must not be executable' % path)
        return
    check_exec = path.startswith('store/')
    unmatched = list(got)
    for w in want:
        match = next((g for g in unmatched
                      if g[1] == w[1] and (not check_exec or g[2] == w[2])), None)
        if match is None:
            problems.append('%s: no file with the expected contents%s' % (
                path, ' and mode' if check_exec else ''))
        else:
            unmatched.remove(match)


def restore_links(tree, lines):
    """The shipped goldens hold some symlinks as regular files containing the target (lost in
    a copy); their MANIFEST still says `link`. Read such a file as the link it stands for."""
    for kind, path, target in lines or ():
        items = tree.get(path)
        if kind == 'link' and items and len(items) == 1 and items[0][0] == 'file' \
                and items[0][1] == target.encode():
            tree[path] = [('link', items[0][1], None)]


def compare_trees(expected, actual):
    problems = []
    if not os.path.isdir(actual):
        return ['no output directory %s' % actual]
    want, got = scan(expected), scan(actual)
    restore_links(want, manifest(expected))
    for path in sorted(set(want) | set(got)):
        if path not in got:
            problems.append('%s: missing' % path)
        elif path not in want:
            problems.append('%s: unexpected' % path)
        else:
            compare_group(path, want[path], got[path], problems)
    want_m, got_m = manifest(expected), manifest(actual)
    if got_m is None:
        problems.append('MANIFEST: missing')
    elif want_m is not None:
        for line in sorted(want_m - got_m):
            problems.append('MANIFEST: missing line %s' % ' '.join(line))
        for line in sorted(got_m - want_m):
            problems.append('MANIFEST: unexpected line %s' % ' '.join(line))
    return problems


def block_of(text):
    lines = [l.strip() for l in text.split('\n')]
    lines = [l for l in lines if l and l != 'error:'
             and not l.startswith("(use '--show-trace'")]
    return lines


def compare_error(expected_file, actual, stderr_file, status):
    problems = []
    if status == 0:
        problems.append('the render succeeded; it must fail')
    if os.path.lexists(actual):
        problems.append('the failed render left an output at %s' % actual)
    with open(expected_file, encoding='utf-8', errors='replace') as f:
        want = '\n'.join(block_of(f.read()))
    with open(stderr_file, encoding='utf-8', errors='replace') as f:
        got = '\n'.join(l.strip() for l in f.read().split('\n') if l.strip())
    if want not in got:
        problems.append('stderr lacks the expected message:\n  ' + want.replace('\n', '\n  ')
                        + '\nstderr was:\n  ' + got.replace('\n', '\n  '))
    return problems


def main(argv):
    if len(argv) == 3 and os.path.isdir(argv[1]):
        problems = compare_trees(argv[1], argv[2])
    elif len(argv) == 5 and os.path.isfile(argv[1]):
        problems = compare_error(argv[1], argv[2], argv[3], int(argv[4]))
    else:
        sys.stderr.write('usage: compare.sh EXPECTED_DIR OUT_DIR\n'
                         '       compare.sh EXPECTED_ERROR_TXT OUT_DIR STDERR_FILE EXIT_STATUS\n')
        return 2
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
