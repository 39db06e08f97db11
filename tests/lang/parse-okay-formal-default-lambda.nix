# a default may be a function; the comma ends it
{ f ? x: x, g ? { }: 1 }: f
