# functions print as <LAMBDA>, builtins as <PRIMOP>, partly applied builtins as <PRIMOP-APP>
[ (x: x) ({ a }: a) builtins.map (builtins.map (x: x)) builtins.add (builtins.add 1) builtins.toString ]
