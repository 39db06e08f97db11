# exec's output calls exec again; its laziness shows with and without --strict
builtins.exec [ "sh" "-c" "echo '{ a = 1 + 2; b = __exec [ \"echo\" \"[ 7 ]\" ]; c = throw \"unused\"; }'" ]
