# fetchurl without a url
builtins.fetchurl { }
