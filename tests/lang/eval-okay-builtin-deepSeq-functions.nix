# deepSeq does not call functions
builtins.deepSeq [ (x: throw "no") { f = y: y; } ] "ok"
