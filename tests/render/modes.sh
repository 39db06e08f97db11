#!/usr/bin/env bash
# Dangerous modes in a rendered tree: setuid, setgid and world-writable bits reach the disk
# only with --preserve-modes; MANIFEST records mode, permissions, user and group of every
# file either way; a copy of a local file is never more readable than its source.
#   modes.sh NIXEL
source "$(dirname "${BASH_SOURCE[0]}")/hostile-setup.sh"
cd "$work"
umask 022
printf 'private\n' > private;  chmod 0640 private; chgrp 65534 private 2>/dev/null || true
printf 'own\n' > owngroup;     chmod 0640 owngroup
printf 'mine\n' > mine;        chmod 0600 mine
printf 'public\n' > public;    chmod 0644 public
cat > config.nix <<'NIX'
{ ... }: {
  environment.etc.suid = { text = "x"; mode = "4755"; user = "nobody"; group = "wheel"; };
  environment.etc.both = { text = "x"; mode = "6777"; uid = 7; gid = 8; };
  environment.etc.ww = { text = "x"; mode = "0666"; };
  environment.etc.sticky = { text = "x"; mode = "1644"; };
  environment.etc.private.source = ./private;
  environment.etc.owngroup.source = ./owngroup;
  environment.etc.mine = { source = ./mine; mode = "0644"; };
  environment.etc.public.source = ./public;
}
NIX

passed=0 failed=0
expect() { # description, actual, expected
    if [[ $2 == "$3" ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $1: got '$2', expected '$3'"; fi
}
perm() { stat -c %a "$1"; }
field() { # out path name: the value of name= on path's MANIFEST line
    sed -n "s|^file $2 .* $3=\([^ ]*\).*|\1|p;s|^file $2 $3=\([^ ]*\).*|\1|p" "$1/MANIFEST" | head -n 1
}

"$nixel" render --module "$seed" config.nix -o out 2> err || { echo "FAIL render: $(cat err)"; failed=$((failed + 1)); }
expect "4755 on disk" "$(perm out/etc/suid)" 755
expect "6777 on disk" "$(perm out/etc/both)" 775
expect "0666 on disk" "$(perm out/etc/ww)" 664
expect "1644 on disk" "$(perm out/etc/sticky)" 1644
expect "0640 source of another group" "$(perm out/etc/private)" "$( [[ $(stat -c %g private) == "$(id -g)" ]] && echo 640 || echo 600)"
expect "0640 source of our group" "$(perm out/etc/owngroup)" 640
expect "0600 source, mode 0644" "$(perm out/etc/mine)" 600
expect "0644 source" "$(perm out/etc/public)" 644
expect "MANIFEST mode of suid" "$(field out etc/suid mode)" 4755
expect "MANIFEST perm of suid" "$(field out etc/suid perm)" 0755
expect "MANIFEST user" "$(field out etc/suid user)" nobody
expect "MANIFEST group" "$(field out etc/suid group)" wheel
expect "MANIFEST uid as user" "$(field out etc/both user)" +7
expect "MANIFEST gid as group" "$(field out etc/both group)" +8
expect "MANIFEST perm of a copy" "$(field out etc/mine perm)" 0600
expect "MANIFEST default owner" "$(field out etc/hosts user):$(field out etc/hosts group)" +0:+0
expect "no setuid file anywhere" "$(find out -perm /6000 -o -type f -perm -o+w | wc -l)" 0

"$nixel" render --preserve-modes --module "$seed" config.nix -o kept 2> err || { echo "FAIL render --preserve-modes: $(cat err)"; failed=$((failed + 1)); }
expect "4755 kept" "$(perm kept/etc/suid)" 4755
expect "6777 kept" "$(perm kept/etc/both)" 6777
expect "0666 kept" "$(perm kept/etc/ww)" 666
expect "copy still not more readable" "$(perm kept/etc/mine)" 600
expect "MANIFEST perm kept" "$(field kept etc/both perm)" 6777

# files are created with their permissions at once only where the umask takes nothing from
# them (render/tree.c): under umask 077 and below a default ACL they still get exactly theirs
(umask 077; "$nixel" render --module "$seed" config.nix -o masked 2> err) || { echo "FAIL render under umask 077: $(cat err)"; failed=$((failed + 1)); }
expect "umask 077: 0644 entry" "$(perm masked/etc/public):$(perm masked/etc/hosts):$(perm masked/MANIFEST)" 644:644:644
expect "umask 077: 0666 entry" "$(perm masked/etc/ww)" 664
if command -v setfacl > /dev/null && mkdir acl && setfacl -d -m u::rwx,g::---,o::--- acl 2> /dev/null; then
    "$nixel" render --module "$seed" config.nix -o acl/out 2> err || { echo "FAIL render below a default ACL: $(cat err)"; failed=$((failed + 1)); }
    expect "default ACL: 0644 entry" "$(perm acl/out/etc/public):$(perm acl/out/etc/hosts):$(perm acl/out/MANIFEST)" 644:644:644
fi

# a user name MANIFEST could not hold is refused, and nothing is written
printf '{ ... }: { environment.etc.x = { text = "x"; mode = "0644"; user = "a b"; }; }\n' > bad.nix
status=0; "$nixel" render --module "$seed" bad.nix -o bad 2> err || status=$?
expect "user with a space refused" "$status:$([[ -e bad ]] && echo written):$(grep -c "user 'a b'" err)" "1::1"

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
