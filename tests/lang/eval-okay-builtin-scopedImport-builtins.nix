# scopedImport can replace the builtins set itself in the imported file
builtins.scopedImport { builtins = { length = x: "shadowed"; }; } ./imports/uses-builtins.nix
