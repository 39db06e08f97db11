# formals: the wrapper's names (x, drvAttrs) after the file's (y, a).
{ x, y, drvAttrs ? 1, a }: x
