# Messages show inputs as attrsToJSON(...).dump() (src/libfetchers/attrs.cc): nlohmann's
# compact JSON, keys in order, \b and \f with their short escapes, other control
# characters as \u00XX; here getStrAttr's message (github.cc 127: repo must be a string).
builtins.flakeRefToString { type = "github"; owner = builtins.fromJSON ''"\b\f\u0001\\u0008"''; repo = 1; }
