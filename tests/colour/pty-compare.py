#!/usr/bin/env python3
"""Runs nix-instantiate and nixel's drop-in with stderr on a pseudo-terminal (stdout on a
pipe, TERM=xterm) and compares stdout, stderr and exit status byte for byte: Nix 2.8
colours its messages on a terminal, and so must the drop-in.

    pty-compare.py NIXEL [--show-trace] FILE...     (each FILE evaluated with --eval --strict)
    pty-compare.py NIXEL --cases FILE               (each line of FILE: arguments, as shell words;
                                                     empty lines and # comments skipped)

Prints one FAIL line (with both stderrs) per difference; last line `N passed, M failed`."""
import os, re, shlex, sys

sys.dont_write_bytecode = True  # no __pycache__ in the tree

from pty_run import run

# The warning ASan prints when nixel's stack-overflow longjmp skips a deep stack (make asan
# only; tests/cli says so too): not nixel's output, so it is left out of the comparison.
ASAN_NO_RETURN = re.compile(rb'==\d+==WARNING: ASan is ignoring requested __asan_handle_no_return:[^\n]*\n'
                            rb'False positive error reports may follow\r?\n'
                            rb'For details see https://github.com/google/sanitizers/issues/189\r?\n')

def main():
    nixel = sys.argv[1]
    args = sys.argv[2:]
    if args[:1] == ['--cases']:
        lines = [l for l in open(args[1]).read().split('\n') if l.strip() and not l.startswith('#')]
        runs = [shlex.split(l) for l in lines]
    else:
        flags = [a for a in args if a.startswith('--')]
        runs = [['--eval', '--strict'] + flags + [f] for f in args if not f.startswith('--')]
    env = dict(os.environ, TERM='xterm')
    env.pop('NO_COLOR', None)
    passed = failed = 0
    for cmd in runs:
        want = run(['nix-instantiate'] + cmd, env)
        out, err, status = run([nixel] + cmd, env)
        got = (out, ASAN_NO_RETURN.sub(b'', err), status)
        if want == got:
            passed += 1
        else:
            failed += 1
            print('FAIL %s' % ' '.join(cmd))
            print('  nix:   %r' % (want,))
            print('  nixel: %r' % (got,))
    print('%d passed, %d failed' % (passed, failed))
    sys.exit(1 if failed else 0)

main()
