# A function of --arg and --argstr values, as nix repl's autoCall gives them.
{ n, s ? "unset" }:
{
  twice = n * 2;
  inherit s;
}
