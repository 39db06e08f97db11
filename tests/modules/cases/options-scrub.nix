# scrubOptionValue replaces derivations by a small stand-in and drops _args.
let lib = import <nixpkgs/lib>; in
lib.options.scrubOptionValue {
  d = { type = "derivation"; name = "hello"; big = throw "not read"; };
  l = [ { type = "derivation"; name = "x"; } 1 ];
  s = { _args = throw "dropped"; keep = 1; };
}
