# comment markers inside strings are text
[ "# not a comment" "/* nor this */" '' # nor this '' ]
