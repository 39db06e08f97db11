# strings compare bytewise
[ ("a" < "b") ("b" < "a") ("a" < "ab") ("" < "a") ("B" < "a") ("abc" <= "abc") ("é" > "z") ]
