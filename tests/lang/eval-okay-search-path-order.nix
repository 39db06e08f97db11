# the first entry with the name that holds the file wins
[ (import <m/which.nix>) (import <m/only-b.nix>) ]
