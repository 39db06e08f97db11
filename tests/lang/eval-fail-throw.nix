# throw stops evaluation with its message
throw "custom message"
