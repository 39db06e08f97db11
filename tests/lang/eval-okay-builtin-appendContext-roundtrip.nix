# appendContext with the context that getContext returned gives the same context back
let s = "${builtins.toFile "rt" "x"}"; c = builtins.getContext s; in builtins.getContext (builtins.appendContext (builtins.unsafeDiscardStringContext s) c) == c
