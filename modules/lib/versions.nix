# Pieces of version strings ("1.2.3" -> major "1", majorMinor "1.2").
{ lib }:

rec {
  splitVersion = builtins.splitVersion;

  /* The first component of a version string.

     Type: major :: string -> string

     Example:
       major "1.2.3"
       => "1"
  */
  major = v: builtins.elemAt (splitVersion v) 0;

  /* The second component of a version string.

     Type: minor :: string -> string

     Example:
       minor "1.2.3"
       => "2"
  */
  minor = v: builtins.elemAt (splitVersion v) 1;

  /* The third component of a version string.

     Type: patch :: string -> string

     Example:
       patch "1.2.3"
       => "3"
  */
  patch = v: builtins.elemAt (splitVersion v) 2;

  /* The first two components of a version string, joined by a dot.

     Type: majorMinor :: string -> string

     Example:
       majorMinor "1.2.3"
       => "1.2"
  */
  majorMinor = v: builtins.concatStringsSep "." (lib.lists.take 2 (splitVersion v));
}
