# escapes and how strings print
[ "\n" "\t" "\r" "\\" "\"" "\$" "$" "\${" "\q" "a$${x}b" ]
