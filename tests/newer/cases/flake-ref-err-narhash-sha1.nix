# getNarHash (fetchers.cc 434): narHash must be SHA-256, a UsageError (so nix-instantiate's hint follows).
builtins.flakeRefToString { type = "github"; owner = "o"; repo = "r"; narHash = "sha1-ASNFZ4mrze8BI0VniavN7wEjRWc="; }
