# escapeShellArg always quotes (2020), escapeShellArgs, escape, replaceChars, escapeNixString.
let lib = import <nixpkgs/lib>; in
{
  arg = lib.escapeShellArg "it's";
  plain = lib.escapeShellArg "abc";
  num = lib.escapeShellArg 12;
  args = lib.escapeShellArgs [ "a b" "c'd" "" ];
  escape = lib.escape [ "$" "\"" ] "a$b\"c";
  replace = lib.replaceChars [ "a" "b" ] [ "1" "22" ] "abcab";
  nixString = lib.strings.escapeNixString "a\"$b\n";
  nixIdent = map lib.strings.escapeNixIdentifier [ "foo" "foo-bar'" "0abc" "a b" ];
}
