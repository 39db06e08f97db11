# a search path entry without a name is searched for the whole path
import <dir/other.nix>
