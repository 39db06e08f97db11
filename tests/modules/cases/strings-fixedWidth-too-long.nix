# fixedWidthString refuses strings longer than the width (message traced, then assertion).
let lib = import <nixpkgs/lib>; in
lib.fixedWidthString 2 "0" "12345"
