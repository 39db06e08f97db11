# filterSource needs a function
builtins.filterSource true ./files/store
