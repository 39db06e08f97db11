# versionOlder, versionAtLeast, getName, getVersion, splitVersion, versions.*, nameFromURL.
let lib = import <nixpkgs/lib>; in
{
  older = [ (lib.versionOlder "1.2" "1.10") (lib.versionOlder "2.0" "1.9") (lib.versionOlder "1.0" "1.0") ];
  atLeast = [ (lib.versionAtLeast "1.10" "1.2") (lib.versionAtLeast "1.0" "1.0") (lib.versionAtLeast "0.9" "1.0") ];
  name = [ (lib.getName "hello-2.10") (lib.getName { name = "foo-1.0"; }) (lib.getName { pname = "bar"; name = "x-1"; }) ];
  version = [ (lib.getVersion "hello-2.10") (lib.getVersion { name = "foo-1.0"; }) (lib.getVersion { version = "3"; name = "x-1"; }) ];
  split = lib.splitVersion "1.2.3pre4";
  parts = with lib.versions; [ (major "1.2.3") (minor "1.2.3") (patch "1.2.3") (majorMinor "1.2.3") ];
  fromURL = lib.nameFromURL "http://example.org/foo-1.2.tar.gz" "-";
}
