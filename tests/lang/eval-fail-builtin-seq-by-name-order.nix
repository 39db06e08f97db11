# seq called by another name forces its arguments in order: the first one's error is the one
let inherit (builtins) seq; in seq (throw "first") (throw "second")
