# mkRemovedOptionModule: defining the option fails an assertion naming the file; reading it throws.
let lib = import <nixpkgs/lib>;
    ev = extra: lib.evalModules { modules = [
      ./inputs/users-stub.nix
      (lib.mkRemovedOptionModule [ "services" "gone" ] "Use services.other instead.")
    ] ++ extra; };
    failed = r: map (a: a.message) (lib.filter (a: !a.assertion) r.config.assertions); in
{
  unused = failed (ev [ ]);
  used = failed (ev [ { _file = "user.nix"; services.gone = true; } ]);
  visible = (ev [ ]).options.services.gone.visible;
}
