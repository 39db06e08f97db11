# A rec set whose attributes go round in a circle.
let
  sizes = rec {
    small = medium / 2;
    medium = large / 2;
    large = small * 8;
  };
in sizes.small
