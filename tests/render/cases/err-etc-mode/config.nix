# An etc mode that is neither "symlink" nor octal.
{ environment.etc.foo = { text = "x"; mode = "rwx"; }; }
