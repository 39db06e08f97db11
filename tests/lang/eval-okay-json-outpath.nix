# --json writes a set with outPath as that string
[ { outPath = "/some/path"; other = 1; } { __toString = self: "ts"; a = 1; } ]
