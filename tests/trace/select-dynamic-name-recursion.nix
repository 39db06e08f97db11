# the name is evaluated again to show the frame; here that fails, so the frame shows "${s}"
rec { s = t; t = { a = throw "x"; }.a.${s}; }.t
