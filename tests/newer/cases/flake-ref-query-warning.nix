# decodeQuery (src/libutil/url.cc 277) drops a parameter without '=' with a warning; the
# other parameters are percent-decoded (`dir` is the flake's, flakeref.cc 89).
builtins.parseFlakeRef "/foo?dir=a%20b&x"
