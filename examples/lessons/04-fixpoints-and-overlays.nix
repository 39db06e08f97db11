# Lesson 4: fixpoints and overlays
#
# Laziness lets a set be defined in terms of its own final value. Write it as a function
# of that value, `self: { ... }`, and let `fix` hand it its own result:
#
#   fix = f: let x = f x; in x;
#
# `x = f x` works because f does not need x to build the set: it only puts thunks in it,
# and `self.greeting` is looked at when one of them is forced, when the set exists. This
# is `rec` made explicit, and it is how nixpkgs is built.
#
# An overlay is a function `final: prev: { ... }` that changes such a set: `prev` is the
# set before this overlay, `final` the set after all of them (the fixpoint). What reads
# `final` (here: message reads self.greeting) sees the changes of every overlay, also of
# those applied later.
#
# In `nixel eval --steps`, the argument `self` shows as «being evaluated» when base is
# called: it is the very set the call is building, not needed yet.
let
  fix = f: let x = f x; in x;
  # the set of f, changed by overlay
  extends = overlay: f: final: let prev = f final; in prev // overlay final prev;

  base = self: {
    greeting = "hello";
    message = "${self.greeting}, world";
  };
  louder = final: prev: { greeting = prev.greeting + "!"; };
  french = final: prev: { greeting = "bonjour"; };
in
{
  plain = (fix base).message;
  loud = (fix (extends louder base)).message;
  # french applies first, then louder adds its "!" to french's greeting
  both = (fix (extends louder (extends french base))).message;
}
