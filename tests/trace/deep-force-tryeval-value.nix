# The only frame is tryEval's `value`, which has no position: the hint still appears.
builtins.tryEval [ (1 + "x") ]
