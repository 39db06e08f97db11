# networking.hostName defined twice with different values.
{ imports = [ { networking.hostName = "a"; } ]; networking.hostName = "b"; }
