# virtualisation.containers.enable must be a bool.
{ virtualisation.containers.enable = "yes"; }
