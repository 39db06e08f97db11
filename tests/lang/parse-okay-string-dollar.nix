# $ is only special before {; $$ escapes an interpolation
[ "$" "a$" "$a" "$$" "$${a}" "\${a}" "$$$" "{" "}" "a{b}c" ]
