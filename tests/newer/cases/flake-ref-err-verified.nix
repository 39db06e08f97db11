# git.cc 389: verifyCommit, keytype and publicKey(s) need the verified-fetches experimental feature, which nixel does not have (experimental-features.cc 342).
builtins.parseFlakeRef "git+https://x/y?verifyCommit=1"
