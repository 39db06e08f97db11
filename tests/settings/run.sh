#!/usr/bin/env bash
# Nix 2.8's settings and generic flags in the drop-in: each case (one per line of `flags` and
# `cases`) is given to nixel's nix-instantiate and to nix-instantiate (the reference); stdout,
# stderr and exit status must be equal. A line is `[VAR=VALUE]... ARGS...` in shell syntax:
# the leading assignments set the environment of both runs (NIX_CONFIG, NIX_CONF_DIR,
# NIX_USER_CONF_FILES, ...); $conf names a directory of configuration files made here
# (see below). `native` holds the cases of builtins.exec and importNative, with their
# files in native-files/; `log-json` those of --log-format (files in log-files/). Usage: run.sh [NIXEL]; last line "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate
nixel=$(realpath "${1:-$here/../../build/nixel}")
dropin=$(mktemp -d)/nix-instantiate
ln -s "$nixel" "$dropin"
conf=$(mktemp -d)
trap 'rm -rf "$conf" "$(dirname "$dropin")"; nixel_env_cleanup' EXIT
# Configuration files: each directory a NIX_CONF_DIR with its nix.conf.
mkdir -p "$conf/sys" "$conf/user" "$conf/bad" "$conf/inc" "$conf/xdg/nix"
printf 'build-users-group =\nsystem = from-sys\nfoo-sys = 1 # unknown\n' > "$conf/sys/nix.conf"
printf 'system = from-user\nextra-nix-path = u=/tmp\nbar-user = 2\n' > "$conf/user/nix.conf"
printf 'build-users-group =\nrestrict-eval = maybe\n' > "$conf/bad/nix.conf"
printf 'build-users-group =\ninclude sub.conf\n!include missing.conf\n' > "$conf/inc/nix.conf"
printf 'show-trace = true\ninc-unknown = x\n' > "$conf/inc/sub.conf"
printf 'system = from-xdg\n' > "$conf/xdg/nix/nix.conf"
export conf
cd "$here"
pass=0 fail=0
# trace-function-calls prints the clock: "function-trace entered POS at NANOSECONDS"
clockless() { sed -E 's/^(function-trace (entered|exited) .* at )[0-9]+$/\1N/; s/(function-trace (entered|exited) .* at )[0-9]+"\}$/\1N"}/'; }
run_case() { # line
    local line=$1 envs=() args
    eval "args=($line)"
    while ((${#args[@]})) && [[ ${args[0]} =~ ^[A-Z_]+= ]]; do envs+=("${args[0]}"); args=("${args[@]:1}"); done
    local got want
    got=$(env "${envs[@]}" "$dropin" "${args[@]}" 2>&1 | clockless | asan_noise; echo "rc=${PIPESTATUS[0]}")
    want=$(env "${envs[@]}" nix-instantiate "${args[@]}" 2>&1 | clockless; echo "rc=${PIPESTATUS[0]}")
    if [ "$got" = "$want" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $line"
        diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | head -10
    fi
}
for f in flags cases native log-json; do
    while IFS= read -r line; do
        [[ -z $line || $line == \#* ]] && continue
        run_case "$line" < /dev/null
    done < "$here/$f"
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
