# Dev aid: writes the tree of a render plan (modules/nixos/render.nix, as JSON on stdin) into a
# directory, the way the C side of `nixel render` is meant to: files and links under etc/ and
# store/, permissions, MANIFEST. Usage: write-tree.py OUT_DIR < plan.json (OUT_DIR must not exist;
# the tree is built in a staging directory and renamed into place only when complete).
import hashlib
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from json2toml import json2toml, Json2TomlError  # noqa: E402


def fail(msg):
    sys.stderr.write('error: %s\n' % msg)
    sys.exit(1)


def check_path(p):
    parts = p.split('/')
    if p.startswith('/') or parts[0] not in ('etc', 'store') or \
            any(c in ('', '.', '..') for c in parts) or len(parts) < 2:
        fail('refusing unsafe path in render plan: %r' % p)


def file_bytes(e):
    if 'content' in e:
        return e['content'].encode('utf-8')
    if 'json2toml' in e:
        try:
            return json2toml(e['json2toml']).encode('utf-8')
        except (Json2TomlError, ValueError) as err:
            fail('json2toml failed for %s: %s' % (e['path'], err))
    if 'copyFrom' in e:
        with open(e['copyFrom'], 'rb') as f:
            return f.read()
    fail('plan entry without contents: %r' % e['path'])


def main():
    out = sys.argv[1]
    plan = json.load(sys.stdin)
    for w in plan.get('warnings', []):
        sys.stderr.write('warning: %s\n' % w)
    if os.path.lexists(out):
        fail('output %s exists' % out)
    stage = out + '.tmp-%d' % os.getpid()
    os.makedirs(stage)
    try:
        files, links = [], []
        for e in plan['etc'] + plan['store']:
            check_path(e['path'])
            dest = os.path.join(stage, e['path'])
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            if e['kind'] == 'link':
                os.symlink(e['target'], dest)
                links.append('link %s -> %s' % (e['path'], e['target']))
                continue
            data = file_bytes(e)
            with open(dest, 'wb') as f:
                f.write(data)
            if e['path'].startswith('store/'):
                os.chmod(dest, 0o755 if e['executable'] else 0o644)
                mode = e['mode']
            else:
                os.chmod(dest, int(e['permissions'], 8))
                mode = e['mode']
            files.append('file %s mode=%s sha256=%s bytes=%d'
                         % (e['path'], mode, hashlib.sha256(data).hexdigest(), len(data)))
        key = lambda line: line.split(' ')[1].encode('utf-8')
        manifest = sorted(files, key=key) + sorted(links, key=key)
        with open(os.path.join(stage, 'MANIFEST'), 'w') as f:
            f.write(''.join(line + '\n' for line in manifest))
        os.rename(stage, out)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise


if __name__ == '__main__':
    main()
