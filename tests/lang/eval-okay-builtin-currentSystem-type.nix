# currentSystem is a string (its value depends on the machine)
builtins.isString builtins.currentSystem
