# Something that is neither a set, a function nor a path in the module list.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [ 5 ]; }).config
