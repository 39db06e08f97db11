# Dev aid: remarshal 0.10's json2toml (the pytoml 0.1 writer, keys sorted) re-implemented from
# the rules in shared/golden/README.md, so plan-with-nix.sh can write registries.conf. nixel's
# real TOML writer is C; this file only lets the Nix side be tested before that exists.
import json
import sys

BARE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
           '\b': '\\b', '\f': '\\f'}


class Json2TomlError(Exception):
    pass


def string(s):
    out = []
    for c in s:
        if c in ESCAPES:
            out.append(ESCAPES[c])
        elif ord(c) < 0x20:
            out.append('\\u%04x' % ord(c))
        else:
            out.append(c)
    return '"' + ''.join(out) + '"'


def key(k):
    return k if all(c in BARE for c in k) else string(k)


def value(v):
    if v is None:
        raise Json2TomlError('null inside an array or inline table')
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v != v or v in (float('inf'), float('-inf')):
            raise Json2TomlError('%r is not a TOML value' % v)
        return repr(v)
    if isinstance(v, str):
        return string(v)
    if isinstance(v, list):
        return '[' + ', '.join(value(x) for x in v) + ']'
    if isinstance(v, dict):
        return '{' + ', '.join('%s = %s' % (key(k), value(v[k])) for k in sorted(v)) + '}'
    raise Json2TomlError('unexpected value %r' % (v,))


def is_table_array(v):
    return isinstance(v, list) and v and all(isinstance(x, dict) for x in v)


def json2toml(text):
    data = json.loads(text)
    if not isinstance(data, dict):
        raise Json2TomlError('the JSON root is not an object')
    out = []
    pending = [((), data, False)]
    while pending:
        name, table, is_array = pending.pop()
        if name:
            header = '.'.join(key(c) for c in name)
            out.append(('[[%s]]\n' if is_array else '[%s]\n') % header)
        children = []
        wrote = False
        for k in sorted(table):
            v = table[k]
            if isinstance(v, dict):
                children.append((name + (k,), v, False))
            elif is_table_array(v):
                children.extend((name + (k,), d, True) for d in v)
            elif v is None:
                out.append('#%s = null  # To use: uncomment and replace null with value\n' % key(k))
                wrote = True
            else:
                out.append('%s = %s\n' % (key(k), value(v)))
                wrote = True
        pending.extend(reversed(children))
        if (name or wrote) and pending:
            out.append('\n')
    return ''.join(out)


if __name__ == '__main__':
    sys.stdout.write(json2toml(sys.stdin.read()))
