# - is __sub; shadowing __sub does not change what - means in the output
let __sub = 1; in 2 - __sub
