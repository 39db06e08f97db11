# derivation is a lambda taking a set with an optional outputs attribute
[ (builtins.typeOf derivation) (builtins.functionArgs derivation) (builtins.unsafeGetAttrPos "type" (derivation { })) (builtins.unsafeGetAttrPos "out" (derivation { })) ]
