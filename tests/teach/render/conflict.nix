# One option defined twice with different values: both definitions are shown.
{
  imports = [ { networking.hostName = "a"; } ];
  networking.hostName = "b";
}
