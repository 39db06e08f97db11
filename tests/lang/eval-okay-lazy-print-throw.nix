# a thunk that would fail is printed as <CODE> without --strict
{ a = throw "not forced"; b = [ (throw "nor this") ]; }.b
