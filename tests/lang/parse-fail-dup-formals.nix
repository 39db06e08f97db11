# a formal given twice
{ a, b, a }: a
