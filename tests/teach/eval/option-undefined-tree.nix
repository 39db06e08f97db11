# A misspelt option that only the library declares (_module.check): the value of the file is
# evalModules' result, so nixel eval reads the names from its option tree.
let lib = import <nixpkgs/lib>; in
lib.evalModules { modules = [ { _module.chek = false; } ]; }
