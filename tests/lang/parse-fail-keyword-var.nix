# keywords cannot be variables
let if = 1; in 2
