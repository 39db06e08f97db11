# a byte order mark, CRLF line ends, comments everywhere, a file that does not end with a newline
builtins.fromTOML (builtins.readFile ./files/formats/bom-crlf.toml)
