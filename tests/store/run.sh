#!/usr/bin/env bash
# The in-memory store: what an evaluation adds to the store (toFile, copied sources, .drv
# files) can be read back and imported within it, as in Nix 2.8 when its store is writable.
# Each case of cases/*.nix runs under nixel and under the reference nix-instantiate, which
# gets a private store of its own for each call (--store DIR: nothing touches the machine's
# /nix), and stdout, stderr and the exit status must be the same:
#   --eval --strict --read-write-mode   Nix writes its store: everything reads back
#   --eval --strict                     Nix 2.8 writes nothing: the same cases fail, as there
#   (no --eval), for inst-*.nix         instantiation writes the store without the flag
# with the flags of NAME.flags, if any (--restrict-eval).
# nixel writes nothing to disk in any of them (checked: no store path it printed exists).
# Then the cases again under a store directory of their own (NIX_STORE_DIR; the reference
# uses a local store there), nixel with and without NIXEL_WRITE_STORE=1: the same output,
# and the same tree written (or none), also for fetchGit of local git repositories made here.
# Usage: run.sh [EVAL]; last line "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate
eval_cmd=$(realpath "${1:-$here/../../build/nixel}")
cd "$here/cases"
pass=0 fail=0
tmp=$NIXEL_TEST_ENV/store-suite
mkdir -p "$tmp"

run() { # out-prefix cmd...
    local p=$1; shift
    "$@" >"$p.out" 2>"$p.err"; echo "rc=$?" >>"$p.out"
}

check() { # name args...
    local name=$1; shift
    rm -rf "$tmp/store"
    run "$tmp/ref" nix-instantiate --store "$tmp/store" "$@"
    # its messages name files by where the private store keeps them
    sed -i "s|$tmp/store/nix/store/|/nix/store/|g" "$tmp/ref.err"
    run "$tmp/nixel" "$eval_cmd" "$@"
    grep -ho '/nix/store/[0-9a-z]\{32\}-[-+._?=0-9a-zA-Z]*' "$tmp/nixel.out" "$tmp/nixel.err" >>"$tmp/paths"
    if cmp -s "$tmp/ref.out" "$tmp/nixel.out" && cmp -s "$tmp/ref.err" "$tmp/nixel.err"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1)); echo "FAIL $name: nixel $* differs from nix-instantiate"
        diff "$tmp/ref.out" "$tmp/nixel.out" | head -8
        diff "$tmp/ref.err" "$tmp/nixel.err" | head -8
    fi
}

for f in *.nix; do
    name=${f%.nix}
    flags=()
    [ -f "$name.flags" ] && read -ra flags <"$name.flags"
    if [[ $name == inst-* ]]; then
        check "$name (instantiation)" "$f"
        check "$name (--eval, read-only)" --eval --strict -A drvPath "$f"
        check "$name (--eval --read-write-mode)" --eval --strict --read-write-mode -A drvPath "$f"
    else
        check "$name (--read-write-mode)" --eval --strict --read-write-mode "${flags[@]}" "$f"
        check "$name (read-only)" --eval --strict "${flags[@]}" "$f"
    fi
done

