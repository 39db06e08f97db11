# scopedImport adds its set to the imported file's scope
builtins.scopedImport { x = 5; y = 7; } ./imports/uses-scope.nix
