# strings cannot be called
"f" 1
