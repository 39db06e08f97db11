# multi-line strings: a newline right after the delimiter is dropped, line-ending backslashes join lines, up to two quotes may end the body
builtins.fromTOML "a = \"\"\"\nfirst\nsecond\"\"\"\nb = \"\"\"one \\\n    two\"\"\"\nc = \"\"\"x\"\"\"\"\"\nd = '''y'''''\ne = \"\\U0001F600\\u00e9\"\nf = 'no \\escapes'\n\"\" = \"empty key\"\ng = \"tab\\there\"\nh = \"\"\"a\"\"b\"\"\"\ni = '''\n  raw\n'''\n"
