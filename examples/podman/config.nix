# A podman-style /etc/containers setup for a workstation, rendered with the new containers
# module of April 2020 (shared/seed/containers-new.nix):
#
#   build/nixel render --module ../shared/seed/containers-new.nix examples/podman/config.nix -o OUT
#
# It shows what `nixel render` writes: OUT/etc/containers/registries.conf (TOML from the
# registry lists), OUT/etc/containers/policy.json (Nix's JSON of `policy`), OUT/etc/subuid
# and OUT/etc/subgid (65536 subordinate ids for each rootless user, duplicates dropped),
# OUT/etc/hosts with the machine's name, and OUT/MANIFEST listing every file with its hash.
{
  networking.hostName = "workstation";
  networking.extraHosts = "10.0.0.7 registry.lan";

  virtualisation.containers = {
    enable = true;

    # Rootless podman needs subordinate uid/gid ranges for each user.
    users = [ "alice" "bob" "alice" ];

    registries = {
      search = [ "registry.lan:5000" "docker.io" "quay.io" ];
      insecure = [ "registry.lan:5000" ];
      block = [ "docker.io/library/untrusted" ];
    };

    # Accept anything by default, but only signed images from the local registry.
    policy = {
      default = [ { type = "insecureAcceptAnything"; } ];
      transports.docker."registry.lan:5000" = [
        { type = "signedBy"; keyType = "GPGKeys"; keyPath = "/etc/pki/registry-lan.gpg"; }
      ];
    };
  };
}
