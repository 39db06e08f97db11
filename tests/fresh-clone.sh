#!/usr/bin/env bash
# Proves that the test suites depend on nothing but the committed repository and ../shared: clones
# the committed HEAD into a new temporary directory, puts ../shared beside the clone (a symlink to
# this repository's ../shared, so the clone sees ../shared/ as the repository does), and runs the
# README's second command, `make check`, there, with a fresh empty HOME, a fresh TMPDIR, no build
# directory and an environment emptied of everything but PATH.
#
#   tests/fresh-clone.sh            exit status: make check's
#
# Uncommitted changes are not tested (a note says so). The clone is removed afterwards unless
# FRESH_CLONE_KEEP=1. FRESH_CLONE_JOBS (default 2) is make's -j. The output is make check's, then
# the time taken, then make check's `N passed, N failed` line again, as the last line.
set -uo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
jobs=${FRESH_CLONE_JOBS:-2}

fail() {  # a prerequisite of the check itself is missing: a failure, never a skip
    echo "fresh-clone.sh: $1"
    echo "0 passed, 1 failed"
    exit 1
}

command -v git > /dev/null || fail "git not found on PATH ($PATH)"
[[ -d $repo/../shared ]] || fail "no ../shared beside the repository ($repo/../shared)"
shared=$(cd "$repo/../shared" && pwd -P)
head=$(git -C "$repo" rev-parse HEAD) || fail "$repo is not a git repository with a commit"
if [[ -n $(git -C "$repo" status --porcelain --untracked-files=no) ]]; then
    echo "fresh-clone.sh: note: $repo has uncommitted changes; they are not part of this check"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/nixel-fresh-clone.XXXXXX") || fail "cannot make a temporary directory"
if [[ ${FRESH_CLONE_KEEP:-0} == 1 ]]; then
    echo "fresh-clone.sh: keeping $tmp"
else
    trap 'rm -rf "$tmp"' EXIT
fi
mkdir "$tmp/home" "$tmp/tmp"
git clone -q --no-checkout "$repo" "$tmp/main" || fail "git clone $repo failed"
# HEAD may be a branch of a worktree or a detached commit: fetch it by hash if the clone lacks it.
if ! git -C "$tmp/main" cat-file -e "$head^{commit}" 2> /dev/null; then
    git -C "$tmp/main" fetch -q "$repo" "$head" || fail "cannot fetch $head from $repo"
fi
git -C "$tmp/main" checkout -q --detach "$head" || fail "cannot check out $head"
ln -s "$shared" "$tmp/shared"
[[ ! -e $tmp/main/build ]] || fail "the clone has a build directory"

echo "fresh-clone.sh: $head in $tmp/main, ../shared -> $shared, HOME=$tmp/home TMPDIR=$tmp/tmp"
start=$(date +%s)
status=0
(cd "$tmp/main" && env -i PATH="$PATH" HOME="$tmp/home" TMPDIR="$tmp/tmp" MAKEFLAGS="-j$jobs" \
    make check) 2>&1 | tee "$tmp/make-check.log"
status=${PIPESTATUS[0]}
elapsed=$(($(date +%s) - start))
echo "fresh-clone.sh: make check in the fresh clone took ${elapsed}s, exit status $status"
last=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$tmp/make-check.log" | tail -n 1)
if [[ -z $last ]]; then
    echo "fresh-clone.sh: make check printed no result line"
    last="0 passed, 1 failed"
    ((status != 0)) || status=1
fi
echo "$last"
exit "$status"
