#!/usr/bin/env bash
# run-all.sh: runs the libFuzzer harnesses (make fuzz-all), each for SECONDS, JOBS at a time,
# under nice -n 19, and prints a line of figures per harness: executions, libFuzzer's cov and
# ft, CPU seconds (of the fuzzing process), findings. Each harness keeps its corpus in
# DIR/corpus-NAME (seeded by seeds.py from the test cases; fuzz_parse keeps DIR/corpus, as
# `make fuzz` does), its log in DIR/NAME.log and its findings (crash-*, timeout-*, oom-*) in
# DIR/found-NAME/. libFuzzer's -timeout is wall-clock time, which on a shared machine mostly
# measures the other processes: the evaluating harnesses watch CPU time themselves
# (fuzz_nix.c), and -timeout is only a backstop.
#   run-all.sh DIR SECONDS JOBS HARNESS...
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
dir=$1 seconds=$2 jobs=$3; shift 3

# What differs between harnesses: input size, dictionary, and for whole programs a closed
# stderr (traces and warnings; libFuzzer and the sanitizers report on a copy of it).
options() {
    case $1 in
    fuzz_parse) echo "-max_len=4096 -dict=$here/nix.dict" ;;
    fuzz_eval) echo "-max_len=4096 -dict=$here/nix.dict -close_fd_mask=2" ;;
    fuzz_json|fuzz_json2toml) echo "-max_len=4096 -dict=$here/json.dict" ;;
    fuzz_toml) echo "-max_len=4096 -dict=$here/toml.dict" ;;
    fuzz_regex) echo "-max_len=512 -dict=$here/regex.dict" ;;
    fuzz_strings) echo "-max_len=1024" ;;
    esac
}

corpus_of() { [ "$1" = fuzz_parse ] && echo "$dir/corpus" || echo "$dir/corpus-$1"; }

seed() {
    local corpus; corpus=$(corpus_of "$1")
    mkdir -p "$corpus" "$dir/found-$1"
    if [ "$1" = fuzz_parse ]; then
        for f in "$root"/tests/lang/*.nix "$root"/../shared/seed/*.nix; do
            [ -e "$f" ] && cp "$f" "$corpus/seed-$(basename "$(dirname "$f")")-$(basename "$f")"
        done
    else
        python3 "$here/seeds.py" "$1" "$corpus" >/dev/null
    fi
}

# libFuzzer stops at its first finding: run it again on the grown corpus until the time is
# up, so that one finding does not end the run (each finding is a file in found-NAME/).
run_one() {
    local h=$1 log=$dir/$1.log end left
    seed "$h"
    end=$(( $(date +%s) + seconds ))
    : >"$log"; : >"$dir/$h.time"
    while left=$(( end - $(date +%s) )); [ "$left" -gt 0 ]; do
        # shellcheck disable=SC2046
        ASAN_OPTIONS=detect_leaks=0:quarantine_size_mb=64 /usr/bin/time -a -f "cpu %U %S" -o "$dir/$h.time" \
            nice -n 19 "$dir/$h" $(options "$h") -timeout=600 -report_slow_units=600 -rss_limit_mb=2048 -max_total_time="$left" \
            -print_final_stats=1 -artifact_prefix="$dir/found-$h/" "$(corpus_of "$h")" >>"$log" 2>&1 && break
    done
}

summary() {
    local h=$1 log=$dir/$1.log
    local execs cov ft cpu found
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{ n += $2 } END { print n }')
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*')
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*')
    cpu=$(awk '/^cpu/ { t += $2 + $3 } END { printf "%.0f", t }' "$dir/$h.time" 2>/dev/null)
    found=$(find "$dir/found-$h" -maxdepth 1 -type f ! -name 'slow-unit-*' | wc -l)
    printf '%-16s execs %-10s cov %-6s ft %-7s cpu_s %-6s findings %s\n' "$h" "${execs:-?}" "${cov:-?}" "${ft:-?}" "${cpu:-?}" "$found"
}

export -f run_one seed options corpus_of
export dir seconds here root
printf '%s\n' "$@" | xargs -P "$jobs" -I{} bash -c 'run_one {}'
for h in "$@"; do summary "$h"; done
