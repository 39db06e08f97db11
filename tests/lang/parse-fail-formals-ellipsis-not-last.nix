# the ellipsis must come last
{ ..., a }: a
