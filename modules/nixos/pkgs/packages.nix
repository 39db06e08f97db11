# The packages the host and seed modules name, as derivations with NixOS's names and versions
# of April 2020. They are referenced (their store paths end up in /etc files) but never
# realized, so their builder is a stand-in that fails if anybody ever runs it.
{ system }:
let
  fakeBuilder = "/bin/sh";

  mkPackage = { name, passthru ? {} }:
    let
      drv = builtins.derivation {
        inherit name system;
        builder = fakeBuilder;
        args = [ "-c" "echo 'nixel: ${name} is a reference-only stand-in package' >&2; exit 1" ];
      };
    in drv // passthru;

  versioned = pname: version: mkPackage { name = "${pname}-${version}"; };
in rec {
  bash = versioned "bash" "4.4-p23";
  bashInteractive = bash;
  runtimeShell = "${bash}/bin/bash";

  coreutils = versioned "coreutils" "8.31";
  findutils = versioned "findutils" "4.7.0";
  gnugrep = versioned "gnugrep" "3.4";
  gnused = versioned "gnused" "4.8";
  iproute = versioned "iproute2" "5.5.0";
  iproute2 = iproute;
  systemd = versioned "systemd" "245.3";
  glibcLocales = versioned "glibc-locales" "2.30";
  tzdata = versioned "tzdata" "2019c";
  nixos-container = mkPackage { name = "nixos-container"; };
  remarshal = versioned "remarshal" "0.10.0";

  # skopeo's source tree: the copy builder reads files of it from sources/skopeo.
  skopeo-src = mkPackage { name = "source"; passthru.nixelSourceTree = ./sources/skopeo; };
  skopeo = mkPackage { name = "skopeo-0.2.0"; passthru.src = skopeo-src; };

  # What stdenvNoCC.mkDerivation puts into a derivation; runCommand uses it.
  stdenvNoCC = mkPackage {
    name = "stdenv-linux";
    passthru = {
      shell = runtimeShell;
      isLinux = true;
      hostPlatform.system = system;
    };
  };
  stdenv = stdenvNoCC;
  defaultBuilder = mkPackage { name = "default-builder.sh"; };

  # Source trees whose files the copy builder can realize, keyed by store path.
  sourceTrees = [ skopeo-src ];
}
