# filterSource copies the files that the filter accepts
builtins.filterSource (path: type: type == "directory" || baseNameOf path == "default.nix") ./imports/dir
