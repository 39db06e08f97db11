# a function result is called with the --arg values before -A selects
{ x ? 1 }: { a = x * 2; }
