#!/usr/bin/env bash
# Packs the package, installs the tarball into each consumer project under test/consumers, and
# runs the project's own tests: Vitest + MSW (msw 2 on Node 20, msw 3 on Node 22), Vitest with a
# real server across parallel workers, and Jest 30 in native ESM mode.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
npm run build --silent
tarball="$work/$(npm pack --silent --pack-destination "$work" | tail -n 1)"
echo "packed $tarball"

install() { # project dir, extra packages...
  local dir="$1"; shift
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error "$tarball" "$@" >/dev/null)
}

run() { # name, command...
  local name="$1"; shift
  echo "== consumer: $name"
  "$@"
}

for project in vitest-msw vitest-server jest-esm; do
  cp -r "$root/test/consumers/$project" "$work/$project"
  install "$work/$project"
done

run "vitest + msw 2 (node $(node --version))" bash -c "cd '$work/vitest-msw' && npm run --silent typecheck && npm test --silent"
run "vitest + real server, parallel files" bash -c "cd '$work/vitest-server' && npm test --silent"
run "jest 30 native ESM" bash -c "cd '$work/jest-esm' && npm test --silent"

# msw 3 needs Node >= 22.12: the npm package node@22 brings a real Node 22 binary.
cp -r "$root/test/consumers/vitest-msw" "$work/vitest-msw3"
install "$work/vitest-msw3" msw@3 node@22
node22="$work/vitest-msw3/node_modules/node/bin/node"
run "vitest + msw 3 (node $("$node22" --version))" bash -c \
  "cd '$work/vitest-msw3' && npm run --silent typecheck && '$node22' node_modules/vitest/vitest.mjs run"
echo "consumers: all passed"
