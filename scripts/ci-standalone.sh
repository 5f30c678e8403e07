#!/usr/bin/env bash
# CI for the faces without Node (decisions/0011): the single executable, its start time, the image's
# root filesystem under chroot, and the pytest example with the system Python. Needs `npm run build`.
set -euo pipefail
cd "$(dirname "$0")/.."

node scripts/build-binary.mjs
scripts/smoke-serve.sh dist-bin/yr-meta-mock
# Another seed is drawn by faker, loaded on first use (decision 0018): it must be inside the binary too.
scripts/smoke-serve.sh dist-bin/yr-meta-mock --seed 5
# Median start to the ready line, binary against node with the bundle; exits 1 above 2x.
node scripts/measure-start.mjs 5

if [ "$(id -u)" = 0 ]; then
  scripts/smoke-image.sh
else
  echo "ci-standalone: not root, so no chroot: the image smoke is skipped" >&2
fi

# The system Python, not a pyenv or venv one; PyPI is not reachable, Debian is.
python=/usr/bin/python3
if ! "$python" -c 'import pytest' 2>/dev/null; then
  apt-get install -y -qq python3-pytest >/dev/null
fi
for command in "$PWD/dist-bin/yr-meta-mock" "node $PWD/dist/node/cli-bundle.js"; do
  (cd examples/pytest && YR_META_MOCK_CMD="$command" "$python" -m pytest -q -p no:cacheprovider)
done
