# tests/lib/env.sh: the environment every test suite runs in, so that results depend on the
# repository and ../shared only, never on the machine's Nix configuration or the caller's shell.
# Sourced (not run) by tests/run-all.sh and by each suite runner, so that a runner works alone.
# Sourcing it twice is harmless: the second time reuses the first one's directory.
#
# It sets:
#   NIXEL_ROOT                the repository root (physical path)
#   NIXEL_SHARED              ../shared beside the repository root (physical path)
#   NIXPKGS_2020, NIXPKGS_2025, NIXPKGS_2026
#                             nixpkgs' real lib trees, ../shared/nixpkgs-lib/{2020-04,2025-10,2026-06}:
#                             each holds lib/ at its root, so `-I nixpkgs=$NIXPKGS_2020` gives <nixpkgs/lib>
#   NIXEL_TEST_ENV            a private directory (removed when the outermost sourcing shell exits)
#   NIX_CONF_DIR              $NIXEL_TEST_ENV/etc-nix, whose nix.conf is the reference's whole
#                             configuration (no /etc/nix/nix.conf, no ~/.config/nix/nix.conf)
#   NIX_USER_CONF_FILES       that same nix.conf, so no user configuration file is read
#   NIX_PATH=''               no search path from the machine (a test that wants one passes -I)
#   HOME, XDG_*_HOME          empty directories under $NIXEL_TEST_ENV
#   LC_ALL=C TZ=UTC
# and unsets NIX_CONFIG and the variables that move the reference's store or daemon
# (NIX_REMOTE, NIX_STORE_DIR, ...) and nixel's NIXEL_MODULES.
#
# nixel_require WHAT...   checks prerequisites; WHAT is a command name (nix-instantiate, python3,
#   ...) or one of nixpkgs-2020, nixpkgs-2025, nixpkgs-2026, seed, golden. If any is missing it
#   prints what is missing and a `0 passed, N failed` result line, and exits 1: a missing
#   prerequisite is a failing check, never a skipped one.
# shellcheck shell=bash

NIXEL_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
if [[ -d $NIXEL_ROOT/../shared ]]; then
    NIXEL_SHARED=$(cd "$NIXEL_ROOT/../shared" && pwd -P)
else
    NIXEL_SHARED=$NIXEL_ROOT/../shared
fi
export NIXEL_ROOT NIXEL_SHARED
export NIXPKGS_2020=$NIXEL_SHARED/nixpkgs-lib/2020-04
export NIXPKGS_2025=$NIXEL_SHARED/nixpkgs-lib/2025-10
export NIXPKGS_2026=$NIXEL_SHARED/nixpkgs-lib/2026-06

if [[ -z ${NIXEL_TEST_ENV:-} || ! -f ${NIXEL_TEST_ENV:-}/etc-nix/nix.conf ]]; then
    NIXEL_TEST_ENV=$(mktemp -d "${TMPDIR:-/tmp}/nixel-test-env.XXXXXX")
    export NIXEL_TEST_ENV
    mkdir -p "$NIXEL_TEST_ENV/etc-nix" "$NIXEL_TEST_ENV/home" \
        "$NIXEL_TEST_ENV/xdg/config" "$NIXEL_TEST_ENV/xdg/cache" "$NIXEL_TEST_ENV/xdg/data" \
        "$NIXEL_TEST_ENV/xdg/state"
    # build-users-group: Nix's default (nixbld, for root) names a group a fresh machine lacks,
    # and every call would warn about it on stderr, which the suites compare.
    cat > "$NIXEL_TEST_ENV/etc-nix/nix.conf" <<'EOF'
# written by tests/lib/env.sh: the reference nix-instantiate's whole configuration in the tests
build-users-group =
EOF
    # The directory goes when the shell that made it exits. A runner that keeps its own EXIT trap
    # removes it there too (see nixel_env_cleanup).
    _nixel_env_owner=$$
    nixel_env_cleanup() { [[ ${_nixel_env_owner:-} == "$$" && -n ${NIXEL_TEST_ENV:-} ]] && rm -rf "$NIXEL_TEST_ENV"; return 0; }
    trap nixel_env_cleanup EXIT
else
    nixel_env_cleanup() { return 0; }
fi

export NIX_CONF_DIR=$NIXEL_TEST_ENV/etc-nix
export NIX_USER_CONF_FILES=$NIX_CONF_DIR/nix.conf
export NIX_PATH=''
export HOME=$NIXEL_TEST_ENV/home
export XDG_CONFIG_HOME=$NIXEL_TEST_ENV/xdg/config XDG_CACHE_HOME=$NIXEL_TEST_ENV/xdg/cache
export XDG_DATA_HOME=$NIXEL_TEST_ENV/xdg/data XDG_STATE_HOME=$NIXEL_TEST_ENV/xdg/state
export XDG_CONFIG_DIRS=$NIXEL_TEST_ENV/xdg/config
export LC_ALL=C TZ=UTC
unset NIX_CONFIG NIX_REMOTE NIX_STORE_DIR NIX_STORE NIX_STATE_DIR NIX_LOG_DIR NIX_DATA_DIR \
    NIX_BIN_DIR NIX_LIBEXEC_DIR NIX_DAEMON_SOCKET_PATH NIX_SHOW_STATS NIX_COUNT_CALLS \
    NIX_SSL_CERT_FILE NIXEL_MODULES 2>/dev/null || true

nixel_require() {
    local what missing=()
    for what in "$@"; do
        case $what in
            nixpkgs-2020) [[ -f $NIXPKGS_2020/lib/default.nix ]] || missing+=("nixpkgs' 2020 lib: no $NIXPKGS_2020/lib/default.nix (../shared/nixpkgs-lib/2020-04 beside the repository)") ;;
            nixpkgs-2025) [[ -f $NIXPKGS_2025/lib/default.nix ]] || missing+=("nixpkgs' 2025 lib: no $NIXPKGS_2025/lib/default.nix (../shared/nixpkgs-lib/2025-10 beside the repository)") ;;
            nixpkgs-2026) [[ -f $NIXPKGS_2026/lib/default.nix ]] || missing+=("nixpkgs' 2026 lib: no $NIXPKGS_2026/lib/default.nix (../shared/nixpkgs-lib/2026-06 beside the repository)") ;;
            seed) compgen -G "$NIXEL_SHARED/seed/*.nix" > /dev/null || missing+=("the seed modules: no $NIXEL_SHARED/seed/*.nix (../shared/seed beside the repository)") ;;
            golden) compgen -G "$NIXEL_SHARED/golden/cases/*/config.nix" > /dev/null || missing+=("the golden renders: no $NIXEL_SHARED/golden/cases/*/config.nix (../shared/golden beside the repository)") ;;
            *) command -v "$what" > /dev/null 2>&1 || missing+=("the program $what: not found on PATH ($PATH)") ;;
        esac
    done
    ((${#missing[@]} == 0)) && return 0
    local m
    for m in "${missing[@]}"; do echo "FAIL missing prerequisite: $m"; done
    echo "0 passed, ${#missing[@]} failed"
    exit 1
}

# Under AddressSanitizer, a longjmp across the deep stack of a stack overflow makes ASan print a
# three-line warning of its own; it is not nixel's output (a filter for the suites' stderr).
asan_noise() {
    sed -e '/^==[0-9]*==WARNING: ASan is ignoring requested __asan_handle_no_return/d' \
        -e '/^False positive error reports may follow$/d' \
        -e '/^For details see https:\/\/github.com\/google\/sanitizers\/issues\/189$/d'
}
