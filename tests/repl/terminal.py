#!/usr/bin/env python3
# nixel repl on a pseudo-terminal, driven like a person at the keyboard: the prompt and
# colours, Tab completion of attribute paths, variables and commands, the history kept
# between sessions, Up to recall it, and Ctrl-C (which stops a running evaluation, or
# clears the line at the prompt, and leaves the session running), :l and :r of a file that
# changes in between. Usage: terminal.py NIXEL.
# Ends with "N passed, M failed".
import os, pty, re, select, signal, sys, tempfile, time

nixel = sys.argv[1]
state = tempfile.mkdtemp()
passed = failed = 0

class Session:
    def __init__(self):
        env = dict(os.environ, XDG_STATE_HOME=state, TERM='xterm', HOME=state)
        env.pop('NO_COLOR', None)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(nixel, [nixel, 'repl'], env)
        self.out = b''

    def read_until(self, pattern, timeout=10.0):
        """Reads until pattern (a regex on the text without colours) appears after the mark."""
        end = time.time() + timeout
        while time.time() < end:
            text = re.sub(r'\x1b\[[0-9;]*[A-Za-z]', '', self.out.decode('utf-8', 'replace'))
            if re.search(pattern, text[self.mark:] if hasattr(self, 'mark') else text):
                return True
            r, _, _ = select.select([self.fd], [], [], 0.05)
            if r:
                try:
                    data = os.read(self.fd, 4096)
                except OSError:
                    return False
                if not data:
                    return False
                self.out += data
        return False

    def at_prompt(self):
        """Waits for an empty prompt, and for libedit to have the terminal again."""
        self.mark = 0
        self.read_until(r'nixel> $')
        time.sleep(0.05)

    def line(self, keys):
        self.at_prompt()
        self.send(keys)

    def send(self, keys):
        self.mark = len(re.sub(r'\x1b\[[0-9;]*[A-Za-z]', '', self.out.decode('utf-8', 'replace')))
        os.write(self.fd, keys)

    def exited(self, timeout):
        end = time.time() + timeout
        while time.time() < end:
            self.read_until(r'(?!)', 0.1)       # keep reading, so that it never blocks writing
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.pid = None
                return os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
        return False

    def close(self):
        if self.pid is None:
            return
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)

def check(name, cond):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print('FAIL ' + name)

s = Session()
check('the prompt', s.read_until(r'nixel> '))
s.line(b'1 + 1\r')
check('a result in colour', s.read_until(r'2') and b'\x1b[36;1m2' in s.out)
s.line(b'builtins.attrN\t { b = 1; }\r')
check('Tab completes builtins.attrN to builtins.attrNames', s.read_until(r'\[ "b" \]'))
s.line(b'myVariable = 5\r')
s.read_until(r'nixel> ')
s.line(b'myVar\t * 2\r')
check('Tab completes a variable of the session', s.read_until(r'\n10\r?\n'))
s.line(b'lib = import <nixpkgs/lib>\r')
s.read_until(r'nixel> ')
s.line(b'lib.strings.splitS\t "," "a,b"\r')
check('Tab completes an attribute path of the lib', s.read_until(r'\[ "a" "b" \]'))
s.line(b':do\tmap\r')
check('Tab completes a command', s.read_until(r'Synopsis: builtins\.map'))
s.line(b"let l = builtins.genList (x: x) 20000; in builtins.foldl' (a: i: a + builtins.foldl' (x: y: x + y) 0 l) 0 l\r")
time.sleep(1.0)
started = time.time()
s.send(b'\x03')
check('Ctrl-C stops an evaluation', s.read_until(r'interrupted by the user', 5.0) and time.time() - started < 5.0)
s.line(b'6 * 7\r')
check('the session goes on after Ctrl-C', s.read_until(r'42'))
s.line(b'garbage garbage')
time.sleep(0.3)
s.send(b'\x03')
time.sleep(0.3)
s.line(b'40 + 2\r')
check('Ctrl-C at the prompt clears the line', s.read_until(r'\n42\r?\n') and 'garbage' not in s.out.decode('utf-8', 'replace').split('40 + 2')[-1])
loaded = os.path.join(state, 'loaded.nix')
open(loaded, 'w').write('{ v = 1; }\n')
s.line(b':l ' + loaded.encode() + b'\r')
s.line(b'v\r')
check(':l loads a file', s.read_until(r'\n1\r?\n'))
open(loaded, 'w').write('{ v = 2; }\n')
s.line(b':r\r')
s.line(b'v\r')
check(':r reads a changed file again', s.read_until(r'\n2\r?\n'))
s.line(b'"recall" + "ed"\r')
s.read_until(r'"recalled"')
s.line(b'\x04')   # end of input: leaves
check('Ctrl-D leaves the session (status 0)', s.exited(5.0))
s.close()

hist = os.path.join(state, 'nixel', 'repl-history')
check('the history is kept in $XDG_STATE_HOME/nixel/repl-history',
      os.path.exists(hist) and 'myVariable' in open(hist, errors='replace').read())
s = Session()
s.read_until(r'nixel> ')
s.line(b'\x1b[A\r')   # Up: the last line of the previous session
check('Up recalls the previous session\'s last line', s.read_until(r'"recalled"'))
s.line(b':doc lib.lists.reverseL\t\r')
check('Tab completes lib.x without a lib in scope (as :doc reads it)', s.read_until(r'Synopsis: lib\.lists\.reverseList'))
s.line(b':q\r')
check(':q leaves the session', s.exited(5.0))
s.close()

print(f'{passed} passed, {failed} failed')
sys.exit(1 if failed else 0)
