# Which store objects are realized: those whose path appears in an /etc file, transitively,
# however the path got there (plain interpolation, builtins.toJSON, an etc entry's own source);
# packages and objects nixel cannot realize are referenced but never realized.
{ config, pkgs, ... }:
let
  leaf = pkgs.writeText "leaf.txt" "leaf, no references\n";
  shell = pkgs.writeShellScript "hello.sh" "echo hello from ${leaf}";
  middle = pkgs.writeScript "middle" ''
    #!${pkgs.runtimeShell}
    exec ${shell} "$@"
  '';
  binDir = pkgs.writeScriptBin "tool" "#!${pkgs.bash}/bin/bash\necho tool\n";
  opaque = pkgs.runCommand "opaque" { } "echo built > $out";
  toml = pkgs.runCommandNoCC "settings.toml" {
    nativeBuildInputs = [ pkgs.remarshal ];
    value = builtins.toJSON { helper = "${leaf}"; };
    passAsFile = [ "value" ];
  } ''
    json2toml "$valuePath" "$out"
  '';
  policy = pkgs.runCommandNoCC "default-policy.json" { } ''
    cp ${pkgs.skopeo.src}/default-policy.json $out
  '';
  unused = pkgs.writeText "unused" "nobody refers to me";
  jsonOnly = pkgs.writeText "json-only" "only named inside builtins.toJSON\n";
in
{
  environment.etc = {
    "refs/plain".text = ''
      middle: ${middle}
      again: ${middle}
      tool: ${binDir}/bin/tool
      opaque: ${opaque}
      package: ${pkgs.coreutils}/bin/ls
      toml: ${toml}
      policy: ${policy}
      unused is only named: unused
    '';
    "refs/json".text = builtins.toJSON { leaf = "${leaf}"; list = [ "${shell}" "${jsonOnly}" ]; };
    "refs/own-source".text = "the etc entry below is realized because this names its source: ${config.environment.etc."refs/target".source}\n";
    "refs/target".text = "I am referenced\n";
    "refs/unreferenced-source".source = unused;
  };
}
