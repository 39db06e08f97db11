# parseDrvName splits at the first dash that is followed by a non-letter
map builtins.parseDrvName [ "nix-0.12pre12876" "a-b-c-1.0" "hello" "hello-" "foo-bar-baz" "x-1a" "-1" "a--1" "firefox-esr-60.1" ]
