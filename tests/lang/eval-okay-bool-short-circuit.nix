# && || -> do not evaluate the right operand when the left decides
[ (false && throw "no") (true || throw "no") (false -> throw "no") ]
