# appending to a path normalises . and .. and repeated slashes
[ (/a + "/../b") (/a + "/./b") (/a + "//b") (/a/b + "/..") (/. + "a") ]
