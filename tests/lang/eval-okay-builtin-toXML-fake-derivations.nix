# sets that claim to be derivations: drvPath must be a non-empty string to be shown, each drvPath once
builtins.toXML [ { type = "derivation"; } { type = "derivation"; drvPath = 1; outPath = "o"; } { type = "derivation"; drvPath = "d"; x = { type = "derivation"; drvPath = "d"; }; } ]
