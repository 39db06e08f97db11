# Shared by accept.sh and run.sh: how a case is evaluated and how its output
# is reduced to what must match between nixpkgs' lib and ours.
# Sourced, not run. Expects CASES (the cases directory) to be set.
# shellcheck shell=bash

# Make a directory usable as `-I nixpkgs=DIR` whose `lib` is the given lib.
make_nixpkgs_dir() {
  local libdir=$1 dir
  dir=$(mktemp -d)
  ln -s "$libdir" "$dir/lib"
  printf '%s\n' "$dir"
}

# Which reference lib a case's expected output comes from: cases testing
# functions that did not exist in 2020 say "# expected-from: nixpkgs-2025".
case_reference() {
  if grep -q '^# expected-from: nixpkgs-2025' "$1"; then echo 2025; else echo 2020; fi
}

# Cases whose value is not JSON-able say "# output: plain".
case_eval_flags() {
  if grep -q '^# output: plain' "$1"; then echo "--eval --strict"; else echo "--eval --strict --json"; fi
}

# Replace machine-specific paths (the cases directory, the lib in use) and
# drop line:column from positions inside the lib, which differ between libs.
normalize() {
  local text nixpkgs=$1
  text=$(cat)
  text=${text//"$CASES"/<cases>}
  text=${text//"$nixpkgs/lib"/<lib>}
  text=${text//"$(readlink -f "$nixpkgs/lib")"/<lib>}
  text=${text//"$nixpkgs"/<nixpkgs>}
  printf '%s\n' "$text" | sed -E 's#(<lib>/[^ :]*):[0-9]+:[0-9]+#\1#g'
}

# The essential part of a failed evaluation's stderr: everything traced
# before the error, then the error message without "error: " and without
# the 7-space indent Nix gives its continuation lines, cut before the
# position block or the trace hint. A failed `assert` is reduced to
# "assertion failed": Nix quotes the asserted source code, which is the
# library's own text (the traced message before it is what the library says).
essential_error() {
  awk '
    !seen && /^error:( |$)/ {
      seen = 1; sub(/^error: ?/, "")
      if ($0 ~ /^assertion .* failed$/) $0 = "assertion failed"
      if ($0 != "") { print; got = 1 }
      next
    }
    !seen { print; next }
    /^\(use .--show-trace/ || /^ +at [^ ].*:$/ { exit }
    /^$/ { blanks++; next }
    {
      if (blanks && got && substr($0, 1, 7) != "       ") exit
      for (; blanks > 0; blanks--) if (got) print ""
      sub(/^       /, ""); print; got = 1
    }
  '
}

# Evaluate case $2 with evaluator $1 against nixpkgs dir $3. Writes
# normalized stdout/stderr to $4.out / $4.err and returns the exit status.
eval_case() {
  local evaluator=$1 file=$2 nixpkgs=$3 base=$4 status=0
  # shellcheck disable=SC2046
  NIX_PATH='' $evaluator $(case_eval_flags "$file") -I "nixpkgs=$nixpkgs" "$file" \
    >"$base.rawout" 2>"$base.rawerr" || status=$?
  normalize "$nixpkgs" <"$base.rawout" >"$base.out"
  normalize "$nixpkgs" <"$base.rawerr" >"$base.err"
  return $status
}
