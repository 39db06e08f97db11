/* base_names.h: the names bound in the base environment, in slot order. */
#ifndef NIXEL_BASE_NAMES_H
#define NIXEL_BASE_NAMES_H

extern const char *const base_names[];
extern const unsigned base_names_count;

#endif
