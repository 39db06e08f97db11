# importing one file twice gives equal values
(import ./imports/value.nix) == (import ./imports/value.nix)
