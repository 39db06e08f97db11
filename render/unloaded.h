/* unloaded.h: the nixpkgs module that declares an option nixel render's host does not load. */
#ifndef NIXEL_UNLOADED_H
#define NIXEL_UNLOADED_H

/* A sentence naming the nixpkgs module that declares OPTION (or an option below it), or NULL
 * when nixel does not know one. data is unused (TeachHelp's signature). */
const char *unloaded_module_hint(const char *option, void *data);

#endif
