# a copied path is the context of the string it is interpolated into, once
builtins.getContext "${./files/store/data}:${./files/store/data}:${./files/store/tool.sh}"
