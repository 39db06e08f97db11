# A host that is itself a container: boot.enableContainers defaults to false, so the module
# adds nothing (no units, no /etc/containers, no extra hosts) even with a container defined.
{ boot.isContainer = true; containers.c1 = { path = "/p"; localAddress = "10.0.0.2"; }; }
