# a ? without a default
{ a ? }: a
