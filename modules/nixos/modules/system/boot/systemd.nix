# systemd.services, systemd.targets and systemd.units of an April 2020 NixOS host: each service
# and target becomes a unit in systemd.units with the text NixOS generated; the render plan turns
# systemd.units into files and links under etc/systemd/system (see render.nix).
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption mkIf mkMerge mkAfter types;
  inherit (builtins) attrNames concatStringsSep concatLists map isList toJSON stringLength
    replaceStrings listToAttrs;

  cfg = config.systemd;
  unitOptions = import ./systemd-unit-options.nix { inherit lib; };
  nonEmpty = l: l != [];

  # [Unit]/[Service] text: a line per value, lists give a line per element.
  toOption = x:
    if x == true then "true"
    else if x == false then "false"
    else toString x;
  attrsToSection = attrs:
    concatStringsSep "" (concatLists (map (key:
      let value = attrs.${key}; in
      map (x: "${key}=${toOption x}\n") (if isList value then value else [ value ]))
      (attrNames attrs)));

  # unit-script-<name>: `\` doubled (NixOS's shellEscape), then `\` -> `-` and `@` -> `_`.
  makeJobScript = name: text:
    pkgs.writeTextFile {
      name = "unit-script-"
        + replaceStrings [ "\\" "@" ] [ "-" "_" ] (replaceStrings [ "\\" ] [ "\\\\" ] name);
      executable = true;
      inherit text;
    };
  shellScript = body: "#! ${pkgs.runtimeShell} -e\n${body}\n";

  # The [Unit] keys NixOS derives from the common options.
  unitConfigModule = { config, ... }: {
    config.unitConfig =
      let
        listKey = key: value: if nonEmpty value then { ${key} = toString value; } else {};
      in
           listKey "Requires" config.requires
        // listKey "Wants" config.wants
        // listKey "After" config.after
        // listKey "Before" config.before
        // listKey "BindsTo" config.bindsTo
        // listKey "PartOf" config.partOf
        // listKey "Conflicts" config.conflicts
        // listKey "Requisite" config.requisite
        // listKey "X-Restart-Triggers" config.restartTriggers
        // listKey "Documentation" config.documentation
        // (if config.description != "" then { Description = config.description; } else {})
        // listKey "OnFailure" config.onFailure;
  };

  # Default PATH and the Exec*= scripts of a service.
  serviceConfigModule = { name, config, ... }: {
    config = mkMerge [
      {
        path = mkAfter [ pkgs.coreutils pkgs.findutils pkgs.gnugrep pkgs.gnused cfg.package ];
        environment.PATH =
          "${lib.makeBinPath config.path}:${lib.makeSearchPathOutput "bin" "sbin" config.path}";
      }
      (mkIf (config.preStart != "") {
        serviceConfig.ExecStartPre = makeJobScript "${name}-pre-start" (shellScript config.preStart);
      })
      (mkIf (config.script != "") {
        serviceConfig.ExecStart =
          makeJobScript "${name}-start" (shellScript config.script) + " " + config.scriptArgs;
      })
      (mkIf (config.postStart != "") {
        serviceConfig.ExecStartPost = makeJobScript "${name}-post-start" (shellScript config.postStart);
      })
      (mkIf (config.reload != "") {
        serviceConfig.ExecReload = makeJobScript "${name}-reload" (shellScript config.reload);
      })
      (mkIf (config.preStop != "") {
        serviceConfig.ExecStop = makeJobScript "${name}-pre-stop" (shellScript config.preStop);
      })
      (mkIf (config.postStop != "") {
        serviceConfig.ExecStopPost = makeJobScript "${name}-post-stop" (shellScript config.postStop);
      })
    ];
  };

  # Environment= lines. A store marker in a value comes out JSON-escaped; the render plan reads
  # that form too (pkgs/markers.nix).
  environmentLines = unitName: env:
    concatStringsSep "" (map (n:
      let
        line = if env.${n} == null then ""
               else "Environment=${toJSON "${n}=${env.${n}}"}\n";
        # Markers are longer than the paths they stand for: measure the real text.
        tooLong = stringLength line >= 1048576
          && stringLength (pkgs.nixel.decode line) >= 1048576;
      in if tooLong
         then throw "The value of the environment variable ‘${n}’ in systemd service ‘${unitName}.service’ is too long."
         else line)
      (attrNames env));

  serviceToUnit = name: def: {
    inherit (def) aliases wantedBy requiredBy enable;
    text =
      "[Unit]\n" + attrsToSection def.unitConfig + "\n"
      + "[Service]\n" + environmentLines name (cfg.globalEnvironment // def.environment) + "\n"
      + (if def.reloadIfChanged then "X-ReloadIfChanged=true\n"
         else if !def.restartIfChanged then "X-RestartIfChanged=false\n"
         else "") + "\n"
      + (if !def.stopIfChanged then "X-StopIfChanged=false" else "") + "\n"
      + attrsToSection def.serviceConfig + "\n";
  };

  targetToUnit = name: def: {
    inherit (def) aliases wantedBy requiredBy enable;
    text = "[Unit]\n" + attrsToSection def.unitConfig + "\n";
  };

  renameUnits = suffix: toUnit: units:
    listToAttrs (map (n: { name = "${n}.${suffix}"; value = toUnit n units.${n}; })
      (attrNames units));
in
{
  options.systemd = {
    package = mkOption {
      default = pkgs.systemd;
      type = types.package;
      description = "The systemd package.";
    };

    units = mkOption {
      default = {};
      type = types.attrsOf (types.submodule { options = unitOptions.concreteUnitOptions; });
      description = "systemd units by file name (foo.service), with their text.";
    };

    services = mkOption {
      default = {};
      type = types.attrsOf (types.submodule [
        { options = unitOptions.serviceOptions; }
        unitConfigModule
        serviceConfigModule
      ]);
      description = "systemd services; <name> becomes <name>.service.";
    };

    targets = mkOption {
      default = {};
      type = types.attrsOf (types.submodule [
        { options = unitOptions.commonUnitOptions; }
        unitConfigModule
      ]);
      description = "systemd targets; <name> becomes <name>.target.";
    };

    globalEnvironment = mkOption {
      default = {};
      type = with types; attrsOf (nullOr (either str (either path package)));
      description = "Environment variables of every service.";
    };

    additionalUpstreamSystemUnits = mkOption {
      default = [];
      type = types.listOf types.str;
      description = "More units systemd ships that the host uses (their definitions here become overrides.conf).";
    };

    # Not an option in NixOS (a let binding there); read-only here so the render plan can tell
    # which units systemd ships, as NixOS's generateUnits did.
    upstreamSystemUnits = mkOption {
      readOnly = true;
      internal = true;
      type = types.listOf types.str;
      default = import ./systemd-upstream-units.nix ++ cfg.additionalUpstreamSystemUnits;
      description = "Units systemd ships that an April 2020 NixOS host linked into /etc/systemd/system.";
    };
  };

  config.systemd.units =
    renameUnits "service" serviceToUnit cfg.services
    // renameUnits "target" targetToUnit cfg.targets;
}
