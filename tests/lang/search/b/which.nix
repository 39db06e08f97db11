# helper for search path cases
"b"
