# identifiers are ASCII
let ä = 1; in ä
