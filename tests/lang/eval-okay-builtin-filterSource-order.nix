# the filter is called for each entry in name order, directories before their contents
builtins.filterSource (path: type: builtins.trace "${baseNameOf path} ${type}" (type != "symlink")) ./files/store
