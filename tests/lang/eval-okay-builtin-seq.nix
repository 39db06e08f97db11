# seq evaluates its first argument only to the outermost level
builtins.seq { a = throw "not forced"; } [ (throw "not forced either") ]
