# empty strings of both kinds
[ "" '''' ]
