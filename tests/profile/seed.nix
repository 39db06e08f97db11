# The render plan of the new seed module and the podman example, evaluated with nixel's lib.
let plan = import ../../modules/nixos/render.nix {
      lib = import ../../modules/lib;
      modules = [ ../../../shared/seed/containers-new.nix ];
      config = ../../examples/podman/config.nix;
    };
in builtins.stringLength (builtins.toJSON plan)
