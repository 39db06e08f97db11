# flags: --json
# the JSON written before the error is closed as Nix's writer closes it, and comes after the
# message (stdout is buffered); found by make fuzz-eval (seeds 9087, 9107)
{ a = 1; b = { c = [ 2 (throw "x") ]; d = 3; }; e = builtins.toJSON { f = throw "not here"; }; }
