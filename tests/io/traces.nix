# Traces (stderr) while values are forced and printed (stdout): run.sh compares 2>&1 | cat.
{ a = builtins.trace "ta" 1; b = builtins.trace "tb" { x = builtins.trace "tx" 2; y = 3; }; c = builtins.trace "tc" [ (builtins.trace "tl" 4) ]; d = derivation { name = builtins.trace "td" "d"; builder = "b"; system = "s"; }; }
