#!/usr/bin/env bash
# The live comparison (issue 24): the scripted sequences against each release's real meta_service and its
# frontend forwarder, on all three faces. Exits non-zero on any difference or when a server cannot start.
#
# The real servers are found at $REAL_META_SERVICE_DIR, else in a `shared/real-meta-service` folder beside
# this checkout or one level up (how the project's machines lay them out). Where none is found, CI still
# runs everything else: this says so loudly and exits 0 unless REQUIRE_REAL_META_SERVICE=1.
set -euo pipefail
cd "$(dirname "$0")/.."

find_real_dir() {
  local candidate
  for candidate in "${REAL_META_SERVICE_DIR:-}" ../shared/real-meta-service ../../shared/real-meta-service \
    /work/shared/real-meta-service; do
    [ -n "$candidate" ] && [ -x "$candidate/run.sh" ] && { (cd "$candidate" && pwd); return; }
  done
  return 1
}

if ! REAL_DIR=$(find_real_dir); then
  echo "[live-diff] NOT RUN: no real meta_service found (looked at \$REAL_META_SERVICE_DIR," \
    "../shared/real-meta-service, ../../shared/real-meta-service, /work/shared/real-meta-service)" >&2
  [ "${REQUIRE_REAL_META_SERVICE:-0}" = 1 ] && exit 1
  exit 0
fi

LOGS=$(mktemp -d)
RUN_FOLDERS=()
stop_all() {
  local folder
  for folder in "${RUN_FOLDERS[@]}"; do "$folder/stop.sh" --clean >/dev/null 2>&1 || true; done
  rm -rf "$LOGS"
}
trap stop_all EXIT

# Each release on its own ports, far from the fake's defaults; run.sh refuses a busy one.
BASE_PORT=${LIVE_DIFF_PORT:-31290}
start_release() { # RELEASE INDEX: start its meta_service and forwarder, print "meta frontend folder"
  local release=$1 meta=$((BASE_PORT + 2 * $2)) frontend=$((BASE_PORT + 2 * $2 + 1)) out folder
  # one forwarder build serves every release (the frontend does not change with meta_service)
  out=$(RELEASE="v$release" FRONTEND_PORT=$frontend FRONTEND_BIN="$REAL_DIR/frontend-admin" \
    "$REAL_DIR/run.sh" "$meta") || { echo "$out" >&2; return 1; }
  folder=$(printf '%s\n' "$out" | sed -n 's/^\[run\] stop: *\(.*\)\/stop.sh.*/\1/p')
  [ -n "$folder" ] || { echo "[live-diff] run.sh printed no run folder for $release: $out" >&2; return 1; }
  RUN_FOLDERS+=("$folder")
  echo "$meta $frontend $folder"
}

# The three releases side by side: the harness mostly waits on loopback round trips, so they share
# the cores well (sequentially they took three times as long).
RELEASES=(0.7.0 0.8.0 0.10.0)
PIDS=()
for i in "${!RELEASES[@]}"; do
  release=${RELEASES[$i]}
  start_release "$release" "$i" >"$LOGS/ports" || exit 1
  read -r meta frontend folder <"$LOGS/ports"
  echo "[live-diff] release $release: meta_service :$meta, frontend :$frontend"
  # its etcd (run.sh writes the port into the run folder): the sequences that start from state another
  # writer put there (decision 0035) are left out without it
  npm run --silent diff:real -- --real "http://127.0.0.1:$meta" --real-admin "http://127.0.0.1:$frontend" \
    --real-etcd "http://127.0.0.1:$(sed -n 's/^ETCD_PORT=//p' "$folder/env")" \
    --server-version "$release" >"$LOGS/$release.log" 2>&1 &
  PIDS+=($!)
done
failed=0
for i in "${!RELEASES[@]}"; do
  release=${RELEASES[$i]}
  if wait "${PIDS[$i]}"; then status='0 differences on every face'; else status='FAILED'; failed=1; fi
  echo "[live-diff] release $release: $status"
  tail -n 40 "$LOGS/$release.log"
done
exit "$failed"
