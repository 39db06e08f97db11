# github.cc 133: both a ref and a rev (BadURL, not caught in flakeRefToString).
builtins.flakeRefToString { type = "github"; owner = "o"; repo = "r"; ref = "a"; rev = "0123456789abcdef0123456789abcdef01234567"; }
