(derivation { name = "x"; system = "s"; builder = throw "b"; }).drvPath
