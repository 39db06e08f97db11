# the context is added where the recursion is found, inside the attribute's frame
(rec { p = builtins.head (builtins.addErrorContext "ctx" q); q = p; }).p
