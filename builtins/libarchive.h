/* libarchive.h: libarchive, loaded when a tarball is first unpacked. Linking it made every
 * start of nixel load it and the thirteen libraries it needs (libxml2, ICU, libstdc++, the
 * compressors): most of the dynamic loader's work, for a builtin few evaluations call. */
#ifndef NIXEL_LIBARCHIVE_H
#define NIXEL_LIBARCHIVE_H

#include "eval/eval.h"

#include <archive.h>
#include <archive_entry.h>

typedef struct ArchiveApi {
    __typeof__(archive_read_new) *read_new;
    __typeof__(archive_read_support_filter_all) *read_support_filter_all;
    __typeof__(archive_read_support_format_all) *read_support_format_all;
    __typeof__(archive_read_open_filename) *read_open_filename;
    __typeof__(archive_read_next_header) *read_next_header;
    __typeof__(archive_read_extract) *read_extract;
    __typeof__(archive_read_close) *read_close;
    __typeof__(archive_read_free) *read_free;
    __typeof__(archive_error_string) *error_string;
    __typeof__(archive_entry_pathname) *entry_pathname;
    __typeof__(archive_entry_copy_pathname) *entry_copy_pathname;
    __typeof__(archive_entry_hardlink) *entry_hardlink;
    __typeof__(archive_entry_copy_hardlink) *entry_copy_hardlink;
} ArchiveApi;

/* The functions, loading the library the first time (into st); an evaluation error if it
 * cannot be loaded. */
const ArchiveApi *archive_api(State *st);

#endif
