# import also takes a string holding an absolute path
(import (toString ./imports/function.nix)) { x = 3; y = 3; }
