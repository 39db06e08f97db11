# eval-fail-dup-dynamic-attrs.err.exp: kept, it clashes with the first one.
{
  s = { "${"k"}" = 1; };
  s = { "${"k"}" = 2; };
}
