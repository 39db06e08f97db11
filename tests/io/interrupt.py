"""interrupt.py BIN SIGNAL DELAY N [json]: runs BIN --eval --strict on a loop of N thousand
additions with a trace first, sends SIGNAL after DELAY seconds (none if DELAY < 0), and prints
stdout, stderr and the exit status. Nix 2.8 notes the signal and goes on evaluating until it
prints the value, where it stops with "error: interrupted by the user". With json, each step
of the loop calls toJSON, where Nix checks too, and a trace after the loop shows whether it
ran to its end."""
import signal, subprocess, sys, time
binary, sig, delay, n = sys.argv[1], getattr(signal, 'SIG' + sys.argv[2]), float(sys.argv[3]), sys.argv[4]
expr = ('builtins.trace "t" (builtins.foldl\' (a: x: builtins.foldl\' (b: y: b + 1) a '
        '(builtins.genList (z: z) 1000)) 0 (builtins.genList (z: z) %s))' % n)
if sys.argv[5:] == ['json']:
    expr = ('builtins.trace "t" (builtins.trace (toString (builtins.foldl\' (a: x: a + builtins.stringLength '
            '(builtins.toJSON (builtins.genList (z: z) 1000))) 0 (builtins.genList (z: z) %s))) 1)' % n)
p = subprocess.Popen([binary, '--eval', '--strict', '-E', expr], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
if delay >= 0:
    time.sleep(delay)
    p.send_signal(sig)
out, err = p.communicate()
print(repr(out), repr(err), p.returncode)
