# <name> looks the name up in the search path given by -I
[ (import <lib/value.nix>).answer (import <lib/dir>).from <lib> ]
