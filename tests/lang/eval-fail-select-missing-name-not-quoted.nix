# the missing name is shown as it is, without quotes
let s = "a b"; in { x = { }; }.x.${s}
