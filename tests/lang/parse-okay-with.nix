# with makes unknown variables dynamic
s: with s; with { x = 1; }; [ x y z ]
