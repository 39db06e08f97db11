# eval-fail-fromJSON-valueWithNullByte.err.exp (forceNoNullByte, json-to-value.cc).
builtins.fromJSON ''"x\u0000y"''
