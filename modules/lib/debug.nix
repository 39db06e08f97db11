# Tracing helpers for debugging Nix code (print a value, optionally deeply
# forced or cut at a depth) and the small unit-test runner of nixpkgs.
{ lib }:

let
  inherit (builtins) trace isList isAttrs;
in
rec {
  /* Traces msg (prints it on standard error) if pred, then returns x.

     Type: traceIf :: bool -> string -> a -> a

     Example:
       traceIf true "here" 1
       => 1
  */
  traceIf = pred: msg: x: if pred then trace msg x else x;

  /* Traces f x, then returns x.

     Type: traceValFn :: (a -> b) -> a -> a

     Example:
       traceValFn (x: "x is ${toString x}") 1
       => 1
  */
  traceValFn = f: x: trace (f x) x;

  /* Traces a value, then returns it.

     Type: traceVal :: a -> a

     Example:
       traceVal 1
       => 1
  */
  traceVal = traceValFn (x: x);

  /* Traces x fully evaluated (deepSeq), then returns y.

     Type: traceSeq :: a -> b -> b

     Example:
       traceSeq { a = [ 1 ]; } 2
       => 2
  */
  traceSeq = x: y: trace (builtins.deepSeq x x) y;

  /* Trace `x` pretty-printed, with lists and sets below `depth` elided.

     Type: traceSeqN :: int -> a -> b -> b

     Example:
       traceSeqN 1 { a.b.c = 1; } "done"
       => "done"
  */
  traceSeqN = depth: x: y:
    let
      elided = text: v: { __pretty = _: text; val = v; };
      cut = n: v:
        if n == 0 then
          (if isList v then elided "[…]" v else if isAttrs v then elided "{…}" v else v)
        else if isList v then map (cut (n - 1)) v
        else if isAttrs v then builtins.mapAttrs (_: cut (n - 1)) v
        else v;
    in
    trace (lib.generators.toPretty { allowPrettyValues = true; } (cut depth x)) y;

  /* Traces f v with v fully evaluated, then returns v.

     Type: traceValSeqFn :: (a -> b) -> a -> a

     Example:
       traceValSeqFn (v: v) [ 1 ]
       => [ 1 ]
  */
  traceValSeqFn = f: v: traceValFn f (builtins.deepSeq v v);

  /* Traces a value fully evaluated, then returns it.

     Type: traceValSeq :: a -> a

     Example:
       traceValSeq [ 1 ]
       => [ 1 ]
  */
  traceValSeq = traceValSeqFn (x: x);

  /* Traces f v evaluated to the given depth, then returns v.

     Type: traceValSeqNFn :: (a -> b) -> int -> a -> a

     Example:
       traceValSeqNFn (v: v) 1 [ [ 1 ] ]
       => [ [ 1 ] ]
  */
  traceValSeqNFn = f: depth: v: traceSeqN depth (f v) v;

  /* Traces a value evaluated to the given depth, then returns it.

     Type: traceValSeqN :: int -> a -> a

     Example:
       traceValSeqN 1 [ [ 1 ] ]
       => [ [ 1 ] ]
  */
  traceValSeqN = traceValSeqNFn (x: x);

  /* Runs the attributes named test* (or those listed in `tests.tests`) and
     returns the ones whose `expr` differs from `expected`.

     Type: runTests :: attrs -> [attrs]

     Example:
       runTests { testOk = { expr = 1 + 1; expected = 2; }; testBad = { expr = 1; expected = 2; }; }
       => [ { expected = 2; name = "testBad"; result = 1; } ]
  */
  runTests = tests:
    let
      selected = tests.tests or [ ];
      wanted = name:
        (builtins.substring 0 4 name == "test" || builtins.elem name selected)
        && (selected == [ ] || builtins.elem name selected);
    in
    builtins.concatLists (lib.attrsets.mapAttrsToList
      (name: t:
        if wanted name && t.expr != t.expected
        then [ { inherit name; expected = t.expected; result = t.expr; } ]
        else [ ])
      tests);

  /* A test for runTests that expects every element of the list expr to be true.

     Type: testAllTrue :: [bool] -> attrs

     Example:
       testAllTrue [ true ]
       => { expected = [ true ]; expr = [ true ]; }
  */
  testAllTrue = expr: { inherit expr; expected = map (_: true) expr; };
}
