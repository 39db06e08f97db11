# true, false and null are ordinary variables
[ true false null (let true = 1; in true) ]
