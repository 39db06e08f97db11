# nor plain sets
"${{ a = 1; }}"
