# formals' defaults see the formals, nothing else new
{ a ? c }: a
