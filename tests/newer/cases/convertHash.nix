# Nix 2.19's convertHash (its documentation's examples; today's eval-okay-convertHash for the formats).
let h = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"; in [
  (builtins.convertHash { hash = h; toHashFormat = "sri"; hashAlgo = "sha256"; })
  (builtins.convertHash { hash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="; toHashFormat = "base16"; })
  (builtins.convertHash { hash = "sha256:${h}"; toHashFormat = "sri"; })
  (builtins.convertHash { hash = h; hashAlgo = "sha256"; toHashFormat = "nix32"; })
  (builtins.convertHash { hash = h; hashAlgo = "sha256"; toHashFormat = "base64"; })
]
