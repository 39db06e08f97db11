# Builtins called by names of the program's own (inherited from builtins, as nixpkgs' lib
# does): the one-argument type tests, length, attrNames, seq and the builtins that take a
# function
let
  inherit (builtins) isAttrs isList isFunction isString isInt isBool isFloat isPath typeOf
    length attrNames attrValues head tail stringLength functionArgs seq map filter addErrorContext;
  x = { b = 1; a = [ 2 3 ]; };
in {
  types = map (f: f x) [ isAttrs isList isFunction isString isInt isBool isFloat isPath typeOf ];
  more = [ (isAttrs x.b) (isList x.a) (length x.a) (head x.a) (tail x.a) (stringLength "four")
           (functionArgs ({ p, q ? 1 }: p)) (typeOf (y: y)) (isNull null) ];
  names = attrNames x;
  values = attrValues x;
  seqd = seq x.b (seq x.a "second");
  mapped = map (v: v * 2) x.a;
  filtered = filter (v: v > 2) x.a;
  context = addErrorContext "never shown" (length x.a);
  lazy = { a = isAttrs x; b = length x.a; c = seq 1 2; };
}
