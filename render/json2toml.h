/* json2toml.h: remarshal 0.10's `json2toml` (the pytoml 0.1 writer, keys sorted), which the
 * new containers module runs to build registries.conf. The rules are in
 * shared/golden/README.md ("registries.conf"). */
#ifndef NIXEL_JSON2TOML_H
#define NIXEL_JSON2TOML_H

#include <stddef.h>

/* Converts JSON text to TOML. On success returns NULL and sets *out (GC memory,
 * NUL-terminated) and *out_len; on failure returns a message saying what json2toml
 * cannot convert (invalid JSON, a null inside an array or inline table, NaN, ...). */
const char *json2toml_convert(const char *json, size_t len, char **out, size_t *out_len);

/* Python's repr() of a finite double (the shortest text that reads back as the same
 * double), which is how pytoml writes floats: "1.5", "123457000.0", "1e+16", "1e-05". */
void json2toml_format_float(char *buf, size_t n, double x);

#endif
