# a path attribute is copied to the store and becomes an input
(derivation { name = "withpath"; system = "s"; builder = "/bin/sh"; src = ./files/hello.txt; }).drvPath
