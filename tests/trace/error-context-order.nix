# addErrorContext's line goes after the frames inside it and before those outside it
# (found by make fuzz-eval FUZZ_PROFILE=data, seed 8)
{
  p = builtins.addErrorContext "outer context" ({
    q = builtins.addErrorContext "inner context" ((x: x + 1) "s");
  }.q);
}.p
