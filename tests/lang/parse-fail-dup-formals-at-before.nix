# the @ name before the formals, too
a@{ a }: a
