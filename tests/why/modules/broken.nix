# A configuration with a syntax error, for the error cases.
{ lib, ... }: {
  networking.domain = "x"
}
