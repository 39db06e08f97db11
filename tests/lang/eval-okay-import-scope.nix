# an imported file does not see the importer's variables
let answer = 1; in (import ./imports/value.nix).answer
