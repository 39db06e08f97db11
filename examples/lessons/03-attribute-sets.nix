# Lesson 3: attribute sets, rec and let
#
# A set maps names to values: `{ name = "hello"; version = "2.12"; }`. `s.name` selects
# an attribute, `s.missing or "default"` falls back when it is absent, and `s ? name`
# asks whether it is there. `meta.license = "...";` is short for
# `meta = { license = "..."; };`.
#
# The attributes of a plain set cannot see each other. In `rec { ... }` they can; and
# `let ... in EXPR` names values for EXPR alone, without making a set. In both, the order
# of the bindings does not matter: each is evaluated when first needed.
#
# `inherit x;` is short for `x = x;`, and `inherit (s) a;` for `a = s.a;`.
# `a // b` is a new set with the attributes of both, b's where both have one: it is
# shallow, so a nested set from b replaces a's entirely.
# `with s; EXPR` lets EXPR use the attributes of s as variables.
let
  package = {
    name = "hello";
    version = "2.12";
    meta.license = "GPL-3.0";
  };
  versioned = rec {
    fullName = "${name}-${version}";    # rec: fullName sees name and version
    name = "hello";
    version = "2.12";
  };
  major = 2;
in
{
  fullName = versioned.fullName;
  license = package.meta.license;
  homepage = package.meta.homepage or "none given";
  hasVersion = package ? version;
  names = builtins.attrNames package;
  updated = package // { version = "2.13"; };
  inherit major;                        # major = major;
  inherit (package) name;               # name = package.name;
  described = with package; "${name} ${version}";
}
