# --json escapes control characters, quotes and backslashes; other bytes pass through
[ "\"" "\\" "/" "\n\t\r" "é→" "$" ]
