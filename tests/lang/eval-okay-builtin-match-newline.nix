# . matches a newline; the string may contain several lines
[ (builtins.match "a.b" "a\nb") (builtins.match ".*" "x\ny") (builtins.match "(.*)\n(.*)" "first\nsecond") ]
