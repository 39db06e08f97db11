/* corepkgs.h: built-in Nix sources reachable as <nix/NAME> (CppNix's corepkgs). */
#ifndef NIXEL_COREPKGS_H
#define NIXEL_COREPKGS_H

#define COREPKGS_PREFIX "/__corepkgs__/"

/* The source text for a corepkgs path, or NULL. */
const char *corepkgs_source(const char *path);

#endif
