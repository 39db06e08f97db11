# stringLength counts bytes
[ (builtins.stringLength "") (builtins.stringLength "abc") (builtins.stringLength "é") (builtins.stringLength "${"a"}${"bc"}") ]
