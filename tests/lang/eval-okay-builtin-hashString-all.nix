# hashString with every algorithm, of an empty and a longer string; the context is dropped
let s = builtins.concatStringsSep "" (builtins.genList (i: "abc") 100); in [ (map (t: builtins.hashString t "") [ "md5" "sha1" "sha256" "sha512" ]) (map (t: builtins.hashString t s) [ "md5" "sha1" "sha256" "sha512" ]) (builtins.hasContext (builtins.hashString "md5" "${builtins.toFile "p" "x"}")) ]
