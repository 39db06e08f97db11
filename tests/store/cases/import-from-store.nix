# A file toFile added, imported (nixpkgs' lib/tests/modules.sh case import-from-store).
import "${builtins.toFile "drv" "{ x = 1; y = [ \"a\" ]; }"}"
