# equality of values of each type
[ (1 == 1) ("a" == "a") (null == null) (true == true) (true == false) ([ ] == [ ]) ({ } == { }) (1 == "1") (null == false) (/a == /a) (/a == "/a") ]
