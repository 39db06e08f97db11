# recursiveUpdate merges nested sets, the right side winning on leaves;
# recursiveUpdateUntil stops where its predicate says.
let lib = import <nixpkgs/lib>; in
{
  ru = lib.recursiveUpdate { a = { b = 1; c = { d = 2; }; }; x = 1; } { a = { c = { e = 3; }; f = 4; }; x = { y = 2; }; };
  leafOverSet = lib.recursiveUpdate { a = { b = 1; }; } { a = 5; };
  until = lib.recursiveUpdateUntil (path: l: r: path == [ "foo" ])
    { foo.bar = 1; foo.baz = 2; bar = 3; }
    { foo.bar = 1; foo.quz = 2; baz = 4; };
}
