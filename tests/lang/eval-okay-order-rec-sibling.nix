# x = y: y is set first (in CppNix's order of names: x lies above the names of a small file,
# being the derivation wrapper's), so x takes its value; z = x comes after x: a thunk.
rec { x = y; y = 123; z = x; }
