# A file of plain values, which nix repl and nixel repl show alike.
{ k = 1; s = "x"; }