# ---- a store directory of its own (NIX_STORE_DIR), and NIXEL_WRITE_STORE=1 ----
# The reference gets NIX_STORE_DIR (with state and log directories beside it): it then uses
# a local store there. nixel must print the same, and with NIXEL_WRITE_STORE=1 write the
# same tree there (modes, links, contents; Nix's .links aside); without it, nothing.
sd=$tmp/sd
tree_of() { # store dir -> its listing and contents, Nix's own bookkeeping left out (Nix
    # makes the directory even when it writes nothing in it, nixel only to write there)
    (cd "$1" 2>/dev/null && find . -mindepth 1 -path ./.links -prune -o -printf '%M %p %l\n' | sort &&
        find . -path ./.links -prune -o -type f -print0 | sort -z | xargs -0r md5sum)
}
check_dir() { # name dir args...
    local name=$1 dir=$2; shift 2
    rm -rf "$sd"; mkdir -p "$sd"
    (cd "$dir" && NIX_STORE_DIR=${spell:-$sd/store} NIX_STATE_DIR=$sd/state NIX_LOG_DIR=$sd/log run "$tmp/ref" nix-instantiate "$@")
    tree_of "$sd/store" >"$tmp/ref.tree"
    rm -rf "$sd"; mkdir -p "$sd"
    (cd "$dir" && NIX_STORE_DIR=${spell:-$sd/store} run "$tmp/nixel0" "$eval_cmd" "$@")
    local none=ok
    [ -e "$sd/store" ] && none="nixel wrote $sd/store without NIXEL_WRITE_STORE"
    (cd "$dir" && NIX_STORE_DIR=${spell:-$sd/store} NIXEL_WRITE_STORE=1 run "$tmp/nixel" "$eval_cmd" "$@")
    tree_of "$sd/store" >"$tmp/nixel.tree"
    if cmp -s "$tmp/ref.out" "$tmp/nixel.out" && cmp -s "$tmp/ref.err" "$tmp/nixel.err" &&
       cmp -s "$tmp/ref.out" "$tmp/nixel0.out" && cmp -s "$tmp/ref.tree" "$tmp/nixel.tree" && [ "$none" = ok ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1)); echo "FAIL $name: nixel $* under NIX_STORE_DIR differs from nix-instantiate ($none)"
        diff "$tmp/ref.out" "$tmp/nixel.out" | head -8
        diff "$tmp/ref.err" "$tmp/nixel.err" | head -8
        diff "$tmp/ref.tree" "$tmp/nixel.tree" | head -8
    fi
}
for f in *.nix; do
    name=${f%.nix}
    [[ $name == fail-* || -f $name.flags ]] && continue
    if [[ $name == inst-* ]]; then check_dir "$name (NIX_STORE_DIR, instantiation)" . "$f"
    else check_dir "$name (NIX_STORE_DIR, --read-write-mode)" . --eval --strict --read-write-mode "$f"; fi
done
check_dir "storeDir, toFile, a copy, a derivation (NIX_STORE_DIR, --eval)" . --eval --strict --expr \
    'let d = derivation { name = "d"; system = "x"; builder = "/bin/sh"; src = ./src; }; in
     [ builtins.storeDir (builtins.toFile "t" "x") "${./src}" d.outPath d.drvPath ]'
check_dir "the .drv text (NIX_STORE_DIR, --read-write-mode)" . --eval --strict --read-write-mode --expr \
    'builtins.readFile (derivation { name = "d"; system = "x"; builder = "/bin/sh"; src = ./src; }).drvPath'
spell=$sd//store/./x/../ check_dir "a NIX_STORE_DIR made canonical" . --eval --expr 'builtins.toFile "t" builtins.storeDir'

# Hand-checked: Nix 2.8 aborts on a relative store directory (nixel: an error, exit 1), and a
# store directory that cannot be made is an error naming the path, with nothing written.
expect() { # name expected-stderr (a glob) expected-rc cmd...
    local name=$1 want=$2 want_rc=$3; shift 3
    local err rc
    err=$("$@" 2>&1 >/dev/null); rc=$?
    # shellcheck disable=SC2053
    if [[ $err == $want && $rc == "$want_rc" ]]; then pass=$((pass + 1))
    else fail=$((fail + 1)); echo "FAIL $name: rc=$rc, stderr: $err"; fi
}
expect "a relative NIX_STORE_DIR" "error: not an absolute path: 'rel/store'" 1 \
    env NIX_STORE_DIR=rel/store "$eval_cmd" --eval --expr 1
expect "a store directory that cannot be made" \
    "error: writing '$sd/none/store/????????????????????????????????-a' to the store: No such file or directory" 1 \
    env NIX_STORE_DIR="$sd/none/store" NIXEL_WRITE_STORE=1 "$eval_cmd" --eval --read-write-mode --expr 'builtins.toFile "a" "b"'

