# helper for import cases: a plain value with a path relative to this file
{ answer = 42; self = ./value.nix; text = builtins.readFile ./text.txt; }
