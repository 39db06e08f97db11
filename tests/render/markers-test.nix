# Checks of the store markers (modules/nixos/pkgs/markers.nix): a text built with recording
# builders, once its markers are replaced, must equal the same text built with real builders,
# and the recipes found must be the objects the text names. Evaluates to an attrset of
# test name -> true/false; markers.sh runs it. Store hashes are compared normalized: under Nix
# the real builders' derivations also depend on string contexts (input derivations), which a
# decoded text does not carry for packages; nixel has no contexts, so there they agree exactly.
let
  pkgsDir = ../../modules/nixos/pkgs;
  rec_ = import pkgsDir { lib = null; };
  real = import pkgsDir { lib = null; recording = false; };

  # The same little graph of objects, built with either package set.
  graph = p: rec {
    leaf = p.writeText "leaf" "a 'quoted' \"leaf\" with \\ and / and é\n";
    script = p.writeScript "script" "#!${p.runtimeShell}\ncat ${leaf}\n";
    json = p.writeText "json" (builtins.toJSON { s = "${script}"; l = [ "${leaf}" ]; });
    toml = p.runCommandNoCC "x.toml" {
      nativeBuildInputs = [ p.remarshal ];
      value = builtins.toJSON { path = "${leaf}"; };
      passAsFile = [ "value" ];
    } ''
      json2toml "$valuePath" "$out"
    '';
    copy = p.runCommandNoCC "default-policy.json" { } ''
      cp ${p.skopeo.src}/default-policy.json $out
    '';
    top = "script=${script} json=${json} toml=${toml} copy=${copy} pkg=${p.bash}";
  };
  r = graph rec_;
  g = graph real;

  found = rec_.nixel.scan r.top;
  realized = map (x: rec_.nixel.realizeRecord x) found.refs;
  normalize = s: builtins.concatStringsSep "/nix/store/HASH-"
    (builtins.filter builtins.isString (builtins.split "/nix/store/[0-9a-z]{32}-" s));
  doubleEscaped = builtins.toJSON (builtins.toJSON "${r.leaf}");
in {
  decodedEqualsReal = normalize found.text == normalize g.top;
  refsInOrder = map (o: o.name) realized == [ "script" "json" "x.toml" "default-policy.json" ];
  realPaths = map (o: normalize o.outPath) realized
    == map (o: normalize (toString o)) [ g.script g.json g.toml g.copy ];
  textMeta =
    let m = (builtins.head realized).nixelRealize; in
    removeAttrs m [ "text" ] == { kind = "text"; executable = true; destination = ""; }
    && normalize m.text == normalize g.script.nixelRealize.text;
  nestedRefs = map (x: x.name) (builtins.head realized).nixelRefs == [ "leaf" ];
  jsonEscapedRefs = map (x: x.name) (builtins.elemAt realized 1).nixelRefs == [ "leaf" "script" ];  # toJSON sorts keys
  json2tomlMeta = (builtins.elemAt realized 2).nixelRealize == {
    kind = "json2toml"; json = builtins.toJSON { path = "${g.leaf}"; };
  };
  copyMeta = (builtins.elemAt realized 3).nixelRealize.kind == "copy";
  looksLikeStorePath = dirOf "${r.leaf}" == "/nix/store"
    && builtins.match ".*-leaf" (baseNameOf "${r.leaf}") != null;
  plainTextUntouched = rec_.nixel.scan "no markers: /nix/store/abc-x" == {
    text = "no markers: /nix/store/abc-x"; refs = [];
  };
  leftoverDetected = rec_.nixel.hasLeftover doubleEscaped
    && !(rec_.nixel.hasLeftover (rec_.nixel.decode r.top));
  equalRecordsEqualPaths = "${rec_.writeText "same" "x"}" == "${rec_.writeText "same" "x"}";
}
