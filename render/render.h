/* render.h: `nixel render`, which evaluates a NixOS-style configuration with nixel's host
 * modules (modules/nixos/render.nix computes what to write) and writes the /etc tree and
 * the store objects it refers to (tree.h), or prints the configuration as JSON. */
#ifndef NIXEL_RENDER_H
#define NIXEL_RENDER_H

/* argv[0] is "render". Returns the exit status. */
int render_main(int argc, char **argv);

#endif
