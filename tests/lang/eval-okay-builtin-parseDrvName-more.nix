# the name ends at the first dash not followed by a letter (bytes above 127 are not letters)
map builtins.parseDrvName [ "foo-é" "a-B-1" "x-_y" "-" "a-" "a--b" "perl5.36.0-Foo-1.0" ]
