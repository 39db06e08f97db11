# Lesson 1: values and laziness
#
# A Nix file is one expression; evaluating it gives a value. Values are integers, floats,
# strings, booleans, null, paths, lists, attribute sets ("sets") and functions. This file's
# value is a set: `nixel eval -A NAME 01-values-and-laziness.nix` shows one attribute.
#
# Nix is lazy: an expression is evaluated only when something needs its value, and at most
# once. Until then it is a *thunk*, the expression together with the names it can see.
# A binding nothing needs is never evaluated, even if evaluating it would fail.
#
# `let NAME = VALUE; ... in EXPR` names values for EXPR (lesson 3 says more about it).
let
  name = "world";
  price = 10;
  quantity = 2 + 1;
  # `throw` stops the evaluation with an error, but only if this is ever evaluated.
  broken = throw "broken was evaluated";
in
{
  # Plain values.
  answer = 42;
  pi = 3.14;
  greeting = "hello, ${name}";   # ${...} puts a value into a string
  nothing = null;
  yes = !false;
  numbers = [ 1 2 3 ];           # list elements are separated by spaces

  # `total` needs `price` and `quantity`; nothing here needs `broken`.
  total = price * quantity;

  # A list may hold an element that fails: its length does not need the elements.
  lazyList = [ 1 broken 3 ];
  count = builtins.length [ 1 broken 3 ];

  # `if` evaluates only the branch it takes.
  safe = if quantity > 100 then broken else "fine";
}
