# once some --arg is given, a top-level function is called and must get all its arguments
{ a }: a
