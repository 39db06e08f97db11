# characters that the value printer escapes, and some it leaves alone
[ "\"" "\\" "$" "\${" "$${" "{" "a\nb" "\t" "\r" "#" "'" ]
