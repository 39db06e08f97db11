/* unit.h: the small harness of nixel's C unit tests (build/unit, `make unit`). Each check
 * is one case; the runner ends with "N passed, M failed". */
#ifndef NIXEL_UNIT_H
#define NIXEL_UNIT_H

#include <stdbool.h>
#include <stddef.h>

/* Records one case; detail (printf-style) is shown only when it failed. */
bool unit_check(bool ok, const char *name, const char *detail, ...)
    __attribute__((format(printf, 3, 4)));
/* Compares bytes, showing both sides (escaped) when they differ. */
bool unit_check_bytes(const char *name, const char *got, size_t got_len, const char *want, size_t want_len);
bool unit_check_str(const char *name, const char *got, const char *want);

/* The suites. */
void unit_test_json2toml(void);
void unit_test_tree(void);
void unit_test_stage(void);
void unit_test_core(void);
void unit_test_base(void);

#endif
