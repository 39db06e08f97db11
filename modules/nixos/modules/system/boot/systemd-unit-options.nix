# Option declarations shared by systemd.services, systemd.targets and systemd.units, as NixOS
# declared them in April 2020 (nixos/modules/system/boot/systemd-unit-options.nix).
{ lib }:
let
  inherit (lib) mkOption mkOptionType types;
  inherit (builtins) isList concatLists map elem mapAttrs concatStringsSep concatMap toString;

  # NixOS's "systemd option": list definitions concatenate, anything else must agree.
  unitOption = mkOptionType {
    name = "systemd option";
    merge = loc: defs:
      let values = map (d: d.value) defs;
      in if isList (builtins.head values)
         then concatLists values
         else lib.mergeEqualOption loc defs;
  };

  # Definitions reach a type check still wrapped in mkIf/mkOverride.
  unwrap = v:
    let kind = if builtins.isAttrs v then v._type or "" else "";
    in if kind == "override" || kind == "if" then v.content else v;

  checkUnitConfig = group: checks: attrs:
    let
      defs = mapAttrs (_: unwrap) attrs;
      errors = concatMap (check: check group defs) checks;
    in if errors == [] then true
       else builtins.trace (concatStringsSep "\n" errors) false;

  assertValueOneOf = name: values: group: attr:
    if attr ? ${name} && !elem attr.${name} values
    then [ "Systemd ${group} field `${name}' cannot have value `${toString attr.${name}}'." ]
    else [];

  checkService = checkUnitConfig "Service" [
    (assertValueOneOf "Type" [ "exec" "simple" "forking" "oneshot" "dbus" "notify" "idle" ])
    (assertValueOneOf "Restart" [ "no" "on-success" "on-failure" "on-abnormal" "on-abort" "always" ])
  ];

  listOfNames = mkOption { default = []; type = types.listOf types.str; };
  lines = mkOption { default = ""; type = types.lines; };
in rec {
  inherit unitOption;

  sharedOptions = {
    enable = mkOption {
      default = true;
      type = types.bool;
      description = "If false, the unit is masked: a link to /dev/null.";
    };
    requiredBy = listOfNames // { description = "Units that require this one (.requires links)."; };
    wantedBy = listOfNames // { description = "Units that want this one (.wants links)."; };
    aliases = listOfNames // { description = "Other names of this unit (links to it)."; };
  };

  concreteUnitOptions = sharedOptions // {
    text = mkOption {
      type = types.nullOr types.str;
      default = null;
      description = "The text of the unit file.";
    };
  };

  commonUnitOptions = sharedOptions // {
    description = mkOption {
      default = "";
      type = types.str;
      description = "Description= of the unit.";
    };
    documentation = listOfNames // { description = "Documentation= URIs."; };
    requires = listOfNames // { description = "Requires= units."; };
    wants = listOfNames // { description = "Wants= units."; };
    after = listOfNames // { description = "After= units."; };
    before = listOfNames // { description = "Before= units."; };
    bindsTo = listOfNames // { description = "BindsTo= units."; };
    partOf = listOfNames // { description = "PartOf= units."; };
    conflicts = listOfNames // { description = "Conflicts= units."; };
    requisite = listOfNames // { description = "Requisite= units."; };
    onFailure = listOfNames // { description = "OnFailure= units."; };
    unitConfig = mkOption {
      default = {};
      type = types.attrsOf unitOption;
      description = "Keys of the [Unit] section.";
    };
    restartTriggers = mkOption {
      default = [];
      type = types.listOf types.unspecified;
      description = "Values whose change restarts the unit (X-Restart-Triggers=).";
    };
  };

  serviceOptions = commonUnitOptions // {
    environment = mkOption {
      default = {};
      type = with types; attrsOf (nullOr (either str (either path package)));
      description = "Environment variables of the service's processes.";
    };
    path = mkOption {
      default = [];
      type = with types; listOf (either package str);
      description = "Packages whose bin and sbin go on the service's PATH.";
    };
    serviceConfig = mkOption {
      default = {};
      type = types.addCheck (types.attrsOf unitOption) checkService;
      description = "Keys of the [Service] section.";
    };
    script = lines // { description = "Shell commands of the main process (ExecStart=)."; };
    scriptArgs = mkOption {
      type = types.str;
      default = "";
      description = "Arguments of the main process script.";
    };
    preStart = lines // { description = "Shell commands run before the main process."; };
    postStart = lines // { description = "Shell commands run after the main process started."; };
    reload = lines // { description = "Shell commands run on reload."; };
    preStop = lines // { description = "Shell commands run to stop the service."; };
    postStop = lines // { description = "Shell commands run after the service stopped."; };
    restartIfChanged = mkOption {
      type = types.bool;
      default = true;
      description = "Whether a changed unit is restarted on switch.";
    };
    reloadIfChanged = mkOption {
      type = types.bool;
      default = false;
      description = "Whether a changed unit is reloaded instead of restarted.";
    };
    stopIfChanged = mkOption {
      type = types.bool;
      default = true;
      description = "Whether a changed unit is stopped and started rather than restarted.";
    };
  };
}
