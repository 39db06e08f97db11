# the language version of Nix 2.8
builtins.langVersion
