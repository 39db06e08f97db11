#!/usr/bin/env bash
# Runs every test suite of the project against $NIXEL (default build/nixel) and sums their
# results. Each suite prints "N passed, M failed" as its last line; this prints the total the
# same way and exits non-zero if anything failed.
# The suites share one environment (tests/lib/env.sh): the reference nix-instantiate gets a
# configuration of its own, HOME and NIX_PATH are private, and nixpkgs' real libs come from
# ../shared/nixpkgs-lib beside the repository.
set -uo pipefail
cd "$(dirname "$0")/.."
source tests/lib/env.sh
export NIXEL=${NIXEL:-build/nixel}   # run-goldens.sh compares with $NIXEL compare
total_pass=0 total_fail=0 status=0

run_suite() { # name, command...
    local name=$1; shift
    echo "=== $name"
    local out rc
    out=$("$@" 2>&1); rc=$?
    printf '%s\n' "$out" | tail -n 25
    local last
    last=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
    if [ -z "$last" ]; then
        echo "suite $name printed no result line (exit $rc)"
        total_fail=$((total_fail + 1)); status=1; return
    fi
    local p f
    p=${last%% passed*}; f=${last#*passed, }; f=${f%% failed*}
    total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
    if [ "$rc" -ne 0 ] || [ "$f" -ne 0 ]; then status=1; fi
}

objdir=$(dirname "$NIXEL")/obj; [ -d "$objdir" ] || objdir=$(dirname "$NIXEL")   # build/obj or build/asan
run_suite "layers (no include or call reaches a folder above)" env OBJ_DIR="$objdir" bash tests/layers/run.sh
run_suite "C unit tests (build/unit)" make -s unit
run_suite "language cases (tests/lang, expected outputs from nix-instantiate)" bash tests/run-lang.sh "$NIXEL"
run_suite "error traces (--show-trace, against nix-instantiate)" bash tests/trace/run.sh "$NIXEL"
run_suite "trace-function-calls (the cases of tests/lang that call, against nix-instantiate but for the clock)" bash tests/trace/function-calls.sh "$NIXEL"
run_suite "command line (usage errors, against nix-instantiate)" bash tests/cli/run.sh "$NIXEL"
run_suite "nixel eval --steps (goldens; unused bindings never forced)" bash tests/steps/run.sh "$NIXEL"
run_suite "nixel eval --profile (folded stacks, summary)" bash tests/profile/run.sh "$NIXEL"
run_suite "lessons' transcripts (examples/lessons)" bash tests/lessons/run.sh "$NIXEL"
run_suite "current mode (NIXEL_COMPAT=current) against today's Nix; the default against nix-instantiate" bash tests/compat/run.sh "$NIXEL"
run_suite "restrict-eval and pure-eval (against nix-instantiate)" bash tests/restrict/run.sh "$NIXEL"
run_suite "Nix 2.8's settings and generic flags (against nix-instantiate)" bash tests/settings/run.sh "$NIXEL"
run_suite "the drop-in's stdout buffering and SIGINT/SIGTERM/SIGHUP (against nix-instantiate)" bash tests/io/run.sh "$NIXEL"
run_suite "fetchTarball of file:// archives, in-process (against nix-instantiate)" bash tests/fetch/run.sh "$NIXEL"
run_suite "regular expressions: memoized search, Nix's results, bounded time" bash tests/regex/run.sh "$NIXEL"
run_suite "fuzzers' findings and seeds, replayed (tests/fuzz/regressions)" bash tests/fuzz/regressions.sh "$NIXEL"
run_suite "differential --parse (seed modules, repo files)" bash tests/diff-parse.sh "$NIXEL"
run_suite "instantiation (.drv paths, recorded from nix-instantiate)" bash tests/instantiate/run.sh "$NIXEL"
run_suite "builtins newer than Nix 2.8 (NIXEL_COMPAT=current; the drop-in as nix-instantiate)" bash tests/newer/run.sh "$NIXEL"
run_suite "in-memory store: toFile, copies, .drv files read back (against nix-instantiate, private store)" bash tests/store/run.sh "$NIXEL"
run_suite "nixel's lib on the search path (<nixel/lib>, <nixpkgs/lib>)" bash tests/searchpath/run.sh "$NIXEL"
# nixel's own lib (modules/lib) against the expected outputs of nixpkgs' 2020 lib, evaluated by
# the reference evaluator (the lib is Nix code; this checks the lib itself).
run_suite "module system: modules/lib under nix-instantiate" bash tests/modules/run.sh nix-instantiate
run_suite "seed modules' options under modules/lib" bash tests/modules/seed-eval.sh nix-instantiate
run_suite "module system: modules/lib under nixel" bash tests/modules/run.sh "$PWD/$NIXEL"
run_suite "seed modules' options under nixel" bash tests/modules/seed-eval.sh "$PWD/$NIXEL"
# The Nix side of rendering /etc (modules/nixos) with modules/lib, through the development
# harness (nix-instantiate evaluates, a small writer lays out the tree), against the goldens.
run_suite "render goldens (modules/nixos, development harness)" \
    env RENDER_NIXPKGS="$PWD/modules" bash tests/render/run-goldens.sh --require nix-instantiate --require python3 "$PWD/tests/render/plan-with-nix.sh"
run_suite "render goldens: nixel render with nixel's lib" bash tests/render/run-goldens.sh "$PWD/$NIXEL render"
run_suite "render command line" bash tests/render/cli.sh "$NIXEL"
run_suite "render: every definition checked against the declarations (nixel and 4 libs, against nix-instantiate)" bash tests/render/check-definitions.sh "$NIXEL"
run_suite "nixel repl: transcripts, nix repl, a terminal (tests/repl)" bash tests/repl/run.sh "$NIXEL"
run_suite "builtins' documentation: Nix 2.8's names, examples against nix-instantiate" bash tests/repl/doc-builtins.sh "$NIXEL"
run_suite "lib's doc comments: every public function, examples against nix-instantiate" bash tests/repl/doc-lib.sh "$NIXEL"
run_suite "golden comparison (nixel compare, render --compare)" bash tests/compare/run.sh "$NIXEL"
run_suite "errors for people (nixel eval, nixel render; the drop-in unchanged)" bash tests/teach/run.sh "$NIXEL"
run_suite "nixel why and nixel options (goldens, --json field by field)" bash tests/why/run.sh "$NIXEL"
run_suite "render is restricted unless --impure (hostile configurations)" bash tests/render/restrict.sh "$NIXEL"
run_suite "render modes: setuid, world-writable, copies of local files, MANIFEST owners" bash tests/render/modes.sh "$NIXEL"
run_suite "render crash safety: killed renders, signals, full disks, deep trees, hostile names" bash tests/render/crash.sh "$NIXEL"
run_suite "json2toml against its Python model" bash tests/render/json2toml-diff.sh build/unit
run_suite "help, manual pages, --version, completion" bash tests/help/run.sh "$NIXEL"
run_suite "colours on a terminal (the drop-in against nix-instantiate under a pty; none on a pipe, NO_COLOR, TERM=dumb)" bash tests/colour/run.sh "$NIXEL"
run_suite "nixel eval for people (against nix-instantiate --eval)" bash tests/eval/run.sh "$NIXEL"
run_suite "make install, and the installed nixel" bash tests/install/run.sh
run_suite "playground: nixel serve's endpoint, and the page in headless Chromium against the command line" bash tests/playground/run.sh "$NIXEL"
# nixpkgs' real lib of April 2020 (../shared/nixpkgs-lib/2020-04) under nixel render. A missing
# tree fails this suite (run-goldens.sh checks it), it never skips it.
run_suite "render goldens: nixel render with nixpkgs' lib (../shared/nixpkgs-lib/2020-04)" \
    bash tests/render/run-goldens.sh --require nixpkgs-2020 "$PWD/$NIXEL render -I nixpkgs=$NIXPKGS_2020"

# nixpkgs' own lib tests (lib/tests/misc.nix, systems.nix, modules.sh) with nixel standing in
# for nix-instantiate. 2025-10 is the newest lib whose tests Nix 2.8 passes (the drop-in's
# default); 2026-06's use builtins newer than Nix 2.8 (readFileType, warn), so nixel runs
# them as today's Nix (NIXEL_COMPAT=current).
run_suite "nixpkgs' lib 2025-10 tests under nixel (misc, systems, modules.sh)" \
    bash "$NIXEL_SHARED/tools/lib-suite.sh" --log "$NIXEL_TEST_ENV/lib-2025" "$NIXPKGS_2025" "$NIXEL"
run_suite "nixpkgs' lib 2026-06 tests under nixel, NIXEL_COMPAT=current (misc, systems, modules.sh)" \
    env NIXEL_COMPAT=current bash "$NIXEL_SHARED/tools/lib-suite.sh" --log "$NIXEL_TEST_ENV/lib-2026" "$NIXPKGS_2026" "$NIXEL"
# Their real case counts (lib-suite.sh only estimates those of misc and systems).
run_suite "runTests cases of misc.nix and systems.nix, counted by evaluation (nixel and nix-instantiate)" bash tests/lib-count/run.sh "$NIXEL"
# lib/tests/sources.sh and lib/fileset/tests.sh read the store paths nixel prints from
# another process: nixel writes them (NIXEL_WRITE_STORE=1) to a scratch store directory.
# fileset runs fetchGit on git repositories it makes. About 35-50 s each on a loaded machine.
run_suite "nixpkgs' lib 2025-10 sources.sh and fileset/tests.sh under nixel (scratch store written)" \
    env NIX_STORE_DIR="$NIXEL_TEST_ENV/store-lib-2025" NIXEL_WRITE_STORE=1 \
    bash "$NIXEL_SHARED/tools/lib-suite.sh" --suites sources,fileset --log "$NIXEL_TEST_ENV/lib-2025-store" "$NIXPKGS_2025" "$NIXEL"
run_suite "nixpkgs' lib 2026-06 sources.sh and fileset/tests.sh under nixel, NIXEL_COMPAT=current (scratch store written)" \
    env NIXEL_COMPAT=current NIX_STORE_DIR="$NIXEL_TEST_ENV/store-lib-2026" NIXEL_WRITE_STORE=1 \
    bash "$NIXEL_SHARED/tools/lib-suite.sh" --suites sources,fileset --log "$NIXEL_TEST_ENV/lib-2026-store" "$NIXPKGS_2026" "$NIXEL"

echo "$total_pass passed, $total_fail failed"
exit $status
