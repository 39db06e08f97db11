# or cannot be a function argument
or: or
