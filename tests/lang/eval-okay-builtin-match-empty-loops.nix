# a loop body that matches nothing may run once more at the same place, so its group is set
[ (builtins.match "(a*)*" "") (builtins.match "(a*)+" "") (builtins.match "(a?)+" "aa") (builtins.match "(a|)+" "aa") (builtins.match "(()|a)+" "a") (builtins.match "(a*)*b" "b") ]
