# a string without a scheme is not a URL
builtins.fetchurl "/nonexistent/nixel-test-file"
