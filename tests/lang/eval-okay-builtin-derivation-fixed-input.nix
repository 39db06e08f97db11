# a fixed-output input counts by its output, not by how it is built
let
  fo = system: derivation { name = "src"; inherit system; builder = "/bin/sh"; outputHash = "0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73"; outputHashAlgo = "sha256"; };
  user = dep: derivation { name = "user"; system = "s"; builder = "/bin/sh"; src = dep; };
in [ (fo "a").drvPath (fo "b").drvPath (fo "a").outPath (user (fo "a")).outPath (user (fo "b")).outPath (user (fo "a")).drvPath (user (fo "b")).drvPath ]
