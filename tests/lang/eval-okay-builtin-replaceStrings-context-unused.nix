# only the context of replacements that are used joins the result; the context of patterns does not
let p = builtins.toFile "p" "x"; in [ (builtins.getContext (builtins.replaceStrings [ "a" "b" ] [ "${p}" "c" ] "b")) (builtins.hasContext (builtins.replaceStrings [ "${p}" ] [ "y" ] "x")) (builtins.replaceStrings [ "aa" "a" ] [ "1" "2" ] "aaa") ]
