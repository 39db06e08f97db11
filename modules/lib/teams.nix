# Teams that modules' `meta.maintainers` may refer to (`teams.X.members`).
# Only the teams modules evaluated by nixel use, with placeholder members.
{ lib }:

let
  inherit (lib) maintainers;
in
{
  podman = {
    members = [ maintainers.nixel ];
    scope = "Podman and container runtime modules.";
  };
}
