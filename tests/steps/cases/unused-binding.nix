# An unused binding is never forced: `unused` would throw, and nothing asks for it.
# never-forced: unused
let
  price = 10;
  quantity = 2 + 1;
  unused = throw "never evaluated";
  total = price * quantity;
in total
