# currentTime is an integer (its value depends on the time)
builtins.isInt builtins.currentTime
