# inherit accepts quoted and constant-interpolated names
a: s: { inherit "a"; inherit (s) "x" ${"y"}; }
