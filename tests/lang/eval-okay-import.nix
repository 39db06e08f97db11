# import evaluates a file; paths inside it are relative to it
import ./imports/value.nix
