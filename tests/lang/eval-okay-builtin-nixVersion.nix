# the version string of the reference implementation
builtins.nixVersion
