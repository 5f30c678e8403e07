#!/usr/bin/env bash
# Assembles the image's root filesystem in dist-bin/rootfs: the single executable plus exactly the
# shared libraries `ldd` lists (glibc, libstdc++, libgcc_s, the loader), at the same paths, and an
# empty /tmp (where --tls writes its generated certificate). The Containerfile copies this folder
# into a `FROM scratch` image, so the image is this folder. Run after scripts/build-binary.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."

binary=dist-bin/yr-meta-mock
root=dist-bin/rootfs
[ -x "$binary" ] || { echo "build-rootfs: build $binary first (node scripts/build-binary.mjs)" >&2; exit 1; }
rm -rf "$root"
mkdir -p "$root/tmp" "$root/etc"
chmod 1777 "$root/tmp"
cp "$binary" "$root/yr-meta-mock"

# Every absolute path ldd prints (libraries and the dynamic loader), copied with its directories.
ldd "$binary" | grep -o '/[^ ]*' | sort -u | while read -r lib; do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done

# A user to run as, so the image does not need root (uid 65534, as distroless's "nonroot" is 65532).
printf 'root:x:0:0:root:/:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n' >"$root/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
echo "build-rootfs: $root ($(du -sh "$root" | cut -f1)): $(cd "$root" && find . -type f | sort | tr '\n' ' ')"
