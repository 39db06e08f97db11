# Range checks at the bounds of ints.* and port.
let lib = import <nixpkgs/lib>; t = lib.types; in
{
  u8 = map t.ints.u8.check [ (-1) 0 255 256 ];
  u16 = map t.ints.u16.check [ 0 65535 65536 ];
  s8 = map t.ints.s8.check [ (-129) (-128) 127 128 ];
  s16 = map t.ints.s16.check [ (-32769) (-32768) 32767 32768 ];
  port = map t.port.check [ 0 80 65535 65536 "80" ];
  between = map (t.ints.between (-2) 2).check [ (-3) (-2) 0 2 3 ];
  betweenName = (t.ints.between 0 1).name;
  u8Name = t.ints.u8.name;
}
