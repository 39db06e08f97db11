# placeholder gives a hash string standing for an output path
[ (builtins.placeholder "out") (builtins.placeholder "dev") ]
