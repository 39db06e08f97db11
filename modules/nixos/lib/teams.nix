# lib.teams as of April 2020, reduced to the team a seed module names (containers-new.nix reads
# lib.teams.podman.members for meta.maintainers). nixpkgs' lib imports it from
# maintainers/team-list.nix, which is not part of nixel's lib.
{
  podman = {
    members = map (github: { inherit github; })
      [ "adisbladis" "saschagrunert" "vdemeester" "zowoq" ];
    scope = "Maintain Podman and CRI-O related packages and modules.";
  };
}
