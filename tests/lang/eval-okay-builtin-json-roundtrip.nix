# fromJSON reads back what toJSON wrote
let v = { a = [ 1 2.5 "s\n" null true { } ]; b = "é"; }; in builtins.fromJSON (builtins.toJSON v) == v
