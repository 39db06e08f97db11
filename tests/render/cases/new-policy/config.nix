# A policy of its own: policy.json is Nix's compact JSON of it (keys sorted, escapes), no newline.
let ctl = hex: builtins.fromJSON ''"\u00${hex}"''; in
{
  virtualisation.containers = {
    enable = true;
    policy = {
      default = [ { type = "reject"; } ];
      transports = {
        docker = {
          "docker.io/library" = [ { type = "insecureAcceptAnything"; } ];
          "quay.io" = [ { type = "signedBy"; keyType = "GPGKeys"; keyPath = "/etc/pki/key.gpg"; } ];
        };
        docker-daemon."" = [ { type = "insecureAcceptAnything"; } ];
      };
      Zcomment = "tab\there \"quoted\" back\\slash\nnewline\r ${ctl "01"}${ctl "08"}${ctl "0c"}${ctl "1f"}${ctl "7f"} ünï €";
      numbers = { int = 42; neg = -7; float = 1.5; big = 123456789.125; t = true; n = null; };
    };
  };
}
