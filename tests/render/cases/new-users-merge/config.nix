# virtualisation.containers.users merged with users defined by the host configuration through
# both users.users and its alias users.extraUsers; lines sorted by attribute name (B < a).
{
  virtualisation.containers = {
    enable = true;
    users = [ "zed" "Bob" "alice" "zed" ];
  };
  users.users.alice.subUidRanges = [ { startUid = 1000000; count = 10; } ];
  users.extraUsers.carol = {
    name = "caroline";
    subUidRanges = [ { startUid = 5; } { startUid = 7; count = 2; } ];
    subGidRanges = [ { startGid = 9; count = 3; } ];
  };
  users.users.dave.isNormalUser = true;
}
