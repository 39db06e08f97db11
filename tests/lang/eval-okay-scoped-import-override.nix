# scopedImport can override builtins like toString
builtins.scopedImport { toString = x: "overridden"; } ./imports/uses-tostring.nix
