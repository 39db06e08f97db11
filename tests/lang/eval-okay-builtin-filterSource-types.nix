# the filter sees each entry's type
let seen = builtins.filterSource (path: type: builtins.trace "${baseNameOf path} ${type}" true) ./files/tree; in seen
