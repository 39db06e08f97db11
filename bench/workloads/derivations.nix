# 20,000 derivations with two outputs each, depending on each other through string contexts
# (interpolated outPaths of other derivations' outputs), and one derivation depending on all.
let
  n = 20000;
  mk = i: derivation {
    name = "pkg-${toString i}";
    system = "x86_64-linux";
    builder = "/bin/sh";
    args = [ "-c" "echo ${toString i} > $out" ];
    outputs = [ "out" "dev" ];
    version = "1.${toString i}";
    buildInputs = if i < 2 then [ ] else [ (pkgs (i / 2)) (pkgs (i / 3)).dev ];
    configureFlags = [ "--prefix=${placeholder "out"}" "--with-dep=${if i < 2 then "" else (pkgs (i - 1)).dev}" ];
  };
  all = builtins.genList mk n;
  pkgs = builtins.elemAt all;
  top = derivation {
    name = "top"; system = "x86_64-linux"; builder = "/bin/sh";
    paths = all;
  };
in top.drvPath
