# --arg passes Nix expressions, --argstr strings, to a top-level function
{ a, b, c ? "default", d ? "unused" }: [ a b c d ]
