1 /* the comment is never closed
