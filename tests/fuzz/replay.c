/* replay.c: runs a libFuzzer harness on given files without libFuzzer, in the ordinary
 * build (cc, the collector), so that make check replays the findings kept in
 * tests/fuzz/regressions/ without clang. With replay_mem.c in place of fuzz_mem.c: the
 * collector reclaims what an input allocated, and memory is not capped (a regression
 * input must be one that nixel now handles within ordinary bounds).
 *   replay FILE...    exits 0 when every file ran; a failed check aborts */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "base/buf.h"
#include "base/file.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    for (int i = 1; i < argc; i++) {
        Buf b = {0};
        if (file_read(argv[i], &b) != FILE_OK) {
            fprintf(stderr, "replay: cannot read %s\n", argv[i]);
            return 1;
        }
        LLVMFuzzerTestOneInput((const uint8_t *)(b.s ? b.s : ""), b.len);
    }
    return 0;
}
