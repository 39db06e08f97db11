# __toString may return anything that coerces to a string in turn
[ "${{ __toString = self: self.v; v = "x"; }}" "${{ __toString = self: { outPath = "y"; }; }}" ]
