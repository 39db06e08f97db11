# The trivial builders (writeText, writeTextFile, writeScript, writeShellScript, runCommand,
# runCommandNoCC, ...) as real derivations with the attributes nixpkgs of April 2020 gives
# them, each carrying `nixelRealize`: what `nixel render` writes for the object without
# running its builder ({ kind = "text"; text; executable; destination; },
# { kind = "json2toml"; json; } or { kind = "copy"; from = "/abs/file"; }; absent when the
# object cannot be realized, e.g. a runCommand with an arbitrary script).
#
# With `recording = true` (the default) a builder returns a derivation-like attrset whose
# outPath is a marker (see markers.nix) and `realizeRecord` turns the marker's recipe into the
# real derivation; with `recording = false` builders return the real derivation directly.
{ system, packages, recording ? true }:
let
  inherit (builtins) derivation removeAttrs isString isList isAttrs match elem head
    map filter substring stringLength toJSON;
  inherit (packages) bash stdenvNoCC remarshal sourceTrees defaultBuilder runtimeShell;

  markers = import ./markers.nix;

  hasPrefix = p: s: substring 0 (stringLength p) s == p;

  # stdenvNoCC.mkDerivation, reduced to the attributes that shape the store path.
  mkDerivation = name: env:
    derivation ({
      inherit name system;
      builder = "${bash}/bin/bash";
      args = [ "-e" "${defaultBuilder}" ];
      stdenv = stdenvNoCC;
      outputs = [ "out" ];
    } // removeAttrs env [ "passthru" "meta" ]);

  # runCommand: recognise the two realizable shapes the containers module uses.
  json2tomlCommand = cmd:
    match "[[:space:]]*json2toml \"[$]valuePath\" \"[$]out\"[[:space:]]*" cmd != null;

  copiedFile = cmd:
    let m = match "[[:space:]]*cp ([^[:space:]]+) [$]out[[:space:]]*" cmd;
        from = if m == null then null else head m;
        trees = filter (t: hasPrefix "${t}/" from) sourceTrees;
    in if from == null || trees == [] then null
       else toString (head trees).nixelSourceTree
            + substring (stringLength "${head trees}") (stringLength from) from;

  runCommandMeta = env: cmd:
    if json2tomlCommand cmd && (env.passAsFile or null) == [ "value" ]
       && isString (env.value or null)
       && elem "${remarshal}" (map toString (env.nativeBuildInputs or []))
    then { kind = "json2toml"; json = env.value; }
    else if copiedFile cmd != null then { kind = "copy"; from = copiedFile cmd; }
    else null;

  realRunCommand = name: env: buildCommand:
    let
      drv = mkDerivation name ({ inherit buildCommand; passAsFile = [ "buildCommand" ]; } // env);
      meta = runCommandMeta env buildCommand;
    in drv // (env.passthru or {}) // (if meta == null then {} else { nixelRealize = meta; });

  # The script is ours; it is never run (nixel realizes text objects itself).
  realWriteTextFile = { name, text, executable ? false, destination ? "", checkPhase ? "" }:
    realRunCommand name {
      inherit text executable;
      passAsFile = [ "text" ];
      preferLocalBuild = true;
      allowSubstitutes = false;
    } ''
      target="$out${destination}"
      mkdir -p "$(dirname "$target")"
      cp "$textPath" "$target"
      ${checkPhase}
      if [ -n "$executable" ]; then chmod +x "$target"; fi
    '' // {
      nixelRealize = { kind = "text"; inherit text executable destination; };
    };

  # Recording mode: a derivation-like value whose outPath is a marker.
  recorded = record: passthru:
    passthru // {
      type = "derivation";
      inherit (record) name;
      inherit system;
      outPath = markers.mark record;
      outputName = "out";
      drvPath = (realizeRecord record).drvPath;
      nixelRecord = record;
    };

  # Turn the values of a runCommand environment into what a derivation would see.
  jsonable = v:
    if isAttrs v && !(v ? outPath) then builtins.mapAttrs (_: jsonable) v
    else if isList v then map jsonable v
    else if isAttrs v || builtins.isPath v then toString v
    else v;

  decodeDeep = v:
    if isString v then decode v
    else if isList v then map decodeDeep v
    else if isAttrs v then builtins.mapAttrs (_: decodeDeep) v
    else v;

  # The real derivation of a recipe, with nixelRealize (contents with real paths) and
  # nixelRefs (the recipes its contents refer to).
  realizeRecord = r:
    if r.t == "text" then
      let body = scan r.text;
      in realWriteTextFile {
        inherit (r) name executable destination;
        text = body.text;
        checkPhase = decode r.checkPhase;
      } // { nixelRefs = body.refs; }
    else
      let
        env = decodeDeep r.env;
        drv = realRunCommand r.name env (decode r.cmd);
        jsonRefs = if (drv.nixelRealize.kind or "") == "json2toml" then (scan r.env.value).refs else [];
      in drv // { nixelRefs = jsonRefs; };

  scan = markers.scan (r: (realizeRecord r).outPath);
  decode = s: (scan s).text;

  writeTextFile = { name, text, executable ? false, destination ? "", checkPhase ? "" }@args:
    if recording
    then recorded { t = "text"; inherit name text executable destination checkPhase; } {}
    else realWriteTextFile args;

  runCommandNoCC = name: env: buildCommand:
    if recording
    then recorded {
      t = "run"; inherit name;
      env = jsonable (removeAttrs env [ "passthru" "meta" ]);
      cmd = buildCommand;
    } (env.passthru or {})
    else realRunCommand name env buildCommand;

in {
  inherit writeTextFile runCommandNoCC;
  runCommand = runCommandNoCC;
  runCommandLocal = runCommandNoCC;

  writeText = name: text: writeTextFile { inherit name text; };
  writeTextDir = path: text: writeTextFile {
    inherit text; name = builtins.baseNameOf path; destination = "/${path}";
  };
  writeScript = name: text: writeTextFile { inherit name text; executable = true; };
  writeScriptBin = name: text: writeTextFile {
    inherit name text; executable = true; destination = "/bin/${name}";
  };
  writeShellScript = name: text: writeTextFile {
    inherit name;
    executable = true;
    text = "#!${runtimeShell}\n${text}\n";
    checkPhase = "${stdenvNoCC.shell} -n $out\n";
  };
  writeShellScriptBin = name: text: writeTextFile {
    inherit name;
    executable = true;
    destination = "/bin/${name}";
    text = "#!${runtimeShell}\n${text}\n";
    checkPhase = "${stdenvNoCC.shell} -n $out/bin/${name}\n";
  };

  # For the render plan: recipes to real objects, texts with markers to real texts.
  nixel = {
    inherit realizeRecord scan decode recording;
    inherit (markers) hasLeftover;
  };
}
