/* libarchive.c: loading libarchive on first use (see libarchive.h). */
#include "builtins/libarchive.h"
#include "base/mem.h"

#include <dlfcn.h>

/* Each name with the field it fills, in ArchiveApi's order. */
static const char *const names[] = {
    "archive_read_new", "archive_read_support_filter_all", "archive_read_support_format_all",
    "archive_read_open_filename", "archive_read_next_header", "archive_read_extract",
    "archive_read_close", "archive_read_free", "archive_error_string",
    "archive_entry_pathname", "archive_entry_copy_pathname", "archive_entry_hardlink",
    "archive_entry_copy_hardlink",
};
_Static_assert(sizeof names / sizeof *names * sizeof(void (*)(void)) == sizeof(ArchiveApi),
               "one name per function of ArchiveApi");

const ArchiveApi *archive_api(State *st)
{
    if (st->archive) return st->archive;
    void *lib = dlopen("libarchive.so.13", RTLD_NOW | RTLD_LOCAL);
    if (!lib) eval_error(st, ERR_EVAL, NO_POS, "cannot load libarchive: %s", dlerror());
    ArchiveApi *api = mem_alloc(sizeof *api);
    void (**slot)(void) = (void (**)(void))api;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        void *f = dlsym(lib, names[i]);
        if (!f) eval_error(st, ERR_EVAL, NO_POS, "cannot load libarchive: no %s", names[i]);
        *(void **)&slot[i] = f;
    }
    st->archive = api;
    return api;
}
