# what interpolation accepts: strings, paths (copied to the store) and sets with outPath or __toString
[ "${"s"}" "${{ outPath = "op"; }}" "${{ __toString = self: "ts"; }}" "${./files/hello.txt}" ]
