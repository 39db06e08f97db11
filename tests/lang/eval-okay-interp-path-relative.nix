# a path interpolated into a path stays a path
let d = "files"; in [ ./${d}/hello.txt (builtins.typeOf ./${d}) ./files/${"hel" + "lo.txt"} ]
