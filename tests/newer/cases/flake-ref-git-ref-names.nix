# Which branch/tag names a git input takes: isLegalRefName (src/libfetchers/git-utils.cc
# 1645: libgit2's reference, branch and tag name checks). The names are the legal ones of
# today's unit test GitUtils.isLegalRefName (src/libfetchers-tests/git-utils.cc 366); each
# case traces the name and the flakeRefToString of a git input with it as its ref, which
# encodeQuery (src/libutil/url.cc 313) prints escaping all but unreserved characters and
# ":@/?". Illegal names are flake-ref-err-git-ref*.
let
  show = ref: "${ref} => ${builtins.flakeRefToString { type = "git"; url = "https://example.org/r"; inherit ref; }}";
  names = [ "A/b" "AaA/b" "FOO/BAR/BAZ" "HEAD" "refs/tags/1.2.3" "refs/heads/master" "foox" "1337"
    "foo.baz" "foo/bar/baz" "foo./bar" "heads/foo@bar" "heads/fuß" "foo-bar-baz" "branch#" "$1" "foo.locke" ];
in
builtins.foldl' (n: ref: builtins.trace (show ref) (n + 1)) 0 names
