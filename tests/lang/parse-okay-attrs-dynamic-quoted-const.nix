# "${"a"}" stays dynamic, unlike ${"a"}, so it does not clash with a
{ a = 1; "${"a"}" = 2; }
