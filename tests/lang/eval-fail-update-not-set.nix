# // needs sets on both sides
{ a = 1; } // [ ]
