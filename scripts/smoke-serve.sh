#!/usr/bin/env bash
# Starts a yr-meta-mock command with --port 0, reads its JSON first line, asks the docs' example
# and checks the answer, then stops it by PID. Usage: scripts/smoke-serve.sh <command> [args...]
# e.g. scripts/smoke-serve.sh dist-bin/yr-meta-mock
#      scripts/smoke-serve.sh chroot dist-bin/rootfs /yr-meta-mock
set -euo pipefail

out=$(mktemp)
trap 'kill "$pid" 2>/dev/null || true; rm -f "$out"' EXIT
"$@" --port 0 --log-level silent >"$out" &
pid=$!

# Bounded wait for the ready line (10 s).
for _ in $(seq 100); do
  [ -s "$out" ] && break
  kill -0 "$pid" 2>/dev/null || { echo "smoke: $* exited before listening" >&2; exit 1; }
  sleep 0.1
done
line=$(head -n 1 "$out")
url=$(printf '%s' "$line" | sed -n 's/.*"url":"\([^"]*\)".*/\1/p')
[ -n "$url" ] || { echo "smoke: no ready line from $*: '$line'" >&2; exit 1; }

body=$(curl -sS --max-time 5 "$url/serverless/v1/functions/0@faaspy@hello2/versions?pageIndex=1&pageSize=1")
case "$body" in
  *'"versionNumber":"$latest"'*'"pageInfo":{"pageIndex":"1","pageSize":"1","total":2}'*) ;;
  *) echo "smoke: unexpected answer from $url: $body" >&2; exit 1 ;;
esac

kill -TERM "$pid"
wait "$pid"
echo "smoke: $* served the docs' example on $url and stopped cleanly"
