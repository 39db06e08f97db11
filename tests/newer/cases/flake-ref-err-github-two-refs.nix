# A ref in the path and another in the query (github.cc 68, BadURL): today's unit test parseFlakeRef.malformedGithubUrlDoesNotCrash expects an error; as with any BadURL, it is the path's.
builtins.parseFlakeRef "github:nixos/nixpkgs/nixpkgs.git?ref=aead170c1a49253ebfa5027010dfd89a77b73ca4"
