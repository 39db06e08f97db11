/* print.h: writing values out: Nix's own syntax (nix-instantiate --eval), JSON (--json,
 * builtins.toJSON) and XML (--xml, builtins.toXML). */
#ifndef NIXEL_PRINT_H
#define NIXEL_PRINT_H

#include "eval/eval.h"

/* As `nix-instantiate --eval` prints: unforced values as <CODE>, a set or list met a second
 * time as «repeated». */
void print_value(State *st, Buf *out, Value *v);
/* A string as Nix prints it: quoted; `"`, `\`, `${` and newlines, tabs, CRs escaped. */
void print_string_lit(Buf *out, const char *s, size_t n);
/* As builtins.toJSON / --json: forces what it prints when strict; context is collected. */
void print_json(State *st, Buf *out, Value *v, bool strict, Pos pos, Context **ctx);
void print_json_string(Buf *out, const char *s, size_t n);
/* How many bytes from s on (at most n) JSON writes and reads as they are: printable ASCII
 * but the quote and the backslash. toJSON and fromJSON copy such runs at once. */
size_t json_plain_run(const char *s, size_t n);
/* Closes the lists and sets a failed print_json left open, as the destructors of CppNix's JSON
 * writer do while the error unwinds (`{"a":[1,` becomes `{"a":[1,]}`). */
void print_json_close_partial(Buf *out);
/* Nix's float output (C++ ostream default: %g with 6 significant digits). */
void print_float(Buf *out, double f);
/* As builtins.toXML / --xml. */
void print_xml(State *st, Buf *out, Value *v, bool strict, bool location, Context **ctx);

#endif
