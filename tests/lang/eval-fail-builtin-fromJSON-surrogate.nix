# a high surrogate without its low half
builtins.fromJSON "\"\\ud800x\""
