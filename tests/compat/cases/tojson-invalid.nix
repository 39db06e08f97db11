# A byte that is no UTF-8 (eval-fail-toJSON-non-utf-8.err.exp).
builtins.toJSON [ "ok" "abÿc" ]
