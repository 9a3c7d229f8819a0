#!/usr/bin/env bash
# Makes sure Debian's packaged crate sources that the fixture registry is
# built from are installed under /usr/share/cargo/registry, and the few
# Debian tools the tests need. Idempotent:
# installs nothing when every crate directory is already there.
set -euo pipefail

REGISTRY_DIR=/usr/share/cargo/registry
# "<debian package>:<crate directory name>"
CRATES=(
  librust-tokio-dev:tokio
  librust-bytes-dev:bytes
  librust-mio-dev:mio
  librust-parking-lot-dev:parking_lot
  librust-smallvec-dev:smallvec
  librust-scopeguard-dev:scopeguard
  librust-libc-dev:libc
  librust-cfg-if-dev:cfg-if
  librust-syn-dev:syn
  librust-quote-dev:quote
  librust-proc-macro2-dev:proc-macro2
  librust-unicode-ident-dev:unicode-ident
  librust-serde-dev:serde
  librust-serde-json-dev:serde_json
)

missing=()
for entry in "${CRATES[@]}"; do
  pkg=${entry%%:*}
  crate=${entry#*:}
  # `<crate>-[0-9]*` so that tokio does not match tokio-macros.
  if compgen -G "$REGISTRY_DIR/$crate-[0-9]*" > /dev/null; then
    echo "ok: $crate ($(basename "$(compgen -G "$REGISTRY_DIR/$crate-[0-9]*" | head -n1)"))"
  else
    echo "missing: $crate (from $pkg)"
    missing+=("$pkg")
  fi
done

# Tools the tests run besides cargo: openssl makes the HTTPS registry's test CA.
for tool in openssl; do
  if command -v "$tool" > /dev/null; then
    echo "ok: $tool"
  else
    echo "missing: $tool"
    missing+=("$tool")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "all ${#CRATES[@]} crates present in $REGISTRY_DIR, and the tools; nothing to install"
  exit 0
fi

SUDO=
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
echo "+ ${SUDO:+$SUDO }apt-get update"
$SUDO apt-get update
echo "+ ${SUDO:+$SUDO }apt-get install -y --no-install-recommends ${missing[*]}"
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
echo "installed ${#missing[@]} package(s); $(ls "$REGISTRY_DIR" | wc -l) crate directories in $REGISTRY_DIR"
