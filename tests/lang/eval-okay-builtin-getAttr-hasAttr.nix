# getAttr and hasAttr take a dynamic name
[ (builtins.getAttr "a" { a = 1; }) (builtins.hasAttr "a" { a = 1; }) (builtins.hasAttr "b" { a = 1; }) ]
