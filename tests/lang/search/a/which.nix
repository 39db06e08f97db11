# helper for search path cases
"a"
