# An option neither the host nor the seed module declares.
{ virtualisation.containers.enable = true; virtualisation.containers.storage = "overlay"; }
