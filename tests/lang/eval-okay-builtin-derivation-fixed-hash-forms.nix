# a fixed-output hash may be written in base-16, base-32, base-64, SRI or with a type prefix
let fo = h: a: m: (derivation { name = "f"; system = "s"; builder = "/bin/sh"; outputHash = h; outputHashAlgo = a; outputHashMode = m; }).outPath; in [
  (fo "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" "sha256" "flat")
  (fo "0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73" "sha256" "flat")
  (fo "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=" "sha256" "flat")
  (fo "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=" "" "flat")
  (fo "sha256:0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73" "" "recursive")
  (fo "d41d8cd98f00b204e9800998ecf8427e" "md5" "flat")
  (fo "3sbypccgy9ld98yihgj4vf4r7dy5rq9k" "sha1" "recursive")
  (fo "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==" "" "recursive")
]
