# derivationStrict splits an outputs string on white space
derivationStrict { name = "m"; system = "s"; builder = "/bin/sh"; outputs = "dev\tout\n bin "; }
