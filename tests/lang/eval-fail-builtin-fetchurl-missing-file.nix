# a file:// URL naming no file
builtins.fetchurl "file:///nonexistent/nixel-test-file"
