# Nix 2.23's warn (today's eval-okay-warn-indentation): continuation lines under the prefix.
builtins.warn "foo\nbar" null
