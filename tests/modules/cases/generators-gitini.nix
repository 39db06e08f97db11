# toGitINI turns nested sets into git-config sections with subsections.
let lib = import <nixpkgs/lib>; in
lib.generators.toGitINI {
  user = { name = "N"; email = "e@x"; };
  url."https://example.org/".insteadOf = [ "ex:" "e:" ];
  core.bare = false;
}
