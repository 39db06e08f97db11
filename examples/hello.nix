# A first taste of Nix: a function, a `let`, string interpolation and an attribute set.
# `nixel --parse examples/hello.nix` prints it back as Nix sees it (the parsed tree);
# `nixel --eval --strict examples/hello.nix` evaluates it.
let
  greet = name: "Hello, ${name}!";
  people = [ "Ada" "Grace" ];
in {
  greetings = map greet people;
  count = builtins.length people;
}
