# fromTOML of a value nested 3000 levels deep (dotted); nixel's parser is linear in the depth
# (it was quadratic: an error was formatted for every alternative tried on the long line).
import ./files/deep-toml.nix { kind = "dotted"; n = 3000; }
