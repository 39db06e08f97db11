# a function bound by let is named in the message
let f = { a }: a; in f { }
