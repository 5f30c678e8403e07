#!/usr/bin/env bash
# Proves the image serves without running a container (this sandbox cannot run one): the root
# filesystem the Containerfile copies is served from under chroot, as an unprivileged user. When
# podman is installed, the image itself is built from the Containerfile, mounted, and its root
# filesystem served the same way. Needs root (chroot). Run after scripts/build-binary.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build-rootfs.sh
# The host's NODE_EXTRA_CA_CERTS points at a file the root filesystem does not have.
smoke() { env -u NODE_EXTRA_CA_CERTS scripts/smoke-serve.sh chroot --userspec=65534:65534 "$1" /yr-meta-mock; }
smoke dist-bin/rootfs

if command -v podman >/dev/null; then
  podman=(podman --storage-driver vfs)
  "${podman[@]}" build --quiet -f Containerfile -t yr-meta-mock:smoke dist-bin/rootfs >/dev/null
  root=$("${podman[@]}" image mount yr-meta-mock:smoke)
  trap '"${podman[@]}" image unmount yr-meta-mock:smoke >/dev/null; "${podman[@]}" rmi -f yr-meta-mock:smoke >/dev/null' EXIT
  smoke "$root"
  echo "smoke-image: the image built from Containerfile serves from its own root filesystem"
else
  echo "smoke-image: podman not installed; the image's root filesystem (dist-bin/rootfs) was served"
fi
