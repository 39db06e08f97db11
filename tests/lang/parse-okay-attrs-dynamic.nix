# dynamic attribute names; constant ones become plain names
x: { ${x} = 1; "${x}y" = 2; "lit" = 3; ${"const"} = 4; "a b" = 5; "" = 6; }
