#!/usr/bin/env python3
"""Runs a command with its stderr on a pseudo-terminal (stdin from /dev/null, stdout
inherited) and copies what it wrote there to our stdout, byte for byte; exits with its
status. For checking colours: pty-run.py CMD [ARG]... | grep -c $'\\e'"""
import os, pty, subprocess, sys

master, slave = pty.openpty()
p = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stderr=slave)
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
p.wait()
sys.stdout.buffer.write(err.replace(b'\r\n', b'\n'))
sys.exit(p.returncode)
