# concatStringsSep joins with a separator and coerces elements like interpolation
[ (builtins.concatStringsSep ", " [ "a" "b" "c" ]) (builtins.concatStringsSep "-" [ ]) (builtins.concatStringsSep "" [ "x" "y" ]) (builtins.concatStringsSep "/" [ "a" { outPath = "b"; } ]) ]
