# functionArgs, setFunctionArgs and isFunction, including functors.
let lib = import <nixpkgs/lib>;
    f = { a, b ? 1 }: a + b;
    g = lib.setFunctionArgs (x: x.a * 2) { a = false; };
    functor = { __functor = self: x: x + 1; }; in
{
  args = lib.functionArgs f;
  setArgs = lib.functionArgs g;
  callSet = g { a = 4; };
  plainArgs = lib.functionArgs (x: x);
  isFunction = map lib.isFunction [ f g functor 1 { } ];
  splitBy = let cmp = lib.splitByAndCompare (lib.hasPrefix "foo") lib.compare lib.compare; in
    [ (cmp "a" "z") (cmp "fooa" "fooz") (cmp "f" "a") (cmp "fooa" "a") ];
}
