# the message names the missing attribute
{ a = { b = 1; }; }.a.c