# fetchGit of local working trees, into the store directory: with changes (the tracked
# files), without commits, clean (git archive), with a submodule, a shallow clone.
g=$tmp/git
mkdir -p "$g"
git_repo() { # dir: a repository with one empty commit at a fixed date
    git init -q "$1" && git -C "$1" config user.name N && git -C "$1" config user.email n@example.org &&
    GIT_AUTHOR_DATE=2020-01-01T00:00:00Z GIT_COMMITTER_DATE=2020-01-01T00:00:00Z git -C "$1" commit -q --allow-empty -m e
}
git init -q "$g/none"; echo a >"$g/none/a"; git -C "$g/none" add a
check_dir "fetchGit of a repository without commits" "$g/none" --eval --strict --expr 'builtins.fetchGit ./.'
for o in "pure-eval true" "restrict-eval true" "allow-dirty false" "warn-dirty false"; do
    check_dir "fetchGit with --option $o" "$g/none" --option $o --eval --strict --expr '(builtins.fetchGit ./.).outPath'
done
check_dir "fetchGit of an scp-like URL in restricted mode" "$g/none" --option restrict-eval true --eval --expr \
    'builtins.fetchGit "git@example.org:a/b"'
git_repo "$g/w"
echo a >"$g/w/a"; echo u >"$g/w/untracked"; mkdir "$g/w/d"; echo x >"$g/w/d/x"; chmod +x "$g/w/d/x"; ln -s a "$g/w/l"
git -C "$g/w" add a d l
check_dir "fetchGit of a tree with staged files (read-only --eval)" "$g/w" --eval --strict --expr \
    'let r = builtins.fetchGit ./.; in [ r (builtins.readDir r.outPath) ]'
GIT_AUTHOR_DATE=2020-01-02T00:00:00Z GIT_COMMITTER_DATE=2020-01-02T00:00:00Z git -C "$g/w" commit -q -m a
check_dir "fetchGit of a clean tree" "$g/w" --eval --strict --read-write-mode --expr 'builtins.fetchGit ./.'
check_dir "fetchGit of a clean tree, shallow, named, with a ref" "$g/w" --eval --strict --read-write-mode --expr \
    'builtins.fetchGit { url = ./.; shallow = true; name = "n"; ref = "master"; }'
check_dir "fetchGit of a clean tree with submodules = true" "$g/w" --eval --strict --read-write-mode --expr \
    'builtins.fetchGit { url = ./.; submodules = true; }'
for a in 'ref = "master";' 'ref = "a..b";' 'rev = "foo";' 'rev = "0000000000000000000000000000000000000001";'; do
    check_dir "fetchGit with $a" "$g/w" --eval --strict --expr "(builtins.fetchGit { url = ./.; $a }).rev"
done
echo b >"$g/w/a"
check_dir "fetchGit of a tree with a changed file" "$g/w" --eval --strict --read-write-mode --expr \
    'let r = builtins.fetchGit ./.; in builtins.readFile "${r}/a"'
git -C "$g/w" checkout -q a
git clone -q --depth 1 "file://$g/w" "$g/shallow" 2>/dev/null
check_dir "fetchGit of a shallow clone" "$g/shallow" --eval --strict --read-write-mode --expr 'builtins.fetchGit ./.'
check_dir "fetchGit of a shallow clone, shallow = true" "$g/shallow" --eval --strict --read-write-mode --expr \
    'builtins.fetchGit { url = ./.; shallow = true; }'
git_repo "$g/w/sub"; echo s >"$g/w/sub/s"; git -C "$g/w/sub" add s
git -C "$g/w" submodule add ./sub sub >/dev/null 2>&1
check_dir "fetchGit with a staged submodule, submodules = true" "$g/w" --eval --strict --read-write-mode --expr \
    'builtins.fetchGit { url = ./.; submodules = true; }'
check_dir "fetchGit of the submodule" "$g/w" --eval --strict --read-write-mode --expr 'builtins.fetchGit ./sub'

# nixel's outputs name store paths that only these cases make: none may exist on disk
written=0
for p in $(cat "$tmp"/paths 2>/dev/null | sort -u); do
    if [ -e "$p" ]; then written=1; echo "FAIL nixel wrote $p to disk"; fi
done
if [ ! -s "$tmp/paths" ]; then written=1; echo "FAIL no store path seen in nixel's outputs"; fi
if [ $written -eq 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
rm -rf "$tmp"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
