# --json of empty and nested containers
[ [ ] { } [ [ ] ] { a = { }; } "" ]
