# Lesson 2: functions and currying
#
# A function is written `ARG: BODY` and called by writing its argument after it:
# `double 4`. Every Nix function takes exactly one argument. A function of two arguments
# is a function that returns a function: `a: b: a + b`. Given one argument it returns the
# function still waiting for the other ("currying"), so `add 1` is itself a function.
#
# A function can take a set and name the attributes it wants ("formals"):
# `{ x, y ? 0 }: ...`. `y ? 0` is a default for a missing y; without `...` among the
# formals, an attribute the function does not name is an error.
#
# Arguments are lazy like everything else: a function that does not use an argument
# never causes it to be evaluated.
let
  double = x: x * 2;
  add = a: b: a + b;
  increment = add 1;            # add with a = 1, waiting for b
  compose = f: g: x: f (g x);
  point = { x, y ? 0 }: "(${toString x}, ${toString y})";
  const = a: b: a;
in
{
  eight = double 4;
  five = add 2 3;               # the same as (add 2) 3
  eleven = increment 10;
  incremented = map increment [ 1 2 3 ];
  composed = compose increment double 5;    # increment (double 5)
  origin = point { x = 0; };
  corner = point { x = 3; y = 4; };
  ignored = const "kept" (throw "never evaluated");
}
