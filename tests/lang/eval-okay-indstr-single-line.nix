# leading spaces of a single-line indented string are stripped too
[ ''   x'' ''x   '' '' '' ]
