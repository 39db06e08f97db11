# A file for the REPL tests: a set of a few kinds of values.
{
  greeting = "hello";
  answer = 42;
  nested = { a = { b = { c = 1; }; }; list = [ 1 2 3 ]; };
  double = x: x * 2;
  pick = { name, default ? "none", ... }: name;
}
