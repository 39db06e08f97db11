# An etc source nixel cannot realize: a package.
{ pkgs, ... }: { environment.etc.bash.source = pkgs.bash; }
