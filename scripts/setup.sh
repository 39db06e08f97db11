#!/usr/bin/env bash
# Installs, from Debian's packages, everything nixel's build and tests need on a fresh machine.
# Idempotent: packages already present are left alone. Needs root (or sudo) for apt-get.
set -euo pipefail
pkgs=(make gcc clang re2c bison libcjson-dev libgc-dev nettle-dev libarchive-dev libedit-dev nix-bin python3 ca-certificates
      man-db zsh patch    # man-db, zsh: tests/help (manual pages, completion); patch: tests/compare
      strace              # tests/render/crash.sh: holds a render mid-write
      chromium curl       # tests/playground: the page in headless Chromium, the endpoint with curl
      git)                # builtins.fetchGit runs it (tests/store, lib fileset suites)
# make playground needs Node.js and npm; Debian's, unless the machine has its own already.
command -v node > /dev/null && command -v npm > /dev/null || pkgs+=(nodejs npm)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# Nix makes its store (/nix/store, /nix/var/nix) the first time it runs as root. The expected
# errors of tests/lang's builtins.storePath cases were recorded with the store there, as on any
# machine where Nix has run; on a new machine the first suite that runs nix-instantiate would
# make it midway through `make check`, after those cases. So Nix runs once here, as its first
# use would (a configuration of its own: no 'nixbld' group warning).
if [ ! -d /nix/store ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  conf=$(mktemp -d)
  echo 'build-users-group =' > "$conf/nix.conf"
  $SUDO env NIX_CONF_DIR="$conf" nix-instantiate --eval -E null > /dev/null
  rm -rf "$conf"
fi
