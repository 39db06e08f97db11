# compareVersions with empty, leading zeros and separators
[ (builtins.compareVersions "" "") (builtins.compareVersions "" "1") (builtins.compareVersions "1.01" "1.1") (builtins.compareVersions "1-2" "1.2") (builtins.compareVersions "1..2" "1.2") (builtins.compareVersions "a" "b") (builtins.compareVersions "pre" "1") (builtins.compareVersions "1.0" "1") ]
