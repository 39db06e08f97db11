# names the evaluator knows before parsing (name, outPath, map) come before new ones
let zz = 1; name = 2; yy = 3; in zz
