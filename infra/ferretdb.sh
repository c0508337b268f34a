#!/usr/bin/env bash
# FerretDB v1 (MongoDB wire protocol) with its embedded SQLite backend, built from the Go module proxy.
# Usage: infra/ferretdb.sh install|start|stop|status
set -euo pipefail
. "$(dirname "$0")/lib.sh"

FBIN_DIR="$HOMEWARD_CACHE/ferretdb-$HOMEWARD_FERRETDB_VERSION"
FBIN="$FBIN_DIR/ferretdb"
FDATA="$HOMEWARD_INFRA_DATA/ferretdb"
FLOG="$HOMEWARD_LOGS/ferretdb.log"
PIDFILE="$HOMEWARD_RUN/ferretdb.pid"

ferretdb_install() {
  [[ -x $FBIN ]] && return 0
  command -v go >/dev/null || die "Go >= 1.24 is needed to build FerretDB (not found on PATH)"
  mkdir -p "$FBIN_DIR"
  exec 9>"$FBIN_DIR/.lock"; flock 9
  [[ -x $FBIN ]] && return 0
  log "building FerretDB $HOMEWARD_FERRETDB_VERSION with 'go install' (first time only, a few minutes)"
  # Pure Go (the SQLite driver included), so no C toolchain is needed.
  CGO_ENABLED=0 GOBIN="$FBIN_DIR" GOFLAGS=-buildvcs=false \
    go install "github.com/FerretDB/FerretDB/cmd/ferretdb@$HOMEWARD_FERRETDB_VERSION" ||
    die "go install of FerretDB $HOMEWARD_FERRETDB_VERSION failed"
  log "FerretDB binary: $FBIN"
}

ferretdb_pid() {
  local p; p=$(cat "$PIDFILE" 2>/dev/null || true)
  pid_is ferretdb "$p" || p=$(service_pids ferretdb "$HOMEWARD_INFRA_DATA" | head -n 1)
  [[ -n $p ]] && echo "$p"
}

ferretdb_start() {
  ensure_dirs
  if p=$(ferretdb_pid); then log "ferretdb already running (pid $p, $HOMEWARD_MONGO_URL)"; return; fi
  claim_port ferretdb TERM "$HOMEWARD_MONGO_HOST" "$HOMEWARD_MONGO_PORT"
  mkdir -p "$FDATA/data"
  log "starting ferretdb on $HOMEWARD_MONGO_HOST:$HOMEWARD_MONGO_PORT (data $FDATA/data, log $FLOG)"
  # No TLS, no auth; the debug/metrics HTTP listener is turned off so it cannot clash with anything.
  daemon ferretdb "$FLOG" "$PIDFILE" "$FBIN" \
    --listen-addr="$HOMEWARD_MONGO_HOST:$HOMEWARD_MONGO_PORT" \
    --handler=sqlite --sqlite-url="file:$FDATA/data/" --state-dir="$FDATA" \
    --telemetry=disable --debug-addr=- --log-level=warn
  wait_for "ferretdb port $HOMEWARD_MONGO_PORT" 60 "$FLOG" port_open "$HOMEWARD_MONGO_HOST" "$HOMEWARD_MONGO_PORT"
  log "ferretdb ready: $HOMEWARD_MONGO_URL"
}

ferretdb_stop() {
  local p
  if p=$(ferretdb_pid); then log "stopping ferretdb (pid $p)"; kill_wait TERM 30 "$p"; else log "ferretdb not running"; fi
  rm -f "$PIDFILE"
}

case "${1:-}" in
  install) ferretdb_install ;;
  start) ferretdb_install; ferretdb_start ;;
  stop) ferretdb_stop ;;
  status) if p=$(ferretdb_pid); then echo "ferretdb: running (pid $p) on $HOMEWARD_MONGO_URL"; else echo "ferretdb: stopped"; exit 3; fi ;;
  *) echo "usage: $0 install|start|stop|status" >&2; exit 2 ;;
esac
