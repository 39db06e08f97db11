# inherit (e) in let and rec, with a set expression
let inherit ({ a = 1; b = 2; }) a b; in rec { inherit ({ c = a; }) c; d = c; }
