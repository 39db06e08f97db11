# catAttrs does not evaluate the collected values
builtins.length (builtins.catAttrs "a" [ { a = throw "no"; } { a = throw "no"; } ])
