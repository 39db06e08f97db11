# fromTOML of a value nested 3000 levels deep (array); nixel's parser is linear in the depth
# (it was quadratic: an error was formatted for every alternative tried on the long line).
import ./files/deep-toml.nix { kind = "array"; n = 3000; }
