# ... is only allowed in formals
[ ... ]
