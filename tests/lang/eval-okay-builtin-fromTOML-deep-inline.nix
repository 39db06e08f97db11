# fromTOML of a value nested 1500 levels deep (inline); nixel's parser is linear in the depth
# (it was quadratic: an error was formatted for every alternative tried on the long line).
import ./files/deep-toml.nix { kind = "inline"; n = 1500; }
