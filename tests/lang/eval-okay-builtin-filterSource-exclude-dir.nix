# excluding a directory leaves out everything below it
builtins.filterSource (path: type: baseNameOf path != "deep") ./files/store
