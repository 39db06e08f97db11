# A fake package set for seed-eval.nix: every package and builder returns
# a derivation-shaped set with a made-up store path, recording its inputs
# so the harness can show what a module asked to build. Nothing is built.
let
  storePath = name: "/nix/store/00000000000000000000000000000000-${name}";
  fake = name: extra: { type = "derivation"; inherit name; outPath = storePath name; } // extra;
  package = name: fake name { src = storePath "${name}-src"; };
in
{
  runCommandNoCC = name: env: script: fake name { inherit env script; };
  writeText = name: text: fake name { inherit text; };
  writeScript = name: text: fake name { inherit text; };
  runtimeShell = "${storePath "bash"}/bin/sh";
  remarshal = package "remarshal";
  skopeo = package "skopeo";
  iproute = package "iproute";
  nixos-container = package "nixos-container";
  systemd = package "systemd";
}
