# Pieces of version strings ("1.2.3" -> major "1", majorMinor "1.2").
{ lib }:

rec {
  splitVersion = builtins.splitVersion;

  major = v: builtins.elemAt (splitVersion v) 0;
  minor = v: builtins.elemAt (splitVersion v) 1;
  patch = v: builtins.elemAt (splitVersion v) 2;

  majorMinor = v: builtins.concatStringsSep "." (lib.lists.take 2 (splitVersion v));
}
