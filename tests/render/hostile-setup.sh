# tests/render/hostile-setup.sh: the start of the suites that render hostile configurations
# (restrict.sh, modes.sh), sourced with the suite's arguments: the test environment, $nixel
# (absolute, from $1), $seed (the new seed module), a scratch directory $work removed at exit.
# shellcheck shell=bash
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/env.sh"
nixel_require seed
nixel=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
seed=$NIXEL_SHARED/seed/containers-new.nix
work=$(mktemp -d)
trap 'rm -rf "$work"; nixel_env_cleanup' EXIT
