# splitString with single and multi-character and regex-special separators.
let lib = import <nixpkgs/lib>; in
{
  simple = lib.splitString "," "a,b,,c,";
  multi = lib.splitString "::" "a::b:c::";
  dot = lib.splitString "." "1.2.3";
  none = lib.splitString "/" "abc";
  empty = lib.splitString "," "";
  leading = lib.splitString "/" "/a/b";
  chars = lib.stringToCharacters "abc";
  noChars = lib.stringToCharacters "";
  asChars = lib.stringAsChars (c: if c == "a" then "A" else c) "banana";
}
