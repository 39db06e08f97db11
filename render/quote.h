/* quote.h: how MANIFEST writes a name (a path or a link target) so that a line always
 * splits one way: a name holding no space, control character or DEL, and not starting
 * with a double quote, is written as it is (a backslash in it is then just a backslash);
 * any other is written in double quotes, with \\ \" \n \t \r and \xHH (other control
 * characters, DEL) for escapes. Bytes from 0x80 up stay as they are (UTF-8 stays
 * readable). So `file "etc/a b mode=4755" mode=0644 ...` names the file "a b mode=4755". */
#ifndef NIXEL_QUOTE_H
#define NIXEL_QUOTE_H

#include <stdbool.h>
#include <stddef.h>

/* The name as MANIFEST writes it (GC memory). */
const char *quote_name(const char *s, size_t n);

/* Reads one name at *p, quoted or not (an unquoted one ends at a space or the end of the
 * string), into *out and *len (GC memory, NUL-terminated) and moves *p past it. False if
 * a quoted name is not closed or has an unknown escape. */
bool quote_read(const char **p, char **out, size_t *len);

#endif
