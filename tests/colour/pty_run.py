#!/usr/bin/env python3
"""Runs a command with its stderr on a pseudo-terminal (stdin from /dev/null) and copies what
it wrote there to our stdout, byte for byte (the terminal's CR LF made LF); exits with its
status. For checking colours: pty_run.py CMD [ARG]... | grep -c $'\\e'
pty-compare.py uses run() too."""
import os, pty, subprocess, sys

def run(argv, env=None, capture_stdout=True):
    """(stdout, stderr as written to the terminal, exit status); stdout is inherited, and
    returned as None, unless capture_stdout."""
    master, slave = pty.openpty()
    p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stderr=slave, env=env,
                         stdout=subprocess.PIPE if capture_stdout else None)
    os.close(slave)
    err = b''
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO once the child has closed its side
            break
        if not chunk:
            break
        err += chunk
    out = p.stdout.read() if capture_stdout else None
    p.wait()
    os.close(master)
    return out, err, p.returncode

if __name__ == '__main__':
    _, err, status = run(sys.argv[1:], capture_stdout=False)
    sys.stdout.buffer.write(err.replace(b'\r\n', b'\n'))
    sys.exit(status)
