# A typo in a nested option nothing in the render reads (denyInterfaces).
{ networking.dhcpcd.denyInterfacez = [ "veth*" ]; }
