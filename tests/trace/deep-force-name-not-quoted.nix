# deep forcing names the attribute as it is, without quotes
{ x = { "a b" = throw "x"; }; }
