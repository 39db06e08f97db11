# Assertions with readable messages: the message is traced before the
# `assert` fails, since Nix's own message only shows the condition.
{ lib }:

rec {
  /* True if pred; else traces msg and is false, so that `assert assertMsg pred msg;` fails with msg shown.

     Type: assertMsg :: bool -> string -> bool

     Example:
       assertMsg (1 < 2) "one must be less than two"
       => true
  */
  assertMsg = pred: msg: pred || builtins.trace msg false;

  /* True if value is an element of allowed; else traces which values name may have and is false.

     Type: assertOneOf :: string -> a -> [a] -> bool

     Example:
       assertOneOf "color" "red" [ "red" "green" ]
       => true
  */
  assertOneOf = name: value: allowed:
    assertMsg (builtins.elem value allowed)
      "${name} must be one of ${lib.generators.toPretty { } allowed}, but is: ${lib.generators.toPretty { } value}";
}
