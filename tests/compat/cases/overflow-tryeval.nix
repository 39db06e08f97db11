# An EvalError, which tryEval does not catch (only throw and assert).
builtins.tryEval (9223372036854775807 * 2)
