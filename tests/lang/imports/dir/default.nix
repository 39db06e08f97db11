# helper for import cases: imported as a directory
{ from = "default.nix"; sibling = import ./other.nix; }
