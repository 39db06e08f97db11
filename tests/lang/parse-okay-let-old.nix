# the old let { ...; body = ...; } form
let { x = 1; body = x; }
