# an empty inherit is allowed
s: { inherit; inherit (s); a = 1; }
