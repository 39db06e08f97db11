# helper for search path cases
"only in b"
