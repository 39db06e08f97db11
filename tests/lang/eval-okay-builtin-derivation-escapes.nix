# builder arguments and environment values with characters the .drv escapes
let d = derivation { name = "e"; system = "s"; builder = "/bin/sh"; args = [ "-c" "a\"b\\c\nd\te\rf" 1 true null [ "x" [ ] "y" ] ]; env = "q\"u\\o\nt\te$"; }; in [ d.drvPath d.outPath ]
