# A definition for an option no module declares (nixel eval has no option tree to suggest from).
let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.services.web.enable = lib.mkEnableOption "the web server"; }
    { services.web.enabel = true; }
  ];
}).config.services.web.enable
