# + concatenates strings
[ ("a" + "b") ("" + "") ("a" + "" + "c") (''x'' + "y") ]
