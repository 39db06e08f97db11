# more NFA states than libstdc++ allows
builtins.match "(ab){40000}" "ab"
