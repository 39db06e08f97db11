# a range whose ends are out of order (bytes compare as signed chars)
builtins.match "[a-é]" "b"
