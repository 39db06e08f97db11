# boot.enableContainers = false on a normal host: nothing from the module; networkmanager on
# (it only changes services.udev.extraRules, which is not rendered).
{ boot.enableContainers = false; networking.networkmanager.enable = true; containers.c1.path = "/p"; }
