# helper for import cases: imported relative to dir/default.nix
"other"
