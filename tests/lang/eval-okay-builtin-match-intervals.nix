# interval repetitions: exact, open-ended and bounded counts, repetitions of repetitions
[ (builtins.match "a{0}b" "b") (builtins.match "(a){2,}" "aaaa") (builtins.match "(a|b){1,3}" "abb") (builtins.match "(a|b){1,3}" "abba") (builtins.match "a**" "aaa") (builtins.match "(ab?){2}" "aab") (builtins.match "a{1}{2}" "aa") (builtins.match "x*?" "xx") ]
