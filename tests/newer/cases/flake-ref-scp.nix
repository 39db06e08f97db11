# Git's SCP-style locations ([user@]host:path, git.cc's allowedAttrs gives
# "git@github.com:NixOS/nixpkgs.git" as its example of a url) in a git input: fixGitURL
# (src/libutil/url.cc 680) makes them ssh:// URLs (tryParseScpStyle, 433): the user is split
# off the host at '@', and a relative path is made absolute with the warning that shows
# the four alternatives (its scp-style ones without the user); a path starting with '~' is
# left alone, silently. toURL (git.cc 405) then prints git+ssh://.
[
  (builtins.flakeRefToString { type = "git"; url = "git@github.com:NixOS/nix.git"; })
  (builtins.flakeRefToString { type = "git"; url = "git@github.com:~/nix.git"; })
  (builtins.flakeRefToString { type = "git"; url = "example.org:/srv/nix.git"; ref = "main"; })
]
