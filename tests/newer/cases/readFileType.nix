# Nix 2.14's readFileType (today's tests/functional/lang/eval-okay-readFileType): symbolic links not followed.
{
  regular = builtins.readFileType ./files/regular;
  dir = builtins.readFileType ./files/dir;
  link = builtins.readFileType ./files/link;
}
