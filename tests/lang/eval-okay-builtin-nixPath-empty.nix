# with no -I and an empty NIX_PATH, nixPath is empty
builtins.nixPath
