# Assertions with readable messages: the message is traced before the
# `assert` fails, since Nix's own message only shows the condition.
{ lib }:

rec {
  assertMsg = pred: msg: pred || builtins.trace msg false;

  assertOneOf = name: value: allowed:
    assertMsg (builtins.elem value allowed)
      "${name} must be one of ${lib.generators.toPretty { } allowed}, but is: ${lib.generators.toPretty { } value}";
}
