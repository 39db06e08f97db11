#!/usr/bin/env bash
# The profiler (`nixel eval --profile FILE --profile-calls FILE --profile-summary`) on a small
# program and on the seed module's render plan: every line of both folded files is
# "frame;frame... COUNT" with a positive integer count, the stacks name the program's
# functions, and the summary agrees with itself and with the files (total time = the sum
# of self times; calls = the calls file's counts). Ends with "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
nixel=$(realpath "${1:-$here/../../build/nixel}")
cd "$here"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() { # description, command...
    if "${@:2}"; then pass=$((pass + 1)); else echo "FAIL $1"; fail=$((fail + 1)); fi
}

folded_format() { # file: every line is frames separated by ';' (no spaces) and a count > 0
    [ -s "$1" ] && ! grep -vqE '^[^ ;]+(;[^ ;]+)* [1-9][0-9]*$' "$1"
}
calls_of() { # calls file, frame prefix: the calls of the stacks that end in that function
    awk -v p="$2" '{ n = split($1, f, ";"); if (index(f[n], p) == 1) s += $2 } END { print s + 0 }' "$1"
}
summary_calls_of() { # summary, frame prefix
    awk -v p="$2" 'NR > 2 && index($4, p) == 1 { s += $3 } END { print s + 0 }' "$1"
}
# The summary: self <= total on every row, calls > 0, the self times add up to the header's
# total, and the header's calls are the calls file's (less the one of <toplevel>).
summary_consistent() { # summary, calls file
    local calls_total
    calls_total=$(awk '{ s += $NF } END { print s }' "$2")
    awk -v ct="$calls_total" '
        NR == 1 { if ($1 != "profile:" || $3 != "ms,") exit 1; total = $2; calls = $4; sub(",", "", calls); next }
        NR == 2 { next }
        $2 == "-" { self += $1; rows++; next }
        { if ($1 > $2 + 0.0005 || $3 < 1) { print "bad row: " $0; exit 1 } self += $1; rows++ }
        END { d = self - total; if (d < 0) d = -d
              if (d > 0.001 * rows + 0.002) { print "self times add up to " self " of " total; exit 1 }
              if (calls + 1 != ct) { print "calls " calls " but the calls file has " ct; exit 1 } }' "$1"
}
# The microseconds file adds up to the total time (each stack rounded to the microsecond).
micros_add_up() { # summary, folded file, calls file
    local total sum nodes
    total=$(awk 'NR == 1 { print $2 }' "$1")
    sum=$(awk '{ s += $NF } END { print s }' "$2")
    nodes=$(wc -l < "$3")
    awk -v t="$total" -v s="$sum" -v n="$nodes" 'BEGIN { d = t * 1000 - s; if (d < 0) d = -d; exit !(d <= 0.5 * n + 2) }'
}

# ---- the small program ----
out=$("$nixel" eval --profile "$tmp/p.us" --profile-calls "$tmp/p.calls" --profile-summary program.nix 2>"$tmp/p.sum")
check "program: the value is printed as without profiling" [ "$out" = "$("$nixel" eval program.nix)" ]
check "program: microseconds file is folded stacks" folded_format "$tmp/p.us"
check "program: calls file is folded stacks" folded_format "$tmp/p.calls"
check "program: fib is called 1973 times (calls file)" [ "$(calls_of "$tmp/p.calls" fib@program.nix:4:)" = 1973 ]
check "program: fib's stacks nest (fib;fib)" grep -q 'fib@program.nix:4:9;fib@program.nix:4:9' "$tmp/p.calls"
check "program: square is called 100 times, under foldl'" \
    [ "$(grep "builtins.foldl';.*square@program.nix:5:12 " "$tmp/p.calls" | awk '{ s += $NF } END { print s }')" = 100 ]
check "program: sumSquares is in the stacks" grep -q '^<toplevel>;sumSquares@program.nix:6:16' "$tmp/p.calls"
check "program: the summary's calls of fib are the file's" [ "$(summary_calls_of "$tmp/p.sum" fib@program.nix:4:)" = 1973 ]
check "program: the summary agrees with itself and the calls file" summary_consistent "$tmp/p.sum" "$tmp/p.calls"
check "program: the microseconds add up to the total" micros_add_up "$tmp/p.sum" "$tmp/p.us" "$tmp/p.calls"
check "program: the summary lists at most 20 functions and the rest" \
    [ "$(awk 'NR > 2' "$tmp/p.sum" | wc -l)" -le 21 ]

# ---- the seed module, through nixel's lib ----
out=$("$nixel" eval --profile "$tmp/s.us" --profile-calls "$tmp/s.calls" --profile-summary seed.nix 2>"$tmp/s.sum")
check "seed: evaluates" [ -n "$out" ]
check "seed: microseconds file is folded stacks" folded_format "$tmp/s.us"
check "seed: calls file is folded stacks" folded_format "$tmp/s.calls"
check "seed: stacks name the module system's functions" grep -q 'evalModules@[^;]*modules/lib/modules.nix:' "$tmp/s.calls"
check "seed: the summary agrees with itself and the calls file" summary_consistent "$tmp/s.sum" "$tmp/s.calls"
check "seed: the microseconds add up to the total" micros_add_up "$tmp/s.sum" "$tmp/s.us" "$tmp/s.calls"
check "seed: the summary has its header and 20 rows and the rest" [ "$(wc -l < "$tmp/s.sum")" = 23 ]

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
