# args: --steps -A x
# status: 1
# --steps traces a whole expression; -A is refused with a hint.
{ x = 1; }
