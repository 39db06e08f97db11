# parseFlakeRef on every kind of flake reference, and flakeRefToString on what it gives
# back. Each case traces "REF => toJSON (parseFlakeRef REF) => flakeRefToString of that"
# (toJSON shows the attributes' types: strings, integers, Booleans); the traces are
# flake-ref-kinds.err.exp, worked out by hand from today's Nix (github:NixOS/nix at
# 88b09c64, Aug 2026); the cases marked [unit] are the expectations of its own unit tests,
# src/libflake-tests/flakeref.cc (parseFlakeRef.path, GitArchiveInput, InputFromURL,
# to_string.doesntReencodeUrl). What decides them:
#  - src/libflake/flakeref.cc parseFlakeRefWithFragment (256): a flake ID first
#    (parseFlakeIdRef, 217), then a URL (parseURLFlakeRef, 240), then a path
#    (parsePathFlakeRefWithFragment, 98); fromParsedURL (87) takes `dir` out of the query,
#    FlakeRef::toAttrs (53) and to_string (45) put it back. The primop passes no base
#    directory (src/libflake/flake-primops.cc 103), so a path is path:PATH, never looked up.
#  - the input schemes, tried in the order of their names (fetchers.cc 54): file, git,
#    github, gitlab, hg, indirect, path, sourcehut, tarball. inputFromURL / toURL of each:
#    git.cc 174 and 405 (rev, ref and the Boolean flags become attributes, other parameters
#    stay in `url`; only the flags that are true are printed, allRefs never), github.cc 33
#    and 152, mercurial.cc 43 and 123, indirect.cc 12 and 103 (its query is ignored),
#    path.cc 12 and 90, tarball.cc 257 (isValidURL 415, 480: parseFlakeRef wants a tree,
#    so plain http(s)/file URLs are tarballs, and file+ ones are files; toURL 384 prints
#    the bare URL).
#  - src/libutil/url.cc: encodeQuery (313) escapes all but unreserved characters and
#    ":@/?", so '=' and '+' in values are %3D and %2B; encodeUrlPath (305) all but ":@",
#    so a '/' in a ref is %2F; pathToUrlPath (722): "/foo/bar/" is "", foo, bar, "", "".
#    Authority::parse and its printing (url.cc 20, 59): an empty port is none, a host name
#    is printed percent-encoded (so '!' is %21), IPv6 hosts in brackets. decodeQuery (277)
#    keeps the first of parameters given twice.
#  - revisions are printed in base 16, lower case (Hash::to_string), narHash as SRI.
let
  show = ref:
    let r = builtins.parseFlakeRef ref; in
    "${ref} => ${builtins.toJSON r} => ${builtins.flakeRefToString r}";
  cases = [
    "github:NixOS/nixpkgs/23.05?dir=lib"
    "github:foo/bar/branch%23"                                   # [unit]
    "github:foo/bar?ref=branch%23"                               # [unit]
    "github://////owner%42/////repo%41///branch%43////"          # [unit]
    "gitlab:/owner%252Fsubgroup/////repo%41///branch%43////"     # [unit]
    "github:owner/repo/feature/x"
    "github:owner/repo/0123456789ABCDEF0123456789abcdef01234567"
    "github:a/b?dir=x&narHash="
    "github:o/r?host=git.example.com&narHash=sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
    "sourcehut:~user/repo/branch?host=git.example.org"
    "github:a/b?ref=x&ref=y"
    "github:a/b?"
    "flake:nixpkgs"                                              # [unit]
    "nixpkgs/branch"                                             # [unit]
    "nixpkgs/branch/2aae6c35c94fcfb415dbe95f408b9ce91ee846ed"    # [unit]
    "nixpkgs/branch///2aae6c35c94fcfb415dbe95f408b9ce91ee846ed///" # [unit]
    "flake:/nixpkgs///branch////"                                # [unit]
    "flake:nixpkgs?ref=foo&dir=d"
    "/foo/bar"                                                   # [unit]
    "/foo/bar?revCount=123&rev=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" # [unit]
    "/foo bar/baz?dir=bla space"                                 # [unit]
    "/foo/bar/"
    "/nix/store/abc-source/flake.nix"
    "path:/foo/bar?lastModified=1700000000&narHash=sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
    "path:foo/bar"
    "path:///foo"
    "git://somewhere/repo?ref=branch"                            # [unit]
    "git+https://somewhere.aaaaaaa/repo?ref=branch"              # [unit]
    "git+https://example.org/repo.git?ref=main&rev=0123456789abcdef0123456789abcdef01234567&submodules=1&shallow=0&lfs=1&exportIgnore=1&allRefs=1&foo=bar"
    "git+ssh://git@github.com/NixOS/nix.git?ref=master"
    "git+file:///home/user/repo?dir=sub"
    "git+file:/home/user/repo"
    "git+http://example.org:8080/r?revCount=5&narHash=sha256-abc"
    "git+https://user:pa%20ss@example.org:443/r"
    "git:/srv/repo"
    "git+https://[::1]:8080/r"
    "git+https://192.168.0.1:/r"
    "git+https://ex!ample.com/r"
    "hg+https://hg.example.org/repo?ref=default&rev=0123456789abcdef0123456789abcdef01234567&x=1"
    "hg+ssh://hg@example.org/repo"
    "hg+file:///srv/hg?ref=a%2Fb"
    "tarball+https://example.org/src.tar.gz?narHash=sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=&name=foo&revCount=3&lastModified=x&a=b"
    "http://localhost:8181/test/+3d.tar.gz"                      # [unit]
    "https://example.org/archive"
    "file:///tmp/src.tar.gz"
    "file+https://example.org/data.json"
    "file+file:///tmp/data.json?lastModified=7"
  ];
in
builtins.foldl' (n: ref: builtins.trace (show ref) (n + 1)) 0 cases
