# Nix builds std::regex without GNU extensions: escaping an ordinary character is an error
builtins.match "\\n" "n"
