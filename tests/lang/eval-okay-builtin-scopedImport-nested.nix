# a file imported with scopedImport imports further files without that scope
builtins.scopedImport { x = 1; } ./imports/imports-value.nix
