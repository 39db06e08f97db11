# --arg is ignored when the result is not a function
"no function"
