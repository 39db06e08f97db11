# An entry the filter left out is not in the copy.
builtins.readFile "${builtins.filterSource (p: t: t != "regular" || baseNameOf p != "g") ./src}/sub/g"
