# or cannot be bound by let
let or = 1; in or
