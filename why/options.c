/* options.c: the command `nixel options` (see why.h). */
#include "why/why.h"
#include "why/host.h"

int options_main(int argc, char **argv)
{
    (void)argc; (void)argv;
    return host_fail("nixel options: not yet", NULL);
}
