# Two plain definitions of an int that disagree: why shows both and the failure.
{
  imports = [ ./declare.nix { demo.level = 3; } ];
  demo.level = 2;
  demo.version = "2.0";
}
