# --strict forces tryEval's `value` (an attribute without a position): Nix 2.8 still adds its
# frame, which also brings the --show-trace hint.
{ a = builtins.tryEval [ (1 + "x") ]; b = builtins.mapAttrs (n: v: [ (v + "x") ]) { c = 1; }; }
