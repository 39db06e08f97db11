#!/usr/bin/env bash
# The layers of nixel's C sources, bottom up, as the Makefile lists them: a file may include
# headers of its own folder and of the folders below it, never above. Checks every quoted
# #include of the C sources (and the lexer and grammar), and that each folder's objects
# reference no function defined in a folder above it (the link-level view: a declaration in
# a lower header does not hide a call upward). Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
source tests/lib/env.sh
layers=(base lexer parser eval store builtins render why repl cli)
rank() { local i; for i in "${!layers[@]}"; do [ "${layers[$i]}" = "$1" ] && { echo "$i"; return; }; done; echo -1; }
pass=0 fail=0
for dir in "${layers[@]}"; do
    r=$(rank "$dir"); bad=""
    for f in "$dir"/*.[ch] "$dir"/*.re "$dir"/*.y; do
        [ -e "$f" ] || continue
        while IFS= read -r inc; do
            top=${inc%%/*}
            if [ "$inc" = "$top" ]; then bad+="  $f: #include \"$inc\" (not folder-qualified)"$'\n'; continue; fi
            # build/gen/parser.tab.h, bison's token numbers, is the lexer's interface as much as the
            # parser's (the lexer is bison's yylex): it counts as the lexer's layer.
            [ "$top" = gen ] && top=lexer
            t=$(rank "$top")
            if [ "$t" -lt 0 ]; then bad+="  $f: #include \"$inc\" (no such layer)"$'\n'
            elif [ "$t" -gt "$r" ]; then bad+="  $f: #include \"$inc\" reaches up into $top/"$'\n'; fi
        done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f")
    done
    if [ -z "$bad" ]; then pass=$((pass + 1)); else echo "FAIL includes of $dir/:"; printf '%s' "$bad"; fail=$((fail + 1)); fi
done
# Link level: needs the objects of a build (make builds them before make check runs this).
obj=${OBJ_DIR:-build/obj}
if [ ! -d "$obj" ]; then
    echo "FAIL no objects in $obj: build first (make)"; fail=$((fail + 1))
else
    declare -A owner
    for dir in "${layers[@]}"; do
        for o in "$obj/$dir"/*.o; do
            [ -e "$o" ] || continue
            while read -r s; do owner[$s]=$dir; done < <(nm --defined-only "$o" | awk '$2 ~ /^[TDBR]$/ {print $3}')
        done
    done
    for dir in "${layers[@]}"; do
        r=$(rank "$dir"); bad=""
        for o in "$obj/$dir"/*.o; do
            [ -e "$o" ] || continue
            while read -r s; do
                d=${owner[$s]:-}; [ -n "$d" ] || continue
                [ "$(rank "$d")" -gt "$r" ] && bad+="  $o uses $s (defined in $d/)"$'\n'
            done < <(nm -u "$o" | awk '{print $2}')
        done
        if [ -z "$bad" ]; then pass=$((pass + 1)); else echo "FAIL calls from $dir/ upward:"; printf '%s' "$bad"; fail=$((fail + 1)); fi
    done
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
