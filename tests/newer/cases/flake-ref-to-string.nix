# flakeRefToString on attribute sets parseFlakeRef does not give: each case traces
# "toJSON ATTRS => flakeRefToString ATTRS" (flake-ref-to-string.err.exp), worked out from
# today's Nix (github:NixOS/nix at 88b09c64): FlakeRef::fromAttrs (src/libflake/flakeref.cc
# 274: `dir` is taken out, and printed only when not empty), Input::fromAttrs
# (src/libfetchers/fetchers.cc 75: `__final` is allowed everywhere) and each scheme's toURL:
#  - path.cc 90: every other attribute is a query parameter, integers in decimal,
#    Booleans as 1 or 0; a relative path stays relative (pathToUrlPath, url.cc 722);
#  - git.cc 385 and 405: fixGitURL (url.cc 680) makes an absolute path a file:// URL and
#    drops "git+" from the URL; only true flags are printed; allRefs and narHash are not;
#  - indirect.cc 103: ID/REF/REV, the rev as Input::getRev parses it (fetchers.cc:
#    parseAnyPrefixed, so an SRI "sha1-..." works too, then parseAny with SHA-1, which
#    tells base 16, Nix's base 32 and base 64 apart by their length: hash.cc 127) printed
#    in base 16 (the nix32 and base64 forms here are 0123...4567's, worked out apart);
#  - tarball.cc 384: the URL alone with narHash, so name and unpack are not printed, and a
#    file input prints as a tarball URL would.
let
  show = attrs: "${builtins.toJSON attrs} => ${builtins.flakeRefToString attrs}";
  cases = [
    { type = "path"; path = "rel/dir"; lastModified = 5; revCount = 0; __final = true; }
    { type = "path"; path = "/p"; rev = "r"; dir = ""; }
    { type = "git"; url = "/srv/repo"; shallow = true; submodules = false; }
    { type = "git"; url = "git+ssh://git@example.org/r"; ref = "main"; allRefs = true; narHash = "x"; }
    { type = "git"; url = "https://example.org/r"; lfs = true; exportIgnore = true; rev = "0123456789ABCDEF0123456789ABCDEF01234567"; }
    { type = "indirect"; id = "nixpkgs"; rev = "sha1-ASNFZ4mrze8BI0VniavN7wEjRWc="; }
    { type = "indirect"; id = "n"; rev = "cx2j60ggrnmqjrs54c0yzkdbi5kla8q1"; }
    { type = "indirect"; id = "n"; rev = "ASNFZ4mrze8BI0VniavN7wEjRWc="; }
    { type = "github"; owner = "o"; repo = "r"; rev = "sha1:cx2j60ggrnmqjrs54c0yzkdbi5kla8q1"; }
    { type = "indirect"; id = "n"; ref = "x"; rev = "0123456789abcdef0123456789abcdef01234567"; dir = "a/b c"; }
    { type = "github"; owner = "o"; repo = "r"; dir = ""; }
    { type = "gitlab"; owner = "o/x"; repo = "r"; ref = "a+b"; host = "gitlab.example.org"; }
    { type = "tarball"; url = "https://x/y.tar.gz"; unpack = true; name = "n"; }
    { type = "file"; url = "https://x/y"; narHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="; }
    { type = "hg"; url = "https://hg.example.org/r"; ref = "default"; revCount = 2; }
  ];
in
builtins.foldl' (n: attrs: builtins.trace (show attrs) (n + 1)) 0 cases
