# functions cannot be written as JSON (this case runs without --json: see the .flags file)
{ a = x: x; }
