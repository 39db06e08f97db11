# if only evaluates the branch it takes
[ (if true then 1 else throw "no") (if false then throw "no" else 2) (if 1 == 1 then "y" else "n") ]
