# Tracing helpers for debugging Nix code (print a value, optionally deeply
# forced or cut at a depth) and the small unit-test runner of nixpkgs.
{ lib }:

let
  inherit (builtins) trace isList isAttrs;
in
rec {
  traceIf = pred: msg: x: if pred then trace msg x else x;

  traceValFn = f: x: trace (f x) x;
  traceVal = traceValFn (x: x);

  traceSeq = x: y: trace (builtins.deepSeq x x) y;

  # Trace `x` pretty-printed, with lists and sets below `depth` elided.
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

  traceValSeqFn = f: v: traceValFn f (builtins.deepSeq v v);
  traceValSeq = traceValSeqFn (x: x);
  traceValSeqNFn = f: depth: v: traceSeqN depth (f v) v;
  traceValSeqN = traceValSeqNFn (x: x);

  # Runs the attributes named test* (or those listed in `tests.tests`) and
  # returns the ones whose `expr` differs from `expected`.
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

  testAllTrue = expr: { inherit expr; expected = map (_: true) expr; };
}
