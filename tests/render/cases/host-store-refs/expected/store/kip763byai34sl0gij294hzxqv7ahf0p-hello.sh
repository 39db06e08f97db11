#!/nix/store/0bnswvhjwg0xpd64n97780dx9vcraccw-bash-4.4-p23/bin/bash
echo hello from /nix/store/bhqhhs57qdbqalzrkqsz97fm8zrjlp17-leaf.txt
