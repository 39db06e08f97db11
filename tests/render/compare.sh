#!/usr/bin/env bash
# Compares a render with a golden case by the rules of shared/golden/README.md:
#   compare.sh EXPECTED_DIR OUT_DIR                 (a case's expected/ against a render)
#   compare.sh EXPECTED_ERROR_TXT OUT_DIR STDERR_FILE EXIT_STATUS   (a case that must fail)
# Prints the differences; exits 0 when the render matches. The rules live in compare.py.
set -euo pipefail
exec python3 "$(dirname "${BASH_SOURCE[0]}")/compare.py" "$@"
