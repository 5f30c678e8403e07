#!/usr/bin/env bash
# Packs the package once, installs the tarball into each consumer project under test/consumers, and
# runs the project's tests (and its strict type-check, skipLibCheck off) on the Node it needs: Node
# 20, 22 and 24 come from the npm `node` package, so CI needs nothing but npm. One npm cache serves
# every install; each project is installed once and run in sequence. The matrix below is what the
# peer ranges in package.json claim.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
started=$SECONDS
cd "$root"
npm run build --silent
tarball="$work/$(npm pack --silent --pack-destination "$work" | tail -n 1)"
echo "packed $tarball"

NODE_20=20.20.2 NODE_22=22.23.3 NODE_24=24.21.0
VITEST_4=4.1.12 VITEST_5=5.1.2 MSW_2=2.15.0 MSW_3=3.0.5

npm_install() { # dir, packages...
  local dir="$1"; shift
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error "$@" >/dev/null)
}

install_node() { # version -> prints the bin directory of a real Node of that version
  local dir="$work/node-$1"
  mkdir -p "$dir" && echo '{"private":true}' >"$dir/package.json"
  npm_install "$dir" "node@$1"
  echo "$dir/node_modules/node/bin"
}

echo "== installing Node $NODE_20, $NODE_22, $NODE_24"
node20="$(install_node $NODE_20)" node22="$(install_node $NODE_22)" node24="$(install_node $NODE_24)"

passed=()
consumer() { # name, template, node bin dir, scripts ("typecheck test" or "test"), extra packages...
  local name="$1" template="$2" bin="$3" scripts="$4"; shift 4
  local dir="$work/$name" t=$SECONDS
  cp -r "$root/test/consumers/$template" "$dir"
  npm_install "$dir" "$tarball" "$@"
  echo "== consumer: $name (node $("$bin/node" --version); installed in $((SECONDS - t))s)"
  for script in $scripts; do
    (cd "$dir" && PATH="$bin:$PATH" npm run --silent "$script")
  done
  passed+=("$name ($((SECONDS - t))s)")
}

consumer vitest4-msw2-node20 vitest-msw "$node20" "typecheck test" "vitest@$VITEST_4" "msw@$MSW_2"
consumer vitest4-msw3-node22 vitest-msw "$node22" "typecheck test" "vitest@$VITEST_4" "msw@$MSW_3"
consumer vitest5-msw2-node22 vitest-msw "$node22" "typecheck test" "vitest@$VITEST_5" "msw@$MSW_2" @types/node@22
consumer vitest5-msw3-node24 vitest-msw "$node24" "typecheck test" "vitest@$VITEST_5" "msw@$MSW_3" @types/node@24
consumer vitest4-server-node20 vitest-server "$node20" "typecheck test" "vitest@$VITEST_4"
consumer vitest5-server-node24 vitest-server "$node24" "typecheck test" "vitest@$VITEST_5" @types/node@24
consumer jest30-esm-msw2-node20 jest-esm "$node20" "test" "msw@$MSW_2"
consumer jest30-esm-msw3-node24 jest-esm "$node24" "test" "msw@$MSW_3"
consumer jest30-commonjs-node20 jest-cjs "$node20" "test"
consumer jest30-ts-jest-commonjs-node22 jest-ts-jest "$node22" "typecheck test"
consumer typed-client-node24 typed-client "$node24" "typecheck test"

printf 'passed: %s\n' "${passed[@]}"
echo "consumers: all passed in $((SECONDS - started))s"
