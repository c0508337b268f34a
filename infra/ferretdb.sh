#!/usr/bin/env bash
# FerretDB v1 (MongoDB wire protocol) with its embedded SQLite backend, built from the Go module proxy.
# Usage: infra/ferretdb.sh install|start|stop|status
set -euo pipefail
. "$(dirname "$0")/lib.sh"

FDATA="$HOMEWARD_INFRA_DATA/ferretdb"
FLOG="$HOMEWARD_LOGS/ferretdb.log"
PIDFILE="$HOMEWARD_RUN/ferretdb.pid"
MODULE=github.com/FerretDB/FerretDB

# The first version of HOMEWARD_FERRETDB_VERSIONS already built into the cache.
ferretdb_bin() {
  local v
  for v in $HOMEWARD_FERRETDB_VERSIONS; do
    [[ -x $HOMEWARD_CACHE/ferretdb-$v/ferretdb ]] && { echo "$HOMEWARD_CACHE/ferretdb-$v/ferretdb"; return 0; }
  done
  return 1
}

# `go install .../cmd/ferretdb@VERSION` cannot be used: the proxy answers 403 (not 404) for the
# cmd/ferretdb module path and for the version list, which go install needs, and the module zip lacks
# build/version/version.txt (generated from git), without which the binary panics at start.
# So: download the module, add that file, and build it as its own main module (its go.sum pins everything).
build_version() {
  local v=$1 json dir src out="$HOMEWARD_CACHE/ferretdb-$1"
  json=$(go mod download -json "$MODULE@$v" 2>/dev/null) || { log "FerretDB $v not available from the Go module proxy"; return 1; }
  dir=$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",*$/\1/p' <<<"$json")
  src=$(mktemp -d)
  cp -r "$dir/." "$src" && chmod -R u+w "$src"
  echo "$v" >"$src/build/version/version.txt"
  log "building FerretDB $v (go build, pure Go: first time only, about 1.5 min on 2 cores)"
  mkdir -p "$out"
  if (cd "$src" && CGO_ENABLED=0 GOFLAGS=-buildvcs=false go build -trimpath -o "$out/ferretdb.tmp" ./cmd/ferretdb) \
    >"$out/build.log" 2>&1; then
    mv "$out/ferretdb.tmp" "$out/ferretdb"; rm -rf "$src"
  else
    tail -n 30 "$out/build.log" >&2; rm -rf "$src"; return 1
  fi
}

ferretdb_install() {
  ferretdb_bin >/dev/null && return 0
  command -v go >/dev/null || die "Go >= 1.22 is needed to build FerretDB (not found on PATH)"
  mkdir -p "$HOMEWARD_CACHE"
  # Two installs at once share the result; the lock fd must not leak into the server started later.
  (flock 9; build_first_available) 9>"$HOMEWARD_CACHE/.ferretdb.lock"
}

build_first_available() {
  ferretdb_bin >/dev/null && return 0
  local v
  for v in $HOMEWARD_FERRETDB_VERSIONS; do build_version "$v" && break; done
  ferretdb_bin >/dev/null || die "could not build FerretDB (tried: $HOMEWARD_FERRETDB_VERSIONS)"
  log "FerretDB binary: $(ferretdb_bin) ($("$(ferretdb_bin)" --version | head -n 1))"
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
  # No TLS, no auth; --debug-addr=- turns off the metrics HTTP listener (default :8088) so it cannot clash.
  daemon ferretdb "$FLOG" "$PIDFILE" "$(ferretdb_bin)" \
    --listen-addr="$HOMEWARD_MONGO_HOST:$HOMEWARD_MONGO_PORT" \
    --handler=sqlite --sqlite-url="file:$FDATA/data/" --state-dir="$FDATA" \
    --telemetry=disable --debug-addr=- --log-level=WARN
  wait_for "ferretdb port $HOMEWARD_MONGO_PORT" 60 "$FLOG" "$(cat "$PIDFILE")" port_open "$HOMEWARD_MONGO_HOST" "$HOMEWARD_MONGO_PORT"
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
