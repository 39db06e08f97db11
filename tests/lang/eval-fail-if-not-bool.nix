# the condition of if must be a boolean
if 1 then 2 else 3
