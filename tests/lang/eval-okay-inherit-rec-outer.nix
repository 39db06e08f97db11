# plain inherit in a rec set takes the outer binding, not the set's own
let x = "outer"; in (rec { inherit x; y = x; })
