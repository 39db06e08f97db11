# runTests returns the failing tests only.
let lib = import <nixpkgs/lib>; in
lib.runTests {
  testOk = { expr = 1 + 1; expected = 2; };
  testBad = { expr = "a"; expected = "b"; };
  notATest = { expr = 1; expected = 2; };
}
