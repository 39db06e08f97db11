/* mem.h: every allocation nixel makes goes through here.
 *
 * Values live in a garbage-collected heap (Boehm GC). The syntax tree, symbol names and
 * sources live in arenas that are never freed while the program runs. Building with
 * NIXEL_NO_GC points everything at plain malloc, so AddressSanitizer sees every byte. */
#ifndef NIXEL_MEM_H
#define NIXEL_MEM_H

#include <stddef.h>

void mem_init(void);
/* Collectable memory that may hold pointers to other collectable memory. Zeroed. */
void *mem_alloc(size_t n);
/* Collectable memory that never holds pointers (string bytes). Not zeroed. */
void *mem_alloc_atomic(size_t n);
/* Grow a block from mem_alloc. */
void *mem_realloc(void *p, size_t n);
/* Memory that lives until exit and is scanned for pointers (syntax tree, tables). Zeroed. */
void *mem_arena(size_t n);
char *mem_strndup(const char *s, size_t n);
/* Abort with a message when the system is out of memory. */
_Noreturn void mem_fail(size_t n);

#endif
