# mapAttrs does not call the function for values that are not used
(builtins.mapAttrs (name: value: if name == "bad" then throw "no" else value) { bad = 1; good = 2; }).good
