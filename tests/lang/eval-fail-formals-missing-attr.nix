# a function bound as an attribute is named in the message
let s = { g = { a }: a; }; in s.g { }
