#!/usr/bin/env bash
# fetchTarball of file:// URLs against the reference nix-instantiate 2.8: good archives (gzip,
# xz, bzip2, zip, plain tar), bad ones (truncated, not an archive, empty, two top-level
# entries) and hostile ones (members with "..", absolute names, writes through a link), each
# with stdout, stderr and exit status byte-identical. Every URL is fetched once per program
# (Nix caches a URL's tarball, and a second fetch would skip the unpacking and its warnings).
# nixel must unpack in-process: a fake `tar` first in PATH must never run, and nothing may
# appear outside the unpacking directory.
#   run.sh NIXEL
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../lib/env.sh"
nixel_require nix-instantiate python3 tar gzip xz bzip2 zip
nixel=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"; nixel_env_cleanup' EXIT
cd "$work"

# the archives
mkdir -p src/top/sub src2/a src2/b
echo hello > src/top/a; echo x > src/top/sub/b; chmod +x src/top/sub/b; ln -s a src/top/link
tar -C src -czf good.tar.gz top; tar -C src -cJf good.tar.xz top; tar -C src -cjf good.tar.bz2 top
tar -C src -cf good.tar top; (cd src && zip -qry ../good.zip top)
echo plain > plain.txt; gzip -c plain.txt > plain.gz; printf '' > zero
head -c 100 good.tar.gz > trunc.tar.gz; head -c 1000 good.tar.xz > trunc.tar.xz
tar -C src2 -czf two.tar.gz a b; tar -cf empty.tar -T /dev/null
python3 - "$work" <<'PY'
import io, sys, tarfile
work = sys.argv[1]
def member(t, name, data=b'x', kind=tarfile.REGTYPE, link=''):
    i = tarfile.TarInfo(name); i.type = kind; i.linkname = link; i.size = len(data) if kind == tarfile.REGTYPE else 0
    t.addfile(i, io.BytesIO(data) if kind == tarfile.REGTYPE else None)
with tarfile.open(work + '/dotdot.tar.gz', 'w:gz') as t:
    member(t, 'top/', kind=tarfile.DIRTYPE); member(t, 'top/../../escaped-dotdot')
with tarfile.open(work + '/absolute.tar.gz', 'w:gz') as t:
    member(t, '/' + work.lstrip('/') + '/escaped-absolute')
with tarfile.open(work + '/through-link.tar.gz', 'w:gz') as t:
    member(t, 'top/', kind=tarfile.DIRTYPE); member(t, 'top/out', kind=tarfile.SYMTYPE, link=work)
    member(t, 'top/out/escaped-link')
with tarfile.open(work + '/hardlink.tar.gz', 'w:gz') as t:
    member(t, 'top/', kind=tarfile.DIRTYPE); member(t, 'top/h', kind=tarfile.LNKTYPE, link='/etc/hostname')
with tarfile.open(work + '/modes.tar.gz', 'w:gz') as t:
    member(t, 'top/', kind=tarfile.DIRTYPE)
    i = tarfile.TarInfo('top/suid'); i.size = 1; i.mode = 0o6777; t.addfile(i, io.BytesIO(b'x'))
PY

# a fake tar, first in PATH: it leaves a mark if anything runs it
mkdir fakebin
printf '#!/bin/sh\ntouch %s/tar-ran\nexit 0\n' "$work" > fakebin/tar; chmod +x fakebin/tar

passed=0 failed=0
check() { # archive file name; the URL is fetched by each program once
    local f=$1 expr="builtins.fetchTarball \"file://$work/$1\""
    local eo ee ec ao ae ac
    eo=$(nix-instantiate --eval -E "$expr" 2> exp.err); ec=$?
    ao=$(PATH="$work/fakebin:$PATH" "$nixel" --eval -E "$expr" 2> act.err); ac=$?
    # the unpacking directory, $TMPDIR/nix-PID-N, shows in libarchive's messages; pids differ
    ee=$(sed -E 's|/nix-[0-9]+-|/nix-PID-|g' exp.err); ae=$(sed -E 's|/nix-[0-9]+-|/nix-PID-|g' act.err)
    if [[ $eo == "$ao" && $ee == "$ae" && $ec == "$ac" ]]; then passed=$((passed + 1))
    else
        failed=$((failed + 1)); echo "FAIL $f"
        diff <(printf '%s\n%s\nexit %s\n' "$eo" "$ee" "$ec") <(printf '%s\n%s\nexit %s\n' "$ao" "$ae" "$ac") | sed 's/^/  /'
    fi
}
for f in good.tar.gz good.tar.xz good.tar.bz2 good.tar good.zip plain.txt plain.gz zero trunc.tar.gz \
         trunc.tar.xz two.tar.gz empty.tar dotdot.tar.gz absolute.tar.gz through-link.tar.gz \
         hardlink.tar.gz modes.tar.gz; do
    check "$f"
done
for mark in tar-ran escaped-dotdot escaped-absolute escaped-link; do
    if [[ -e $work/$mark ]]; then failed=$((failed + 1)); echo "FAIL $mark: found $work/$mark"; else passed=$((passed + 1)); fi
done
# under nixel render too (restricted: the tarball lies beside the configuration)
printf '{ ... }: { environment.etc.x.text = builtins.fetchTarball "file://%s/good.tar.gz"; }\n' "$work" > config.nix
if PATH="$work/fakebin:$PATH" "$nixel" render --module "$NIXEL_SHARED/seed/containers-new.nix" config.nix -o out 2> err \
    && [[ $(cat out/etc/x) == /nix/store/*-source && ! -e $work/tar-ran ]]; then passed=$((passed + 1))
else failed=$((failed + 1)); echo "FAIL render with a fake tar in PATH: $(cat err)"; fi
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
