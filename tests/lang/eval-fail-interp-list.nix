# nor lists
"${[ "a" ]}"
