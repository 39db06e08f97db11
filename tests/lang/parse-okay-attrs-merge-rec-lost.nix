# a rec set merged after a dotted path loses its rec; merged before, it keeps it
{ a.c = 2; a = rec { b = 1; }; d = rec { e = 1; }; d.f = 2; }
