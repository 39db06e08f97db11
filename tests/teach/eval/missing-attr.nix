# An error Nix already explains: the message block is Nix's, "Did you mean" included.
let server = { hostName = "web"; port = 80; }; in server.hostname
