#!/usr/bin/env bash
# Runs markers-test.nix (checks of the store markers the render plan relies on) with an
# evaluator taking nix-instantiate's arguments: markers.sh [EVAL] (default nix-instantiate).
# Last line: `N passed, M failed`.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../lib/env.sh"
eval_cmd=${1:-nix-instantiate}
nixel_require "${eval_cmd%% *}" python3
# shellcheck disable=SC2086 # EVAL may carry arguments
$eval_cmd --eval --strict --json "$here/markers-test.nix" | python3 -c '
import json, sys
results = json.load(sys.stdin)
failed = sorted(k for k, v in results.items() if v is not True)
for k in failed:
    print("FAIL " + k)
print("%d passed, %d failed" % (len(results) - len(failed), len(failed)))
sys.exit(1 if failed else 0)
'
