# The render plan of `nixel render`: everything the C side writes, as plain data, so that it
# evaluates this one expression and writes what it returns (../../shared/golden/README.md
# defines the tree; this file computes it).
#
#   import render.nix { modules = [ <seed module> ]; config = <configuration module>; }
#
# `modules` are loaded besides the host modules (modules/module-list.nix); `config` is the
# configuration (a path, attrset or function); `lib` defaults to <nixpkgs/lib>. The result:
#
#   {
#     warnings = [ "<message>" ... ];     # config.warnings, after the assertion check
#     etc = [                             # sorted by path
#       { path = "etc/hosts"; kind = "file";
#         mode = "symlink";               # for MANIFEST: the etc entry's mode ("symlink" for units)
#         permissions = "0644";           # for the file on disk: octal digits (setuid, setgid
#                                         #   and world-writable bits kept only with --preserve-modes)
#         user = "+0"; group = "+0";      # for MANIFEST: the owner NixOS would give it
#         content = "<bytes>"; }          # or json2toml = "<JSON text>", or copyFrom = "/abs/file"
#       { path = "etc/systemd/system/machines.target.wants/container@web.service";
#         kind = "link"; target = "../container@web.service"; }
#     ];
#     store = [                           # sorted by path; every realizable object the files
#       { path = "store/<hash>-<name>";   #   under etc/ refer to, transitively
#         kind = "file"; mode = "0755"; executable = true;   # or "0644" / false
#         user = "+0"; group = "+0";
#         content = "<bytes>"; }          # or json2toml = "<JSON text>", or copyFrom = "/abs/file"
#     ];
#   }
#
# Every file entry has exactly one of `content`, `json2toml` (write remarshal 0.10's json2toml
# rendering of that JSON, rules in the golden README) and `copyFrom` (copy that file's bytes).
# A store object's path may go below its store directory (store/<hash>-<name>/bin/x) when it
# was made with a `destination`. Paths are relative to the output directory and checked here:
# no absolute path, no empty, "." or ".." component, no path both a file and a directory.
#
# Evaluation order matters for messages: `warnings`, `etc` and `store` all fail first with
# the lib's "The option `a.b' defined in `F' does not exist." for a definition no module
# declares (check-definitions.nix), then with NixOS's "Failed assertions:" message when an assertion of the host fails; a container's
# own assertions fail while `etc` is computed (its /etc/containers/<name>.conf needs the
# nested system). Force `warnings` first, print them, then force `etc` and `store`.
{ modules ? [], config ? {}, lib ? import <nixpkgs/lib> }:
let
  inherit (builtins) attrNames filter map concatMap elem isAttrs isPath isString length head
    split substring stringLength sort listToAttrs foldl' genericClosure seq match
    concatStringsSep toJSON baseNameOf;

  evaluated = import ./eval.nix { inherit modules config lib; };
  cfg = evaluated.config;
  pkgs = evaluated._module.args.pkgs;
  inherit (pkgs.nixel) scan realizeRecord hasLeftover;

  # NixOS's top-level check (nixos/modules/system/activation/top-level.nix).
  failedAssertions = map (x: x.message) (filter (x: !x.assertion) cfg.assertions);
  assertionsHold =
    if failedAssertions != []
    then throw "\nFailed assertions:\n${concatStringsSep "\n" (map (m: "- ${m}") failedAssertions)}"
    else true;

  # ---- paths ---------------------------------------------------------------------------

  components = p: filter isString (split "/" p);
  isSafeRelative = p:
    p != "" && substring 0 1 p != "/"
    && !(builtins.any (c: c == "" || c == "." || c == "..") (components p));
  isSafeName = n: isSafeRelative n && length (components n) == 1;

  checkedTarget = name: target:
    if isSafeRelative target then target
    else throw ("nixel render: environment.etc.${toJSON name}.target = ${toJSON target} is not a "
      + "safe path under /etc (it is absolute or empty, or has an empty, \".\" or \"..\" component)");

  checkedUnitName = what: n:
    if isSafeName n then n
    else throw ("nixel render: ${what} ${toJSON n} is not a valid unit file name "
      + "(it is empty, \".\" or \"..\", or contains \"/\")");

  # ---- contents -------------------------------------------------------------------------

  # What an object is made of: { content | json2toml | copyFrom; refs = recipes it refers to; }
  contentsOf = what: obj:
    let meta = obj.nixelRealize or null; in
    if meta == null then
      throw "nixel render: ${what}: cannot produce the contents of ${obj.name or "a package"}: only writeText-style objects, runCommand json2toml and copies of a package's source file can be realized"
    else if meta.kind == "text" then
      if meta.destination != ""
      then throw "nixel render: ${what}: ${obj.name} is a directory (writeTextFile with a destination), not a file"
      else { content = meta.text; refs = obj.nixelRefs or []; }
    else if meta.kind == "json2toml" then { json2toml = meta.json; refs = obj.nixelRefs or []; }
    else { copyFrom = meta.from; refs = []; };

  # An etc entry's source: a recorded object (marker outPath), a real object carrying
  # nixelRealize, or a local file.
  sourceContents = what: source:
    if isPath source then { copyFrom = toString source; refs = []; }
    else if isAttrs source && source ? nixelRecord then contentsOf what (realizeRecord source.nixelRecord)
    else if isAttrs source && source ? nixelRealize then contentsOf what source
    else if isAttrs source && source ? outPath && scan (toString source) == { text = toString source; refs = []; }
    then contentsOf what source   # a package: named in the error
    else
      let
        s = toString source;
        found = scan s;
        obj = realizeRecord (head found.refs);
      in
        if length found.refs == 1 && found.text == obj.outPath then contentsOf what obj
        else throw "nixel render: ${what}: cannot produce the contents of ${found.text}: not a file nixel can realize";

  textContents = text: let found = scan text; in { content = found.text; inherit (found) refs; };

  # ---- /etc ------------------------------------------------------------------------------

  isOctal = m: match "[0-7]{3,4}" m != null;
  permissionsOf = name: mode:
    if isOctal mode then mode
    else if mode == "symlink" || mode == "direct-symlink" then "0644"
    else throw "nixel render: environment.etc.${toJSON name}.mode = ${toJSON mode} is neither \"symlink\" nor an octal mode";

  etcNames = filter (n: cfg.environment.etc.${n}.enable) (attrNames cfg.environment.etc);
  etcFiles = map (name:
    let e = cfg.environment.etc.${name}; target = checkedTarget name e.target; in
    if target == "systemd/system" || substring 0 15 target == "systemd/system/"
    then throw "nixel render: environment.etc.${toJSON name}: /etc/systemd/system is generated from systemd.units"
    else {
      path = "etc/" + target;
      kind = "file";
      inherit (e) mode user group;
      permissions = permissionsOf name e.mode;
    } // sourceContents "environment.etc.${toJSON name}" e.source)
    etcNames;

  # ---- systemd units (NixOS's generateUnits: units, then aliases, wants, requires) ---------

  units = cfg.systemd.units;
  unitNames = map (checkedUnitName "systemd unit") (attrNames units);
  unitDir = "etc/systemd/system/";
  link = path: target: { path = unitDir + path; kind = "link"; inherit target; };

  unitFiles = concatMap (name:
    let u = units.${name}; in
    if u.enable then [
      ({
        path = unitDir + (if elem name cfg.systemd.upstreamSystemUnits
                          then "${name}.d/overrides.conf" else name);
        kind = "file";
        mode = "symlink";
        permissions = "0644";
        user = "+0";
        group = "+0";
      } // textContents (if u.text == null then "" else u.text))
    ] else [ (link name "/dev/null") ])
    unitNames;

  unitLinks = concatMap (name:
    let u = units.${name}; in
       map (a: link (checkedUnitName "alias of ${name}" a) name) u.aliases)
    unitNames
  ++ concatMap (name:
    map (t: link "${checkedUnitName "wantedBy of ${name}" t}.wants/${name}" "../${name}")
      units.${name}.wantedBy)
    unitNames
  ++ concatMap (name:
    map (t: link "${checkedUnitName "requiredBy of ${name}" t}.requires/${name}" "../${name}")
      units.${name}.requiredBy)
    unitNames;

  # ---- the tree --------------------------------------------------------------------------

  # Later entries replace earlier ones at the same path (NixOS's `ln -sfn`); two etc entries
  # with one target must agree (NixOS's make-etc.sh refused mismatched duplicates).
  describe = e: removeAttrs e [ "refs" ];
  lastWins = entries:
    let byPath = listToAttrs (map (e: { name = e.path; value = e; }) entries);
    in map (p: byPath.${p}) (attrNames byPath);
  checkEtcDuplicates = foldl' (seen: e:
    if seen ? ${e.path} && describe seen.${e.path} != describe e
    then throw "nixel render: two environment.etc entries write ${e.path} with different contents"
    else seen // { ${e.path} = e; }) {} etcFiles;

  entries = seq checkEtcDuplicates (lastWins (etcFiles ++ unitFiles ++ unitLinks));

  checkNesting =
    let
      paths = listToAttrs (map (e: { name = e.path; value = true; }) entries);
      ancestors = p:
        let cs = components p;
        in builtins.genList (i: concatStringsSep "/" (builtins.genList (j: builtins.elemAt cs j) (i + 1)))
             (length cs - 1);
      bad = filter (e: builtins.any (a: paths ? ${a}) (ancestors e.path)) entries;
    in if bad == [] then true
       else throw "nixel render: ${(head bad).path} lies below another file of the tree";

  # ---- store: realizable objects referred to, transitively --------------------------------

  node = record: let obj = realizeRecord record; in { key = obj.outPath; inherit obj; };
  closure = genericClosure {
    startSet = map node (concatMap (e: e.refs or []) entries);
    operator = n: if n.obj ? nixelRealize then map node (n.obj.nixelRefs or []) else [];
  };
  storeEntry = n:
    let
      meta = n.obj.nixelRealize;
      base = substring 5 (stringLength n.key) n.key;   # "/nix/store/x" -> "store/x"
      executable = meta.kind == "text" && meta.executable;
    in {
      path = base + (if meta.kind == "text" then meta.destination else "");
      kind = "file";
      inherit executable;
      mode = if executable then "0755" else "0644";
      user = "+0";
      group = "+0";
    } // (if meta.kind == "text" then { content = meta.text; }
          else if meta.kind == "json2toml" then { json2toml = meta.json; }
          else { copyFrom = meta.from; });
  storeEntries = map storeEntry (filter (n: n.obj ? nixelRealize) closure);

  # ---- result ------------------------------------------------------------------------------

  noLeftover = e:
    let text = e.content or e.json2toml or ""; in
    if hasLeftover text
    then throw "nixel render: ${e.path} refers to a store object through an encoding nixel cannot follow (a store path escaped twice?)"
    else e;

  byPath = sort (a: b: a.path < b.path);
  # Every definition must be declared (check-definitions.nix), before NixOS's assertions:
  # an option no module declares is a mistake in the configuration, not in the host.
  definitionsDeclared = import ./check-definitions.nix { inherit lib; inherit (evaluated) options config; };
  ready = x: seq definitionsDeclared (seq assertionsHold x);
in {
  warnings = ready cfg.warnings;
  etc = ready (seq checkNesting (byPath (map (e: noLeftover (describe e)) entries)));
  store = ready (byPath (map noLeftover storeEntries));
}
