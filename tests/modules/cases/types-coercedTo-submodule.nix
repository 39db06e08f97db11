# coercedTo refuses a coerced type with submodules (message traced, then the assertion fails).
let lib = import <nixpkgs/lib>; t = lib.types; in
(t.coercedTo (t.submodule { }) (x: x) t.str).name
