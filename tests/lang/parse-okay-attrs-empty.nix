# empty sets, rec and not
[ {} { } rec {} ]
