# Nix 2.23's warn (today's eval-okay-warn-indentation2): a message that starts a line is not indented.
builtins.warn "\nfoo\nbar" null
