# At least 2.18, what nixpkgs' lib of 2026 requires.
builtins.compareVersions builtins.nixVersion "2.18" >= 0
