# args, builder paths and env attributes all enter the drv hash
let mk = a: (derivation { name = "args"; system = "s"; builder = "/bin/sh"; args = a; }).drvPath; in [ (mk [ ]) (mk [ "-e" ]) (mk [ "-e" ] == mk [ "-e" ]) ]
